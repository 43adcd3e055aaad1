// Under test: renderer/src/abbreviations — the committee's Abbreviations tab (add, edit, delete
// with Undo, by keyboard, saved to the real handlers) and the expansion as the secretary types in
// the notes (tiptap) and the one-line fields, with Ctrl+Z straight after giving back what was typed.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App.tsx';
import { startBackend } from './backend.ts';
import { openLiveMeeting } from './meeting-fixture.tsx';

function openAbbreviationsTab() {
  const backend = startBackend();
  const committee = backend.handlers.createCommittee({ name: 'Governing Board', defaultVenue: '', defaultStartTime: '18:00' });
  window.location.hash = `#/committees/${committee.id}/abbreviations`;
  render(<App />);
  const saved = () => backend.handlers.listAbbreviations({ committeeId: committee.id }).map((entry) => [entry.abbreviation, entry.expansion]);
  return { backend, committee, saved };
}

/** A meeting of a committee that has defined "tvc", open on its live form. */
function openMeetingWithAbbreviations() {
  return openLiveMeeting((handlers, meetingId) => {
    const { committeeId } = handlers.getMeeting({ meetingId }).meeting;
    handlers.addAbbreviation({ committeeId, abbreviation: 'tvc', expansion: 'the Vice-Chairman' });
    handlers.addAbbreviation({ committeeId, abbreviation: 'sbp', expansion: 'the Safer Bromley Partnership' });
  });
}

describe('abbreviations tab', () => {
  it('adds, edits and deletes (with Undo) an abbreviation from the keyboard, refusing a duplicate in any case', async () => {
    const user = userEvent.setup();
    const { saved } = openAbbreviationsTab();
    const form = await screen.findByRole('form', { name: 'New abbreviation' });
    expect(screen.getByText(/No abbreviations yet/)).toBeInTheDocument();

    await user.click(within(form).getByRole('textbox', { name: 'Abbreviation' }));
    await user.keyboard('tvc{Tab}the Vice-Chairman{Enter}');
    const table = await screen.findByRole('table', { name: 'Abbreviations' });
    await waitFor(() => expect(saved()).toEqual([['tvc', 'the Vice-Chairman']]));
    expect(within(table).getByRole('textbox', { name: 'tvc written out as' })).toHaveValue('the Vice-Chairman');
    expect(within(form).getByRole('textbox', { name: 'Abbreviation' })).toHaveValue('');
    expect(within(form).getByRole('textbox', { name: 'Abbreviation' })).toHaveFocus();

    await user.keyboard('TVC{Tab}the Vice-Chair{Enter}');
    expect(within(form).getByRole('alert')).toHaveTextContent('“tvc” is already an abbreviation for “the Vice-Chairman”. Edit that one instead.');
    await user.clear(within(form).getByRole('textbox', { name: 'Abbreviation' }));
    await user.type(within(form).getByRole('textbox', { name: 'Abbreviation' }), 'sbp');
    await user.clear(within(form).getByRole('textbox', { name: 'Written out as' }));
    await user.type(within(form).getByRole('textbox', { name: 'Written out as' }), 'the Safer Bromley Partnership{Enter}');
    await waitFor(() => expect(saved()).toEqual([['sbp', 'the Safer Bromley Partnership'], ['tvc', 'the Vice-Chairman']]));

    // Edited in place: Enter saves; a change that would clash is refused in the row.
    const expansion = within(table).getByRole('textbox', { name: 'tvc written out as' });
    await user.clear(expansion);
    await user.type(expansion, 'the Vice-Chairman of the Partnership{Enter}');
    await waitFor(() => expect(saved()).toContainEqual(['tvc', 'the Vice-Chairman of the Partnership']));
    const word = within(table).getByRole('textbox', { name: 'Abbreviation sbp' });
    await user.clear(word);
    await user.type(word, 'Tvc{Enter}');
    expect(within(table).getByRole('alert')).toHaveTextContent('“tvc” is already an abbreviation for “the Vice-Chairman of the Partnership”.');
    await user.keyboard('{Escape}');
    expect(word).toHaveValue('sbp');

    within(table).getByRole('button', { name: 'Delete sbp' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(saved()).toEqual([['tvc', 'the Vice-Chairman of the Partnership']]));
    expect(screen.getByText('Deleted “sbp”.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo deleting sbp' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(saved()).toEqual([['sbp', 'the Safer Bromley Partnership'], ['tvc', 'the Vice-Chairman of the Partnership']]));
    expect(within(screen.getByRole('table', { name: 'Abbreviations' })).getAllByRole('row')).toHaveLength(3);
  });
});

describe('expanding as the secretary types', () => {
  it('writes "tvc " out in the notes as "the Vice-Chairman ", and Ctrl+Z straight after gives "tvc " back', async () => {
    const user = userEvent.setup();
    const { saved } = openMeetingWithAbbreviations();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.click(notes);
    // The committee's abbreviations arrive as the meeting opens; typing never waits for them.
    await waitFor(async () => {
      await user.keyboard('{Control>}a{/Control}{Backspace}tvc ');
      expect(notes).toHaveTextContent('the Vice-Chairman', { normalizeWhitespace: true });
    });
    await user.keyboard('{Control>}z{/Control}');
    const text = () => notes.textContent?.replace(/\u00a0/g, ' ');
    expect(text()).toBe('tvc ');
    // Typing on after an expansion is a step of its own: the first undo takes that typing only.
    await user.keyboard('{Control>}a{/Control}{Backspace}tvc spoke');
    expect(text()).toBe('the Vice-Chairman spoke');
    await user.keyboard('{Control>}z{/Control}');
    expect(text()).toBe('the Vice-Chairman ');
    await user.keyboard('{Control>}z{/Control}');
    expect(text()).toBe('tvc ');
    // Never inside a word: a space typed between "tvc" and "s" splits it and expands nothing.
    await user.keyboard('{Control>}a{/Control}{Backspace}tvcs{ArrowLeft} ');
    expect(text()).toBe('tvc s');
    // Completion still takes Tab: a name from the roster, then an abbreviation after it.
    await user.keyboard('{Control>}a{/Control}{Backspace}Joa');
    await waitFor(() => expect(notes.querySelector('[data-completion]')).toHaveAttribute('data-completion', 'nne Stowell'));
    await user.keyboard('{Tab}and tvc.');
    expect(text()).toBe('Joanne Stowell and the Vice-Chairman.');
    await user.keyboard('{Control>}a{/Control}{Backspace}Tvc thanked sbp. tvcs and atvc stay');
    expect(text()).toBe('The Vice-Chairman thanked the Safer Bromley Partnership. tvcs and atvc stay');
    await waitFor(() =>
      expect(JSON.stringify(saved().agenda.find((item) => item.title === 'Matters arising')!.notes)).toContain('The Vice-Chairman thanked the Safer Bromley Partnership.'),
    );
  });

  it('expands in an item’s title, and Ctrl+Z straight after puts the abbreviation back', async () => {
    const user = userEvent.setup();
    const { saved } = openMeetingWithAbbreviations();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    const title = screen.getByRole('textbox', { name: 'Item title' });
    await user.click(title);
    await user.keyboard('{End} from tvc,');
    await waitFor(() => expect(title).toHaveValue('Matters arising from the Vice-Chairman,'));
    await user.keyboard('{Control>}z{/Control}');
    expect(title).toHaveValue('Matters arising from tvc,');
    await user.keyboard(' and Sbp ');
    expect(title).toHaveValue('Matters arising from tvc, and The Safer Bromley Partnership ');
    await waitFor(() => expect(saved().agenda.map((item) => item.title)).toContain('Matters arising from tvc, and The Safer Bromley Partnership '));
  });

  it('expands in a resolution and in an action’s wording, which keeps its own Tab', async () => {
    const user = userEvent.setup();
    const { saved } = openMeetingWithAbbreviations();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    await user.click(screen.getByRole('button', { name: 'Add resolution' }));
    const resolution = await screen.findByRole('textbox', { name: 'Resolution 1' });
    await user.click(resolution);
    await user.keyboard('{Control>}a{/Control}{Backspace}that sbp be thanked.');
    expect(resolution).toHaveValue('that the Safer Bromley Partnership be thanked.');

    screen.getByRole('button', { name: 'Add action' }).focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'New action' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner' }), 'Joanne Stowell (JS)');
    await user.tab();
    await user.keyboard('Write to sbp for tvc');
    expect(within(form).getByRole('textbox', { name: 'Action' })).toHaveValue('Write to the Safer Bromley Partnership for tvc');
    await user.tab();
    expect(within(form).getByRole('textbox', { name: 'Action' })).not.toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    const first = await screen.findByRole('listitem', { name: 'Action 1' });
    const wording = within(first).getByRole('textbox', { name: 'Action 1' });
    expect(wording).toHaveValue('Write to the Safer Bromley Partnership for tvc');
    await user.click(wording);
    await user.keyboard('{End}.');
    expect(wording).toHaveValue('Write to the Safer Bromley Partnership for the Vice-Chairman.');
    await user.keyboard('{Control>}z{/Control}');
    expect(wording).toHaveValue('Write to the Safer Bromley Partnership for tvc.');
    const itemId = saved().agenda.find((item) => item.title === 'Matters arising')!.id;
    await waitFor(() => expect(saved().byItem[itemId]!.actions.map((action) => action.description)).toEqual(['Write to the Safer Bromley Partnership for tvc.']));
    expect(saved().byItem[itemId]!.resolutions.map((entry) => entry.text)).toEqual(['that the Safer Bromley Partnership be thanked.']);
  });
});
