// Under test: renderer/src/phrase-bank/PhrasePicker.tsx with the item editor — wordings from the
// committee's phrase bank inserted from the keyboard alone, filled from the meeting, blanks left
// selected for typing, and saved through the save queue to the real handlers.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openLiveMeeting } from './meeting-fixture.tsx';

const pickerKey = '{Control>}{Shift>}[Space]{/Shift}{/Control}';

const itemIdOf = (saved: ReturnType<typeof openLiveMeeting>['saved'], title: string) => saved().agenda.find((item) => item.title === title)!.id;

/** The selected text of a text field, as the secretary would type over it. */
/** The wordings the picker lists, by their accessible names. */
const listed = () => within(screen.getByRole('listbox', { name: 'Wordings' })).getAllByRole('option');

const selectedIn = (field: HTMLElement) => {
  const { value, selectionStart, selectionEnd } = field as HTMLTextAreaElement;
  return value.slice(selectionStart ?? 0, selectionEnd ?? 0);
};

describe('phrase picker', () => {
  it('closes with Escape and gives the focus back to the notes', async () => {
    const user = userEvent.setup();
    openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    notes.focus();

    await user.keyboard(pickerKey);
    const picker = await screen.findByRole('dialog', { name: 'Insert wording' });
    expect(within(picker).getByRole('combobox', { name: 'Find a wording' })).toHaveFocus();
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(10));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Insert wording' })).not.toBeInTheDocument();
    expect(notes).toHaveFocus();
  });

  it('inserts resolutions filled from the meeting, selects each blank in turn with Tab, and saves them as structured data', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    const itemId = itemIdOf(saved, 'Matters arising');
    screen.getByRole('textbox', { name: 'Notes' }).focus();

    // Filter by typing, move with ↓, insert with Enter.
    await user.keyboard(pickerKey);
    const picker = await screen.findByRole('dialog', { name: 'Insert wording' });
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(10));
    await user.keyboard('update noted');
    const options = listed();
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveAccessibleName('RESOLVED that the update be noted.');
    expect(options[1]).toHaveAccessibleName('RESOLVED that the update concerning {item} be noted.');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    expect(within(picker).getByRole('combobox')).toHaveAttribute('aria-activedescendant', options[1]!.id);
    expect(picker).toHaveTextContent('Adds a resolution: RESOLVED that the update concerning Matters arising be noted.');
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('dialog', { name: 'Insert wording' })).not.toBeInTheDocument();
    const first = await screen.findByRole('textbox', { name: 'Resolution 1' });
    expect(first).toHaveValue('that the update concerning Matters arising be noted.');
    // Nothing left to fill in: the caret waits at the end.
    await waitFor(() => expect(first).toHaveFocus());
    expect((first as HTMLTextAreaElement).selectionStart).toBe('that the update concerning Matters arising be noted.'.length);

    // From inside resolution 1, a wording with two blanks goes in after it.
    await user.keyboard(pickerKey);
    await screen.findByRole('dialog', { name: 'Insert wording' });
    await waitFor(() => expect(listed().length).toBeGreaterThan(1));
    await user.keyboard('body');
    expect(listed()).toHaveLength(1);
    expect(listed()[0]).toHaveAccessibleName('RECOMMENDED to {body} that …');
    await user.keyboard('{Enter}');

    const second = await screen.findByRole('textbox', { name: 'Resolution 2' });
    await waitFor(() => expect(second).toHaveFocus());
    expect(screen.getByRole('combobox', { name: 'Lead word of resolution 2' })).toHaveValue('recommended');
    expect(selectedIn(second)).toBe('{body}');
    await user.keyboard('Council');
    expect(second).toHaveValue('to Council that …');
    await user.keyboard('{Tab}');
    expect(second).toHaveFocus();
    expect(selectedIn(second)).toBe('…');
    await user.keyboard('the strategy be adopted.');
    expect(second).toHaveValue('to Council that the strategy be adopted.');
    // After the last blank, Tab puts the caret at the end of the wording and stops there.
    await user.keyboard('{Tab}');
    expect(second).toHaveFocus();
    expect((second as HTMLTextAreaElement).selectionStart).toBe('to Council that the strategy be adopted.'.length);

    await waitFor(() =>
      expect(saved().byItem[itemId]!.resolutions).toEqual([
        expect.objectContaining({ form: 'resolved', text: 'that the update concerning Matters arising be noted.', parts: [], vote: null }),
        expect.objectContaining({ form: 'recommended', text: 'to Council that the strategy be adopted.', parts: [], vote: null }),
      ]),
    );
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));
  });

  it('moves through the blanks of a resolution’s numbered parts with Tab and back with Shift+Tab', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '6 Any other business' }));
    const itemId = itemIdOf(saved, 'Any other business');
    await user.click(screen.getByRole('button', { name: 'Insert wording…' }));
    await screen.findByRole('dialog', { name: 'Insert wording' });
    await waitFor(() => expect(listed().length).toBeGreaterThan(1));
    await user.keyboard('resolved that:');
    expect(listed()).toHaveLength(1);
    expect(listed()[0]).toHaveAccessibleName('RESOLVED that: 1) … 2) …');
    await user.keyboard('{Enter}');

    const part1 = await screen.findByRole('textbox', { name: 'Part 1 of resolution 1' });
    const part2 = screen.getByRole('textbox', { name: 'Part 2 of resolution 1' });
    await waitFor(() => expect(part1).toHaveFocus());
    expect(selectedIn(part1)).toBe('…');
    // Passed over, then come back to.
    await user.keyboard('{Tab}');
    expect(part2).toHaveFocus();
    expect(selectedIn(part2)).toBe('…');
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(part1).toHaveFocus();
    expect(selectedIn(part1)).toBe('…');
    await user.keyboard('the report be noted;');
    await user.keyboard('{Tab}');
    expect(part2).toHaveFocus();
    expect(selectedIn(part2)).toBe('…');
    await user.keyboard('officers report back in June.');

    await waitFor(() =>
      expect(saved().byItem[itemId]!.resolutions).toEqual([
        expect.objectContaining({ form: 'resolved', text: 'that:', parts: ['the report be noted;', 'officers report back in June.'] }),
      ]),
    );
  });

  it('puts a plain sentence into the notes, with its blank selected', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '6 Any other business' }));
    const itemId = itemIdOf(saved, 'Any other business');
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    notes.focus();

    await user.keyboard(pickerKey);
    await screen.findByRole('dialog', { name: 'Insert wording' });
    await waitFor(() => expect(listed().length).toBeGreaterThan(1));
    await user.keyboard('questions');
    await user.keyboard('{Enter}');
    expect(notes).toHaveTextContent('No questions had been received.');
    expect(notes).toHaveFocus();
    // A sentence is not a resolution.
    expect(screen.getByRole('button', { name: 'Resolutions (0)' })).toBeInTheDocument();

    // The next date is not set for this meeting, so its placeholder is left selected for typing.
    await user.keyboard(pickerKey);
    await screen.findByRole('dialog', { name: 'Insert wording' });
    await waitFor(() => expect(listed().length).toBeGreaterThan(1));
    await user.keyboard('date of the next');
    await user.keyboard('{Enter}');
    expect(notes).toHaveTextContent('No questions had been received. The date of the next meeting was noted as {next meeting date}.');
    expect(document.getSelection()?.toString()).toBe('{next meeting date}');
    expect(notes.querySelector('.placeholder-stop')).toHaveTextContent('{next meeting date}');
    // Tab after the last blank: the caret goes to the end of the sentence and the blank is no longer marked.
    await user.keyboard('{Tab}');
    expect(notes).toHaveFocus();
    expect(document.getSelection()?.toString()).toBe('');
    expect(notes.querySelector('.placeholder-stop')).toBeNull();

    await waitFor(() =>
      expect(JSON.stringify(saved().agenda.find((item) => item.id === itemId)!.notes)).toContain(
        'No questions had been received. The date of the next meeting was noted as {next meeting date}.',
      ),
    );
  });
});
