// Under test: renderer/src/declarations (declarations of interest) and the vote on a resolution
// (renderer/src/resolutions/VoteForm.tsx), saved through the save queue to the real handlers and
// worded as the minutes word them.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openLiveMeeting } from './meeting-fixture.tsx';

const itemIdOf = (saved: ReturnType<typeof openLiveMeeting>['saved'], title: string) => saved().agenda.find((item) => item.title === title)!.id;
const generated = () => within(screen.getByRole('list', { name: 'Generated sentences' })).getAllByRole('listitem').map((item) => item.querySelector('.sentence-text')?.textContent);

describe('declarations of interest', () => {
  it('records a declaration on the Declarations item, shows its sentence, and saves edits', async () => {
    const user = userEvent.setup();
    const { saved, members } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '3 Declarations of interest' }));
    expect(generated()).toEqual(['There were no declarations of interest.']);

    await user.click(screen.getByRole('button', { name: 'Declare an interest' }));
    const form = screen.getByRole('form', { name: 'New declaration' });
    expect(within(form).getByRole('combobox', { name: 'Person' })).toHaveFocus();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Person' }), 'Rachel Pankhurst');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Item concerned' }), 'Item 5: Matters arising');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Nature of the interest' }), 'Other registrable interest');
    await user.type(within(form).getByRole('textbox', { name: 'Interest' }), 'governor of St Mary’s School');
    await user.click(within(form).getByRole('checkbox', { name: 'Left the room for that item' }));
    await user.click(within(form).getByRole('button', { name: 'Add declaration' }));

    const row = await screen.findByRole('listitem', { name: 'Declaration 1' });
    const sentence = 'Rachel Pankhurst declared an other registrable interest in item 5 (governor of St Mary’s School) and left the room for that item.';
    expect(row).toHaveTextContent(`The minutes will say: “${sentence}”`);
    expect(generated()).toEqual([sentence]);
    expect(saved().declarations).toEqual([
      expect.objectContaining({ who: { memberId: members[2]!.id }, itemId: itemIdOf(saved, 'Matters arising'), nature: 'other', description: 'governor of St Mary’s School', leftRoom: true }),
    ]);

    await user.selectOptions(within(row).getByRole('combobox', { name: 'Nature of declaration 1' }), 'Disclosable pecuniary interest');
    await user.clear(within(row).getByRole('textbox', { name: 'Interest of declaration 1' }));
    await user.type(within(row).getByRole('textbox', { name: 'Interest of declaration 1' }), 'employed by the school');
    expect(generated()).toEqual(['Rachel Pankhurst declared a disclosable pecuniary interest in item 5 (employed by the school) and left the room for that item.']);
    await waitFor(() => expect(saved().declarations).toEqual([expect.objectContaining({ nature: 'pecuniary', description: 'employed by the school', leftRoom: true })]));

    // The item concerned lists it too, and minutes the departure and the return.
    await user.click(screen.getByRole('option', { name: '5 Matters arising' }));
    expect(screen.getByRole('listitem', { name: 'Declaration 1' })).toBeInTheDocument();
    expect(generated()).toEqual(['Rachel Pankhurst left the room for item 5.', 'Rachel Pankhurst returned to the room.']);
  });

  it('declares an interest from the item it concerns, then deletes it and brings it back with Undo', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '6 Any other business' }));
    const itemId = itemIdOf(saved, 'Any other business');
    await user.click(screen.getByRole('button', { name: 'Declare an interest' }));
    const form = screen.getByRole('form', { name: 'New declaration' });
    // The item being minuted is the one concerned, unless the secretary says otherwise.
    expect(within(form).getByRole('combobox', { name: 'Item concerned' })).toHaveValue(itemId);
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Person' }), 'Stuart Baker');
    await user.click(within(form).getByRole('button', { name: 'Add declaration' }));
    await screen.findByRole('listitem', { name: 'Declaration 1' });
    await waitFor(() => expect(saved().declarations).toEqual([expect.objectContaining({ itemId, nature: 'pecuniary', leftRoom: false })]));

    await user.click(screen.getByRole('button', { name: 'Delete declaration 1' }));
    expect(screen.queryByRole('listitem', { name: 'Declaration 1' })).not.toBeInTheDocument();
    await waitFor(() => expect(saved().declarations).toEqual([]));
    await user.click(screen.getByRole('button', { name: 'Undo deleting the declaration' }));
    await screen.findByRole('listitem', { name: 'Declaration 1' });
    expect(saved().declarations).toEqual([expect.objectContaining({ itemId, nature: 'pecuniary', leftRoom: false })]);

    await user.click(screen.getByRole('option', { name: '3 Declarations of interest' }));
    expect(generated()).toEqual(['Stuart Baker declared a disclosable pecuniary interest in item 6.']);
  });
});

describe('votes on a resolution', () => {
  it('records a show of hands, words it as the minutes do, refuses a vote that contradicts itself, and keeps it through Undo', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    const itemId = itemIdOf(saved, 'Matters arising');
    await user.click(screen.getByRole('button', { name: 'Add resolution' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Resolution 1' })).toHaveFocus());
    await user.keyboard('that the budget be approved.');

    await user.click(screen.getByRole('button', { name: 'Record a vote on resolution 1' }));
    const form = screen.getByRole('form', { name: 'Vote on resolution 1' });
    await user.type(within(form).getByRole('spinbutton', { name: 'For' }), '7');
    await user.type(within(form).getByRole('spinbutton', { name: 'Against' }), '2');
    await user.type(within(form).getByRole('spinbutton', { name: 'Abstentions' }), '1');
    // Lost, with more votes for: the main process refuses it and the form says why.
    await user.click(within(form).getByRole('radio', { name: 'Lost' }));
    expect(within(form).getByRole('status')).toHaveTextContent('The minutes will say: “The motion was lost by 2 votes to 7, with 1 abstention.”');
    await user.click(within(form).getByRole('button', { name: 'Save vote' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('A motion with more votes for than against was carried, not lost.');
    expect(saved().byItem[itemId]!.resolutions[0]!.vote).toBeNull();

    // Left to the numbers, the outcome is worked out from them.
    await user.click(within(form).getByRole('button', { name: 'Work it out from the votes' }));
    expect(within(form).getByRole('status')).toHaveTextContent('The minutes will say: “The motion was carried by 7 votes to 2, with 1 abstention.”');
    await user.click(within(form).getByRole('button', { name: 'Save vote' }));

    const summary = await screen.findByRole('group', { name: 'Vote on resolution 1' });
    expect(summary).toHaveTextContent('The motion was carried by 7 votes to 2, with 1 abstention.');
    expect(screen.getByRole('button', { name: 'Change the vote on resolution 1' })).toHaveFocus();
    expect(saved().byItem[itemId]!.resolutions[0]!.vote).toEqual({ outcome: 'carried', counts: { for: 7, against: 2, abstentions: 1 }, recorded: null });
    // Written into the item just before the resolution, as the Word minutes carry it.
    await user.click(screen.getByRole('button', { name: /^Generated sentences \(\d+\)$/ }));
    expect(generated()).toContain('The motion was carried by 7 votes to 2, with 1 abstention.');
    // The wording typed before the vote is kept.
    expect(saved().byItem[itemId]!.resolutions[0]!.text).toBe('that the budget be approved.');

    // Deleted by mistake and put back: the vote comes back with it.
    await user.click(screen.getByRole('button', { name: 'Delete resolution 1' }));
    await waitFor(() => expect(saved().byItem[itemId]!.resolutions).toEqual([]));
    await user.click(screen.getByRole('button', { name: 'Undo deleting resolution 1' }));
    expect(await screen.findByRole('group', { name: 'Vote on resolution 1' })).toHaveTextContent('The motion was carried by 7 votes to 2, with 1 abstention.');
    await waitFor(() =>
      expect(saved().byItem[itemId]!.resolutions).toEqual([
        expect.objectContaining({ text: 'that the budget be approved.', vote: { outcome: 'carried', counts: { for: 7, against: 2, abstentions: 1 }, recorded: null } }),
      ]),
    );
  });

  it('records a named vote from the attendance, and clears it', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    const itemId = itemIdOf(saved, 'Matters arising');
    for (const name of ['Councillor Kate Lymer', 'Joanne Stowell', 'Rachel Pankhurst']) {
      await user.click(within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Present' }));
    }
    await user.click(screen.getByRole('button', { name: 'Add resolution' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Resolution 1' })).toHaveFocus());
    await user.keyboard('that the land be sold.');

    await user.click(screen.getByRole('button', { name: 'Record a vote on resolution 1' }));
    const form = screen.getByRole('form', { name: 'Vote on resolution 1' });
    await user.click(within(form).getByRole('checkbox', { name: 'Recorded vote: name each person in the minutes' }));
    // Only those present vote.
    expect(within(form).getAllByRole('radiogroup').map((group) => group.getAttribute('aria-label'))).toEqual([
      'Vote of Councillor Kate Lymer',
      'Vote of Joanne Stowell',
      'Vote of Rachel Pankhurst',
    ]);
    await user.click(within(within(form).getByRole('radiogroup', { name: 'Vote of Councillor Kate Lymer' })).getByRole('radio', { name: 'For' }));
    await user.click(within(within(form).getByRole('radiogroup', { name: 'Vote of Joanne Stowell' })).getByRole('radio', { name: 'For' }));
    await user.click(within(within(form).getByRole('radiogroup', { name: 'Vote of Rachel Pankhurst' })).getByRole('radio', { name: 'Against' }));
    expect(within(form).getByRole('spinbutton', { name: 'For' })).toHaveValue(2);
    await user.click(within(form).getByRole('button', { name: 'Save vote' }));

    const wording = 'On being put to a recorded vote, the resolution was carried: For: Councillor Kate Lymer and Joanne Stowell; Against: Rachel Pankhurst; Abstained: none.';
    expect(await screen.findByRole('group', { name: 'Vote on resolution 1' })).toHaveTextContent(wording);
    expect(saved().byItem[itemId]!.resolutions[0]!.vote).toEqual({
      outcome: 'carried',
      counts: { for: 2, against: 1, abstentions: 0 },
      recorded: { for: ['Councillor Kate Lymer', 'Joanne Stowell'], against: ['Rachel Pankhurst'], abstained: [] },
    });

    await user.click(screen.getByRole('button', { name: 'Clear the vote on resolution 1' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Vote on resolution 1' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Record a vote on resolution 1' })).toHaveFocus();
    expect(saved().byItem[itemId]!.resolutions[0]!.vote).toBeNull();
  });
});
