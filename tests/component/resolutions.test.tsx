// Under test: renderer/src/resolutions — resolutions typed into the item editor from the keyboard,
// saved through the save queue to the real handlers.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openMeetingCompleter } from '../../renderer/src/item-editor/meeting-completer.ts';
import { openLiveMeeting } from './meeting-fixture.tsx';

const itemIdOf = (saved: ReturnType<typeof openLiveMeeting>['saved'], title: string) => saved().agenda.find((item) => item.title === title)!.id;

describe('resolutions', () => {
  it('adds a resolution with two numbered parts from the keyboard and saves it', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    const itemId = itemIdOf(saved, 'Matters arising');

    screen.getByRole('button', { name: 'Add resolution' }).focus();
    await user.keyboard('{Enter}');
    const text = await screen.findByRole('textbox', { name: 'Resolution 1' });
    await waitFor(() => expect(text).toHaveFocus());
    // Typed out of habit, the lead word moves into the choice rather than being printed twice.
    await user.keyboard('RESOLVED that:');
    expect(text).toHaveValue('that:');
    expect(screen.getByRole('combobox', { name: 'Lead word of resolution 1' })).toHaveValue('resolved');

    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Part 1 of resolution 1' })).toHaveFocus();
    await user.keyboard('the update be noted;{Enter}');
    expect(screen.getByRole('textbox', { name: 'Part 2 of resolution 1' })).toHaveFocus();
    await user.keyboard('partners report back in June.');
    expect(screen.getByRole('button', { name: 'Resolutions (1)' })).toHaveAttribute('aria-expanded', 'true');

    await waitFor(() =>
      expect(saved().byItem[itemId]!.resolutions).toEqual([
        expect.objectContaining({ form: 'resolved', text: 'that:', parts: ['the update be noted;', 'partners report back in June.'] }),
      ]),
    );
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));
  });

  it('switches to RECOMMENDED, removes an empty part with Backspace, and keeps the resolution on coming back', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '6 Any other business' }));
    const itemId = itemIdOf(saved, 'Any other business');
    await user.click(screen.getByRole('button', { name: 'Add resolution' }));
    const text = await screen.findByRole('textbox', { name: 'Resolution 1' });
    await waitFor(() => expect(text).toHaveFocus());
    await user.keyboard('to Council that the strategy be adopted.{Enter}');
    expect(screen.getByRole('textbox', { name: 'Part 1 of resolution 1' })).toHaveFocus();
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('textbox', { name: 'Part 1 of resolution 1' })).not.toBeInTheDocument();
    expect(text).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lead word of resolution 1' }), 'RECOMMENDED');

    await waitFor(() =>
      expect(saved().byItem[itemId]!.resolutions).toEqual([expect.objectContaining({ form: 'recommended', text: 'to Council that the strategy be adopted.', parts: [] })]),
    );
    await user.click(screen.getByRole('option', { name: '5 Matters arising' }));
    expect(screen.getByRole('button', { name: 'Resolutions (0)' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: '6 Any other business' }));
    expect(screen.getByRole('textbox', { name: 'Resolution 1' })).toHaveValue('to Council that the strategy be adopted.');

    // Closed by the secretary, it stays closed on coming back to the item.
    await user.click(screen.getByRole('button', { name: 'Resolutions (1)' }));
    expect(screen.queryByRole('textbox', { name: 'Resolution 1' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: '5 Matters arising' }));
    await user.click(screen.getByRole('option', { name: '6 Any other business' }));
    expect(screen.getByRole('button', { name: 'Resolutions (1)' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves a resolution up with Alt+Shift+↑, deletes one and brings it back with Undo', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '4 Minutes of the previous meeting' }));
    const itemId = itemIdOf(saved, 'Minutes of the previous meeting');
    const texts = () => saved().byItem[itemId]!.resolutions.map((resolution) => resolution.text);

    for (const [index, wording] of ['that the minutes be agreed.', 'that the action log be noted.'].entries()) {
      await user.click(screen.getByRole('button', { name: 'Add resolution' }));
      const field = await screen.findByRole('textbox', { name: `Resolution ${index + 1}` });
      await waitFor(() => expect(field).toHaveFocus());
      await user.keyboard(wording);
    }
    await user.keyboard('{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}');
    expect(screen.getByRole('textbox', { name: 'Resolution 1' })).toHaveValue('that the action log be noted.');
    expect(screen.getByRole('textbox', { name: 'Resolution 1' })).toHaveFocus();
    await waitFor(() => expect(texts()).toEqual(['that the action log be noted.', 'that the minutes be agreed.']));

    await user.click(screen.getByRole('button', { name: 'Delete resolution 1' }));
    expect(screen.getByRole('textbox', { name: 'Resolution 1' })).toHaveValue('that the minutes be agreed.');
    expect(screen.getByText('Deleted resolution 1.')).toBeInTheDocument();
    await waitFor(() => expect(texts()).toEqual(['that the minutes be agreed.']));

    const undo = screen.getByRole('button', { name: 'Undo deleting resolution 1' });
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Resolution 1' })).toHaveValue('that the action log be noted.'));
    expect(screen.getByRole('textbox', { name: 'Resolution 2' })).toHaveValue('that the minutes be agreed.');
    await waitFor(() => expect(texts()).toEqual(['that the action log be noted.', 'that the minutes be agreed.']));
    expect(within(screen.getByRole('list', { name: 'Resolutions' })).getAllByRole('listitem', { name: /^Resolution/ })).toHaveLength(2);
  });

  it('completes words in a numbered part as in the resolution’s text: the tip shows, Tab takes it, typing carries on', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    const itemId = itemIdOf(saved, 'Matters arising');
    // The meeting's completer learns the roster in the background; typing never waits for it.
    await waitFor(() => expect(openMeetingCompleter()).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Add resolution' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Resolution 1' })).toHaveFocus());
    await user.keyboard('that:{Enter}');
    const part = screen.getByRole('textbox', { name: 'Part 1 of resolution 1' });
    expect(part).toHaveFocus();
    await user.keyboard('Stuart B');
    const tip = within(screen.getByRole('list', { name: 'Parts of resolution 1' })).getByText((_, element) => element?.getAttribute('data-completion') === 'aker');
    expect(tip).toHaveTextContent('…aker Tab');
    await user.keyboard('{Tab}');
    expect(part).toHaveValue('Stuart Baker ');
    expect(part).toHaveFocus();
    await user.keyboard('report back.');
    expect(part).toHaveValue('Stuart Baker report back.');
    await waitFor(() => expect(saved().byItem[itemId]!.resolutions).toEqual([expect.objectContaining({ text: 'that:', parts: ['Stuart Baker report back.'] })]));
  });
});
