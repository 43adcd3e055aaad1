// Under test: renderer/src/actions — actions added to an item from the keyboard, owned by a roster
// member or by a group, saved through the save queue to the real handlers.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openLiveMeeting } from './meeting-fixture.tsx';

describe('actions', () => {
  it('adds an action owned by a roster member and one owned by “Partners” with a due date', async () => {
    const user = userEvent.setup();
    const { saved, members } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    const itemId = saved().agenda.find((item) => item.kind === 'matters-arising')!.id;

    screen.getByRole('button', { name: 'Add action' }).focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'New action' });
    // Who first, then what: the owner is chosen before the wording, and Enter adds it.
    expect(within(form).getByRole('combobox', { name: 'Owner' })).toHaveFocus();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner' }), 'Joanne Stowell (JS)');
    await user.tab();
    expect(within(form).getByRole('textbox', { name: 'Action' })).toHaveFocus();
    await user.keyboard('Circulate the crime figures');
    await user.keyboard('{Enter}');

    const first = await screen.findByRole('listitem', { name: 'Action 1' });
    expect(within(first).getByRole('textbox', { name: 'Action 1' })).toHaveValue('Circulate the crime figures');
    expect(within(first).getByLabelText('Action column: JS')).toHaveTextContent('JS');
    // The form stays open for the next action, cleared.
    expect(within(form).getByRole('textbox', { name: 'Action' })).toHaveValue('');
    expect(within(form).getByRole('combobox', { name: 'Owner' })).toHaveFocus();
    await user.click(within(form).getByRole('textbox', { name: 'Action' }));

    await user.keyboard('Report back on the burglary campaign');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner' }), 'A group or organisation…');
    const group = within(form).getByRole('combobox', { name: 'Owner group' });
    expect(group).toHaveFocus();
    await user.keyboard('Partners');
    await user.type(within(form).getByLabelText('Due date'), '2026-12-10');
    await user.click(within(form).getByRole('button', { name: 'Add action' }));

    const second = await screen.findByRole('listitem', { name: 'Action 2' });
    expect(within(second).getByLabelText('Action column: Partners')).toBeInTheDocument();
    expect(within(second).getByLabelText('Due date of action 2')).toHaveValue('10/12/2026');
    expect(screen.getByRole('button', { name: 'Actions (2)' })).toBeInTheDocument();

    await waitFor(() =>
      expect(saved().byItem[itemId]!.actions.map(({ description, owner, dueDate, resolutionId }) => ({ description, owner, dueDate, resolutionId }))).toEqual([
        { description: 'Circulate the crime figures', owner: { memberId: members[1]!.id }, dueDate: null, resolutionId: null },
        { description: 'Report back on the burglary campaign', owner: { group: 'Partners' }, dueDate: '2026-12-10', resolutionId: null },
      ]),
    );
  });

  it('stands an action beside one part of a resolution, chosen in the Beside list', async () => {
    const user = userEvent.setup();
    let resolutionId = '';
    const { saved } = openLiveMeeting((handlers, meetingId) => {
      const other = handlers.getMeeting({ meetingId }).agenda.find((each) => each.kind === 'any-other-business')!;
      resolutionId = handlers.addResolution({ itemId: other.id, form: 'resolved', text: 'that', parts: ['The strategy be endorsed.', 'Partners sign up.'] }).id;
    });
    const item = saved().agenda.find((each) => each.kind === 'any-other-business')!;
    await user.click(await screen.findByRole('option', { name: '6 Any other business' }));
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    const form = screen.getByRole('form', { name: 'New action' });
    await user.click(within(form).getByRole('textbox', { name: 'Action' }));
    await user.keyboard('Send a signature');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner' }), 'Stuart Baker (SB)');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Beside' }), 'Resolution 1, part 2)');
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    await waitFor(() =>
      expect(saved().byItem[item.id]!.actions).toEqual([expect.objectContaining({ resolutionId, resolutionPart: 1, description: 'Send a signature' })]),
    );
    const row = await screen.findByRole('listitem', { name: 'Action 1' });
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Action 1 beside' }), 'Resolution 1: that');
    await waitFor(() => expect(saved().byItem[item.id]!.actions[0]).toMatchObject({ resolutionId, resolutionPart: null }));
  });

  it('refuses an action with no owner, edits one in place, and deletes it with an undo', async () => {
    const user = userEvent.setup();
    const { saved, members } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '6 Any other business' }));
    const itemId = saved().agenda.find((item) => item.kind === 'any-other-business')!.id;
    const savedActions = () => saved().byItem[itemId]!.actions;

    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await user.click(screen.getByRole('textbox', { name: 'Action' }));
    await user.keyboard('Book the room{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Choose who will do it');
    expect(screen.queryByRole('listitem', { name: 'Action 1' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Stuart Baker (SB)');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await screen.findByRole('listitem', { name: 'Action 1' });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Add action' })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: 'Action 1' }), ' for March');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status of action 1' }), 'Done');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner of action 1' }), 'Rachel Pankhurst (RP)');
    await waitFor(() =>
      expect(savedActions()).toEqual([expect.objectContaining({ description: 'Book the room for March', status: 'done', owner: { memberId: members[2]!.id } })]),
    );

    await user.click(screen.getByRole('button', { name: 'Delete action 1' }));
    expect(screen.queryByRole('listitem', { name: 'Action 1' })).not.toBeInTheDocument();
    await waitFor(() => expect(savedActions()).toEqual([]));
    await user.click(screen.getByRole('button', { name: 'Undo deleting the action' }));
    await screen.findByRole('listitem', { name: 'Action 1' });
    await waitFor(() =>
      expect(savedActions()).toEqual([expect.objectContaining({ description: 'Book the room for March', status: 'done', owner: { memberId: members[2]!.id } })]),
    );
  });

  it('says plainly when an action cannot be added, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { saved, handlers } = openLiveMeeting();
    await user.click(await screen.findByText('Add a substitute or guest'));
    const guestForm = screen.getByRole('button', { name: 'Add guest' }).closest('form')!;
    await user.type(within(guestForm).getByRole('textbox', { name: 'Name' }), 'Anthony Baldock');
    await user.click(within(guestForm).getByRole('button', { name: 'Add guest' }));
    await screen.findByRole('button', { name: 'Remove Anthony Baldock' });
    // Gone from the meeting behind the screen's back (another window, say): the screen still offers him.
    const guest = saved().attendance.find((entry) => entry.name === 'Anthony Baldock')!;
    handlers.removeAttendee({ attendeeId: guest.attendeeId! });

    await user.click(screen.getByRole('option', { name: '5 Matters arising' }));
    const itemId = saved().agenda.find((item) => item.kind === 'matters-arising')!.id;
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await user.click(screen.getByRole('textbox', { name: 'Action' }));
    await user.keyboard('Send the enforcement report');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Anthony Baldock (AB)');
    await user.click(screen.getByRole('button', { name: 'Add action' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The action could not be added: That action owner was not at this meeting.');
    expect(screen.getByRole('textbox', { name: 'Action' })).toHaveValue('Send the enforcement report');
    expect(screen.queryByRole('listitem', { name: 'Action 1' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));
    expect(saved().byItem[itemId]!.actions).toEqual([]);
  });
});
