// Under test: continuity from meeting to meeting in the live form — Matters arising updates saved
// through the save queue, "Create next meeting" opening the new meeting, continuous minute numbers,
// and "minute 6" in the notes linked in the minutes preview; all against the real handlers.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { notesOf, seedTwoMeetings } from './continuity-fixture.tsx';

const agendaNames = () =>
  within(screen.getByRole('listbox', { name: 'Agenda items' }))
    .getAllByRole('option')
    .map((option) => option.getAttribute('aria-label'));

describe('matters arising', () => {
  it('updates the actions carried from the last meeting and saves each with its sentence', async () => {
    const user = userEvent.setup();
    const { open, second, handlers, actions, committee } = seedTwoMeetings();
    // Done between the meetings, from the action log: the meeting still hears it reported.
    handlers.markActionDone({ actionId: actions.book.id, note: 'Booked for 3 November.', doneOn: '2026-10-01' });
    open(`#/meetings/${second.id}`);
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));

    const section = screen.getByRole('group', { name: 'Actions from earlier meetings (3)' });
    const first = within(section).getByRole('listitem', { name: 'Earlier action 1' });
    expect(first).toHaveTextContent('Circulate the crime figures');
    expect(first).toHaveTextContent('Minute 6, 10 September 2026 · Joanne Stowell (JS) · due 30 September 2026');

    await user.click(within(first).getByRole('radio', { name: 'Done' }));
    await user.click(within(first).getByRole('textbox', { name: 'Sentence about earlier action 1' }));
    await user.keyboard('The figures went out on 2 October.');
    expect(first).toHaveTextContent('In the minutes: Circulate the crime figures (minute 6, 10 September 2026): completed. The figures went out on 2 October.');

    const third = within(section).getByRole('listitem', { name: 'Earlier action 3' });
    await user.click(within(third).getByRole('radio', { name: 'Carried forward' }));
    expect(within(third).getByRole('radio', { name: 'Carried forward' })).toBeChecked();
    const secondAction = within(section).getByRole('listitem', { name: 'Earlier action 2' });
    expect(within(secondAction).getByRole('radio', { name: 'Not yet reported' })).toBeChecked();
    expect(secondAction).toHaveTextContent('Already marked done in the action log.');
    expect(first).not.toHaveTextContent('Already marked done');

    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));
    const saved = handlers.getMeeting({ meetingId: second.id }).actionReviews.map(({ actionId, status, note }) => ({ actionId, status, note }));
    expect(saved).toEqual([
      { actionId: actions.circulate.id, status: 'done', note: 'The figures went out on 2 October.' },
      { actionId: actions.book.id, status: 'open', note: '' },
      { actionId: actions.report.id, status: 'carried-forward', note: '' },
    ]);
    const log = handlers.listActionLog({ committeeId: committee.id }).entries;
    expect(log.find((entry) => entry.action.id === actions.circulate.id)!.action.status).toBe('done');
    expect(log.find((entry) => entry.action.id === actions.report.id)!.action.status).toBe('carried-forward');
  });

  it('brings forward an action raised after the meeting was created', async () => {
    const user = userEvent.setup();
    const { open, second, handlers, aob } = seedTwoMeetings();
    handlers.addAction({ itemId: aob.id, resolutionId: null, description: 'Send the survey', owner: { group: 'Officers' }, dueDate: null });
    open(`#/meetings/${second.id}`);
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    expect(screen.getByRole('group', { name: 'Actions from earlier meetings (3)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bring forward outstanding actions' }));
    expect(await screen.findByText('Brought forward 1 outstanding action.')).toBeInTheDocument();
    const section = screen.getByRole('group', { name: 'Actions from earlier meetings (4)' });
    expect(within(section).getByRole('listitem', { name: 'Earlier action 4' })).toHaveTextContent('Send the survey');
    expect(handlers.getMeeting({ meetingId: second.id }).actionReviews).toHaveLength(4);
  });
});

describe('create next meeting', () => {
  it('takes the date of next meeting typed into this meeting, creates the meeting and opens it', async () => {
    const user = userEvent.setup();
    const { open, second, handlers, committee } = seedTwoMeetings();
    open(`#/meetings/${second.id}`);
    await screen.findByRole('listbox', { name: 'Agenda items' });

    await user.click(screen.getByText('Thursday 15 October 2026, 10:00'));
    await user.type(screen.getByLabelText('Date of next meeting'), '2026-11-19');
    await user.click(screen.getByRole('button', { name: 'Create next meeting…' }));
    const dialog = screen.getByRole('dialog', { name: 'Create next meeting' });
    expect(within(dialog).getByLabelText('Date')).toHaveValue('19/11/2026');
    expect(within(dialog).getByLabelText('Start time')).toHaveValue('10:00');
    expect(within(dialog).getByRole('textbox', { name: 'Venue' })).toHaveValue('Bromley Civic Centre');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Virtual meeting' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create and open' }));

    expect(await screen.findByRole('heading', { name: 'Safer Bromley Partnership: Meeting of Thursday 19 November 2026' })).toBeInTheDocument();
    const meetings = handlers.listMeetings({ committeeId: committee.id });
    const third = meetings.find((meeting) => meeting.date === '2026-11-19')!;
    expect(window.location.hash).toBe(`#/meetings/${third.id}`);
    expect(handlers.getMeeting({ meetingId: third.id }).meeting).toEqual(expect.objectContaining({ previousMeetingId: second.id, isVirtual: true, startTime: '10:00' }));
    expect(handlers.getMeeting({ meetingId: second.id }).meeting.nextMeetingDate).toBe('2026-11-19');
    // The previous minutes item names the meeting it confirms.
    await user.click(screen.getByRole('option', { name: '4 Minutes of the previous meeting' }));
    expect(screen.getByRole('textbox', { name: 'Resolution 1' })).toHaveValue('that the minutes of the meeting held on 15 October 2026 be agreed as a correct record.');
  });

  it('says why when the next meeting cannot be created, and creates nothing', async () => {
    const user = userEvent.setup();
    const { open, first, handlers, committee } = seedTwoMeetings();
    open(`#/meetings/${first.id}`);
    await user.click(await screen.findByRole('button', { name: 'Create next meeting…' }));
    const dialog = screen.getByRole('dialog', { name: 'Create next meeting' });
    await user.type(within(dialog).getByLabelText('Date'), '2026-12-01');
    await user.click(within(dialog).getByRole('button', { name: 'Create and open' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The next meeting was not created: The meeting after 10 September 2026 has already been created (15 October 2026).');
    expect(handlers.listMeetings({ committeeId: committee.id })).toHaveLength(2);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Create next meeting' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create next meeting…' })).toHaveFocus();
  });
});

describe('minute numbering', () => {
  it('carries on the council’s numbering from the number the secretary gives', async () => {
    const user = userEvent.setup();
    const { open, first, committee, handlers } = seedTwoMeetings();
    open(`#/committees/${committee.id}/settings`);
    await user.click(await screen.findByRole('radio', { name: 'Continuously across the committee’s meetings (74, 75, 76…)' }));
    const carriedOn = screen.getByRole('group', { name: 'Carry on the council’s numbering' });
    await user.type(within(carriedOn).getByRole('textbox', { name: 'In the year from 1 May' }), '2026');
    await user.type(within(carriedOn).getByRole('textbox', { name: 'the first minute is' }), '72');
    await waitFor(() => expect(handlers.getCommittee({ committeeId: committee.id }).committee.minuteNumbering.carriedOn).toEqual({ year: 2026, number: 72 }));
    window.location.hash = `#/meetings/${first.id}`;
    await screen.findByRole('listbox', { name: 'Agenda items' });
    expect(agendaNames()[0]).toBe('72 Welcome and introductions');
  });

  it('numbers the live form on from the last meeting once the committee numbers its minutes continuously', async () => {
    const user = userEvent.setup();
    const { open, second, committee, handlers } = seedTwoMeetings();
    open(`#/committees/${committee.id}/settings`);
    await user.click(await screen.findByRole('radio', { name: 'Continuously across the committee’s meetings (74, 75, 76…)' }));
    expect(screen.getByRole('combobox', { name: 'Start again at 1 in' })).toHaveValue('5');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Start again at 1 in' }), 'September');
    await waitFor(() => expect(handlers.getCommittee({ committeeId: committee.id }).committee.minuteNumbering).toEqual({ mode: 'continuous', restartMonth: 9, carriedOn: null }));

    window.location.hash = `#/meetings/${second.id}`;
    await screen.findByRole('listbox', { name: 'Agenda items' });
    expect(agendaNames()).toEqual([
      '8 Welcome and introductions',
      '9 Apologies for absence',
      '10 Declarations of interest',
      '11 Minutes of the previous meeting',
      '12 Matters arising',
      '13 Any other business',
      '14 Date of next meeting',
    ]);
    await user.click(screen.getByRole('option', { name: '12 Matters arising' }));
    expect(screen.getByRole('region', { name: 'Item 12' })).toBeInTheDocument();
  });
});

describe('"minute 6" in the notes', () => {
  it('links to that minute in the preview, and opens it', async () => {
    const user = userEvent.setup();
    const { open, second, secondAgenda, first, aob, handlers, committee } = seedTwoMeetings();
    handlers.updateCommittee({ committeeId: committee.id, minuteNumbering: { mode: 'continuous', restartMonth: 5 } });
    const matters = secondAgenda.find((item) => item.kind === 'matters-arising')!;
    handlers.updateAgendaItem({ itemId: matters.id, notes: notesOf('Further to minute 6, the campaign goes on; minute 99 was never held.') });
    open(`#/meetings/${second.id}`);
    await user.click(await screen.findByRole('button', { name: 'Preview minutes' }));
    const preview = screen.getByRole('article', { name: 'Minutes preview' });

    const link = await within(preview).findByRole('link', { name: 'minute 6' });
    expect(link).toHaveAttribute('href', `#/meetings/${first.id}/items/${aob.id}`);
    expect(link).toHaveAttribute('title', 'Minute 6: Any other business, meeting of 10 September 2026');
    expect(within(preview).queryByRole('link', { name: 'minute 99' })).not.toBeInTheDocument();
    expect(preview).toHaveTextContent('minute 99 was never held.');

    await user.click(link);
    expect(await screen.findByRole('heading', { name: 'Safer Bromley Partnership: Meeting of Thursday 10 September 2026' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('option', { name: '6 Any other business' })).toHaveAttribute('aria-selected', 'true'));
    expect(screen.getByRole('option', { name: '6 Any other business' })).toHaveFocus();
  });
});
