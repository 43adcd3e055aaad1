// Under test: continuity from meeting to meeting — shared/numbering.ts (continuous minute numbers
// and the numbering year), shared/minute-references.ts, and createNextMeeting, listMinuteIndex and
// the "date of next meeting" (electron/handlers/continuity.ts, meetings.ts) with compose, on a
// real SQLite file.
import { describe, expect, it } from 'vitest';
import { composeMinutes } from '../../shared/compose/index.ts';
import { findMinuteReferences, linkMinuteReferences, resolveMinuteReference } from '../../shared/minute-references.ts';
import { firstMinuteNumber, numberAgenda, numberingYearStart } from '../../shared/numbering.ts';
import { openTestApp, seedMeeting, type TestApp } from './harness.ts';

const counts = (app: TestApp) =>
  Object.fromEntries(
    ['meetings', 'agenda_items', 'resolutions', 'action_updates', 'search_docs'].map((table) => [
      table,
      app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(),
    ]),
  );

const numbered = (app: TestApp, meetingId: string) =>
  composeMinutes(app.handlers.getMeeting({ meetingId }), { mode: 'full' }).items.map((item) => `${item.number} ${item.title}`);

describe('minute numbers', () => {
  it('finds the start of the numbering year', () => {
    expect(numberingYearStart('2021-04-30', 5)).toBe('2020-05-01');
    expect(numberingYearStart('2021-05-01', 5)).toBe('2021-05-01');
    expect(numberingYearStart('2021-12-31', 1)).toBe('2021-01-01');
    expect(numberingYearStart('2021-03-31', 4)).toBe('2020-04-01');
  });

  it('continues from the earlier meetings of the same numbering year only', () => {
    const meetings = [
      { id: 'a', date: '2021-03-25', startTime: '10:00', mainItems: 7 },
      { id: 'b', date: '2021-04-22', startTime: '10:00', mainItems: 9 },
      { id: 'c', date: '2021-04-22', startTime: '14:00', mainItems: 3 },
      { id: 'd', date: '2021-06-10', startTime: '10:00', mainItems: 8 },
    ];
    const continuous = { mode: 'continuous', restartMonth: 5 } as const;
    expect(meetings.map((meeting) => firstMinuteNumber(meeting, meetings, continuous))).toEqual([1, 8, 17, 1]);
    expect(firstMinuteNumber(meetings[3]!, meetings, { ...continuous, restartMonth: 1 })).toBe(20);
    expect(firstMinuteNumber(meetings[2]!, meetings, { mode: 'per-meeting', restartMonth: 5 })).toBe(1);
    expect(numberAgenda([{ parentId: null }, { parentId: 'x' }, { parentId: null }], { firstNumber: 74 }).map((item) => item.number)).toEqual([
      '74',
      '74a',
      '75',
    ]);
  });
});

describe('createNextMeeting', () => {
  it('copies the agenda template, approves the previous minutes in the committee’s date style, and links the meetings', () => {
    const app = openTestApp();
    const { committee, meeting } = seedMeeting(app);
    app.handlers.updateHouseStyle({ committeeId: committee.id, dateStyle: 'ordinal' });
    app.handlers.updateAgendaItem({ itemId: app.handlers.getMeeting({ meetingId: meeting.id }).agenda[0]!.id, title: 'Welcome' });
    app.handlers.updateMeeting({ meetingId: meeting.id, nextMeetingDate: '2021-06-24' });

    const next = app.handlers.createNextMeeting({ meetingId: meeting.id });
    expect(next).toMatchObject({ date: '2021-06-24', startTime: '10:00', isVirtual: true, previousMeetingId: meeting.id, nextMeetingDate: null });
    const detail = app.handlers.getMeeting({ meetingId: next.id });
    expect(detail.agenda.map(({ title, kind }) => ({ title, kind }))).toEqual(committee.agendaTemplate);
    expect(detail.previousMeeting).toEqual({ id: meeting.id, date: '2021-03-25' });
    const minutesItem = detail.agenda.find((item) => item.kind === 'previous-minutes')!;
    expect(detail.byItem[minutesItem.id]!.resolutions).toMatchObject([
      { form: 'resolved', text: 'that the minutes of the meeting held on 25th March 2021 be agreed as a correct record.', parts: [], vote: null },
    ]);
  });

  it('words the date of next meeting in the closing item, and takes an explicit date, time and venue over the defaults', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    app.handlers.updateMeeting({ meetingId: meeting.id, nextMeetingDate: '2021-06-24' });
    const closing = composeMinutes(app.handlers.getMeeting({ meetingId: meeting.id }), { mode: 'full' }).items.at(-1)!;
    expect(closing.sections[0]!.blocks[0]).toMatchObject({
      kind: 'paragraph',
      runs: [{ text: 'The date of the next meeting was noted as 24 June 2021.' }],
      sentence: { key: 'next-meeting', isOverridden: false },
    });
    const next = app.handlers.createNextMeeting({ meetingId: meeting.id, date: '2021-07-01', startTime: '14:00', venue: 'Bromley Civic Centre', isVirtual: false, title: '' });
    expect(next).toMatchObject({ date: '2021-07-01', startTime: '14:00', venue: 'Bromley Civic Centre', isVirtual: false });
  });

  it('refuses with nothing written: no date, a date before the meeting, a second next meeting, an unknown meeting', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const before = counts(app);
    expect(app.dispatch('createNextMeeting', { meetingId: meeting.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'Give the date of the next meeting (or record it as this meeting’s date of next meeting).' },
    });
    expect(app.dispatch('createNextMeeting', { meetingId: meeting.id, date: '2021-03-24' })).toMatchObject({
      ok: false,
      error: { message: 'The next meeting must come after the meeting of 25 March 2021.' },
    });
    expect(app.dispatch('createNextMeeting', { meetingId: meeting.id, date: '2021-03-25', startTime: '09:00' })).toMatchObject({ ok: false });
    expect(app.dispatch('createNextMeeting', { meetingId: meeting.id, date: '2021-02-30' })).toMatchObject({ ok: false, error: { message: 'That date does not exist.' } });
    expect(app.dispatch('createNextMeeting', { meetingId: 'no-such-meeting', date: '2021-06-24' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(app.dispatch('updateMeeting', { meetingId: meeting.id, nextMeetingDate: '24/06/2021' })).toMatchObject({ ok: false });
    expect(counts(app)).toEqual(before);

    app.handlers.createNextMeeting({ meetingId: meeting.id, date: '2021-06-24' });
    const after = counts(app);
    expect(app.dispatch('createNextMeeting', { meetingId: meeting.id, date: '2021-07-24' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'The meeting after 25 March 2021 has already been created (24 June 2021).' },
    });
    expect(counts(app)).toEqual(after);
  });
});

describe('continuous numbering across a municipal year', () => {
  it('continues 9, 10… into the next meeting and restarts at 1 in May, in compose, search and the minute index alike', () => {
    const app = openTestApp();
    const { committee, meeting } = seedMeeting(app);
    app.handlers.updateCommittee({ committeeId: committee.id, minuteNumbering: { mode: 'continuous', restartMonth: 5 } });
    const march = app.handlers.getMeeting({ meetingId: meeting.id });
    const extra = app.handlers.addAgendaItem({ meetingId: meeting.id, title: 'Budget', afterItemId: march.agenda[4]!.id });
    app.handlers.addAgendaItem({ meetingId: meeting.id, title: 'Budget detail', afterItemId: extra.id });
    app.handlers.reorderAgenda({
      meetingId: meeting.id,
      order: app.handlers.getMeeting({ meetingId: meeting.id }).agenda.map((item) => ({
        id: item.id,
        parentId: item.title === 'Budget detail' ? extra.id : null,
      })),
    });
    expect(numbered(app, meeting.id).slice(4, 8)).toEqual(['5 MATTERS ARISING', '6 BUDGET', '6a Budget detail', '7 ANY OTHER BUSINESS']);

    const april = app.handlers.createNextMeeting({ meetingId: meeting.id, date: '2021-04-22' });
    expect(numbered(app, april.id)[0]).toBe('9 WELCOME AND INTRODUCTIONS');
    expect(app.handlers.getMeeting({ meetingId: april.id }).firstMinuteNumber).toBe(9);
    const may = app.handlers.createNextMeeting({ meetingId: april.id, date: '2021-05-20' });
    expect(numbered(app, may.id)[0]).toBe('1 WELCOME AND INTRODUCTIONS');
    const june = app.handlers.createNextMeeting({ meetingId: may.id, date: '2021-06-17' });
    expect(numbered(app, june.id).at(-1)).toBe('14 DATE OF NEXT MEETING');

    // Deleting an item in March renumbers April (derived, never stored), and not May.
    app.handlers.deleteAgendaItem({ itemId: extra.id });
    expect(numbered(app, april.id)[0]).toBe('8 WELCOME AND INTRODUCTIONS');
    expect(numbered(app, may.id)[0]).toBe('1 WELCOME AND INTRODUCTIONS');

    const aprilMatters = app.handlers.getMeeting({ meetingId: april.id }).agenda.find((item) => item.kind === 'matters-arising')!;
    expect(app.handlers.search({ query: 'matters arising', limit: 20 }).find((result) => result.item.id === aprilMatters.id)?.item.number).toBe('12');

    const index = app.handlers.listMinuteIndex({ meetingId: may.id });
    expect(index.filter((entry) => entry.meetingId === june.id)).toEqual([]);
    expect(index.slice(0, 2).map((entry) => [entry.meetingDate, entry.number])).toEqual([
      ['2021-05-20', '1'],
      ['2021-05-20', '2'],
    ]);
    expect(index.find((entry) => entry.itemId === aprilMatters.id)).toMatchObject({ meetingDate: '2021-04-22', number: '12', title: 'Matters arising' });
  });

  it('carries on the council’s own numbering in the committee’s first year in the app (the 2023 minutes run from 72)', () => {
    const app = openTestApp();
    const { committee, meeting } = seedMeeting(app);
    app.handlers.updateCommittee({ committeeId: committee.id, minuteNumbering: { mode: 'continuous', restartMonth: 5, carriedOn: { year: 2020, number: 72 } } });
    expect(app.handlers.getCommittee({ committeeId: committee.id }).committee.minuteNumbering.carriedOn).toEqual({ year: 2020, number: 72 });
    expect(numbered(app, meeting.id)[0]).toBe('72 WELCOME AND INTRODUCTIONS');
    const april = app.handlers.createNextMeeting({ meetingId: meeting.id, date: '2021-04-22' });
    expect(app.handlers.getMeeting({ meetingId: april.id }).firstMinuteNumber).toBe(72 + numbered(app, meeting.id).filter((line) => /^\d+ /.test(line)).length);
    const aprilMatters = app.handlers.getMeeting({ meetingId: april.id }).agenda.find((item) => item.kind === 'matters-arising')!;
    const number = composeMinutes(app.handlers.getMeeting({ meetingId: april.id }), { mode: 'full' }).items.find((item) => item.itemId === aprilMatters.id)!.number;
    expect(app.handlers.search({ query: 'matters arising', limit: 20 }).find((result) => result.item.id === aprilMatters.id)?.item.number).toBe(number);
    // The next numbering year starts at 1 again.
    const may = app.handlers.createNextMeeting({ meetingId: april.id, date: '2021-05-20' });
    expect(numbered(app, may.id)[0]).toBe('1 WELCOME AND INTRODUCTIONS');
    expect(app.dispatch('updateCommittee', { committeeId: committee.id, minuteNumbering: { mode: 'continuous', restartMonth: 5, carriedOn: { year: 2020, number: 0 } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('Minutes are numbered from 1.') },
    });
  });

  it('resolves "minute 12" in notes to this year’s minute, and to last year’s where this year has not reached it', () => {
    const app = openTestApp();
    const { committee, meeting } = seedMeeting(app);
    app.handlers.updateCommittee({ committeeId: committee.id, minuteNumbering: { mode: 'continuous', restartMonth: 5 } });
    const april = app.handlers.createNextMeeting({ meetingId: meeting.id, date: '2021-04-22' });
    const may = app.handlers.createNextMeeting({ meetingId: april.id, date: '2021-05-20' });
    const index = app.handlers.listMinuteIndex({ meetingId: may.id });

    const text = 'As agreed at minute 12 and Minute 3, see also minutes 40 and minute no. 5a.';
    expect(findMinuteReferences(text).map((reference) => [text.slice(reference.start, reference.end), reference.number])).toEqual([
      ['minute 12', '12'],
      ['Minute 3', '3'],
      ['minutes 40', '40'],
      ['minute no. 5a', '5a'],
    ]);
    const links = linkMinuteReferences(text, index, may.id);
    const aprilMatters = app.handlers.getMeeting({ meetingId: april.id }).agenda.find((item) => item.kind === 'matters-arising')!;
    expect(links[0]!.target).toMatchObject({ meetingId: april.id, itemId: aprilMatters.id, number: '12' });
    expect(links[1]!.target).toMatchObject({ meetingId: may.id, number: '3', title: 'Declarations of interest' });
    expect(links[2]!.target).toBeNull();
    expect(links[3]!.target).toBeNull();
    // Seen from April, which starts at 8, "minute 3" is March's third minute.
    expect(resolveMinuteReference('3', app.handlers.listMinuteIndex({ meetingId: april.id }), april.id)).toMatchObject({ meetingId: meeting.id });
  });
});
