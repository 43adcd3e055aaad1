// Under test: renderer/src/action-log/ActionLogTab — the committee's actions across meetings,
// filtered by owner, by the meeting that raised them and by status, marked done with a note and
// exported to Word, against the real handlers.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedTwoMeetings } from './continuity-fixture.tsx';

/** The second meeting reviewed the first's actions (one done, one carried forward) and raised one of its own. */
function seedLog() {
  const seeded = seedTwoMeetings();
  const { handlers, second, secondAgenda, actions, members } = seeded;
  const reviews = handlers.getMeeting({ meetingId: second.id }).actionReviews;
  const reviewOf = (actionId: string) => reviews.find((review) => review.actionId === actionId)!.id;
  handlers.updateActionReview({ reviewId: reviewOf(actions.book.id), status: 'done', note: 'Booked for 3 November.' });
  handlers.updateActionReview({ reviewId: reviewOf(actions.circulate.id), status: 'carried-forward', note: '' });
  const aob = secondAgenda.find((item) => item.kind === 'any-other-business')!;
  handlers.addAction({ itemId: aob.id, resolutionId: null, description: 'Write to the Home Office', owner: { memberId: members.stuart.id }, dueDate: null });
  return seeded;
}

const logRows = () =>
  within(screen.getByRole('table', { name: 'Action log' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)
    .sort();

describe('action log', () => {
  it('filters the actions by owner, by the meeting that raised them and by status', async () => {
    const user = userEvent.setup();
    const { committee, open } = seedLog();
    open(`#/committees/${committee.id}/actions`);

    await screen.findByRole('table', { name: 'Action log' });
    expect(logRows()).toEqual(['Book the room for the workshop', 'Circulate the crime figures', 'Report back on the burglary campaign', 'Write to the Home Office']);
    const filters = screen.getByRole('form', { name: 'Filter the action log' });

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Owner' }), 'Stuart Baker');
    await waitFor(() => expect(logRows()).toEqual(['Report back on the burglary campaign', 'Write to the Home Office']));

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Raised at' }), 'Meeting of 10 September 2026');
    await waitFor(() => expect(logRows()).toEqual(['Report back on the burglary campaign']));

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Owner' }), 'Everyone');
    await waitFor(() => expect(logRows()).toEqual(['Book the room for the workshop', 'Circulate the crime figures', 'Report back on the burglary campaign']));

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'Carried forward');
    await waitFor(() => expect(logRows()).toEqual(['Circulate the crime figures']));

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'Done');
    await waitFor(() => expect(logRows()).toEqual(['Book the room for the workshop']));
    const done = screen.getByRole('row', { name: /Book the room for the workshop/ });
    expect(within(done).getByText('Booked for 3 November.', { exact: false })).toBeInTheDocument();
    expect(within(done).queryByRole('button', { name: /^Mark done/ })).not.toBeInTheDocument();

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Raised at' }), 'Meeting of 15 October 2026');
    await screen.findByText('No actions match these filters.');

    await user.click(screen.getByRole('button', { name: 'Show all actions' }));
    await waitFor(() => expect(logRows()).toHaveLength(4));
    expect(within(filters).getByRole('combobox', { name: 'Status' })).toHaveValue('');
  });

  it('marks an action done with a note from the keyboard, and exports the log to Word', async () => {
    const user = userEvent.setup();
    const { committee, open, handlers, actions, backend } = seedLog();
    open(`#/committees/${committee.id}/actions`);
    await screen.findByRole('table', { name: 'Action log' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Open');
    await waitFor(() => expect(logRows()).toEqual(['Report back on the burglary campaign', 'Write to the Home Office']));

    screen.getByRole('button', { name: 'Mark done: Report back on the burglary campaign' }).focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'Mark done: Report back on the burglary campaign' });
    expect(within(form).getByRole('textbox', { name: 'Note' })).toHaveFocus();
    await user.clear(within(form).getByLabelText('Done on'));
    await user.type(within(form).getByLabelText('Done on'), '2026-10-02');
    await user.click(within(form).getByRole('textbox', { name: 'Note' }));
    await user.keyboard('Reported to the Safer Neighbourhood Board.{Enter}');

    expect(await screen.findByText('Marked “Report back on the burglary campaign” done.')).toBeInTheDocument();
    await waitFor(() => expect(logRows()).toEqual(['Write to the Home Office']));
    const entry = handlers.listActionLog({ committeeId: committee.id }).entries.find((candidate) => candidate.action.id === actions.report.id)!;
    expect(entry.action.status).toBe('done');
    expect(entry.history.find((step) => step.meetingId === null)).toEqual(expect.objectContaining({ status: 'done', note: 'Reported to the Safer Neighbourhood Board.', recordedOn: '2026-10-02', meetingId: null }));

    await user.click(screen.getByRole('button', { name: 'Export to Word…' }));
    expect(await screen.findByText('Saved the action log as “Safer Bromley Partnership action log.docx”.')).toBeInTheDocument();
    const exports = join(backend.folder, 'exports');
    expect(existsSync(exports) && readdirSync(exports)).toEqual(['Safer Bromley Partnership action log.docx']);
  });

  it('puts the focus back on the button when marking done is cancelled with Escape', async () => {
    const user = userEvent.setup();
    const { committee, open, handlers } = seedLog();
    open(`#/committees/${committee.id}/actions`);
    const button = await screen.findByRole('button', { name: 'Mark done: Write to the Home Office' });
    await user.click(button);
    await user.keyboard('Not yet{Escape}');
    expect(screen.queryByRole('form', { name: 'Mark done: Write to the Home Office' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark done: Write to the Home Office' })).toHaveFocus();
    const entry = handlers.listActionLog({ committeeId: committee.id }).entries.find((candidate) => candidate.action.description === 'Write to the Home Office')!;
    expect(entry.action.status).toBe('open');
  });
});
