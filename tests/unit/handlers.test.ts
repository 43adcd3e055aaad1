// Under test: electron/handlers/* through the dispatch gate, on a real SQLite file.
import { describe, expect, it } from 'vitest';
import { defaultAgendaTemplate } from '../../shared/domain.ts';
import { numberAgenda } from '../../shared/numbering.ts';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { openTestApp, seedMeeting } from './harness.ts';

const rowCounts = (app: ReturnType<typeof openTestApp>) =>
  Object.fromEntries(
    ['committees', 'members', 'meetings', 'agenda_items', 'attendees'].map((table) => [
      table,
      app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(),
    ]),
  );

describe('committees and roster', () => {
  it('creates a committee with the default agenda template and lists it', () => {
    const app = openTestApp();
    const committee = app.handlers.createCommittee({ name: '  School Governors ', defaultVenue: 'Library', defaultStartTime: '18:30' });
    expect(committee.name).toBe('School Governors');
    expect(committee.agendaTemplate).toEqual(defaultAgendaTemplate);
    expect(app.handlers.listCommittees({})).toEqual([
      expect.objectContaining({ id: committee.id, name: 'School Governors', memberCount: 0, meetingCount: 0 }),
    ]);
  });

  it('adds, edits, reorders and archives members; derives initials when none are given', () => {
    const app = openTestApp();
    const { committee, roster } = seedMeeting(app);
    expect(roster.map((m) => m.initials)).toEqual(['KL', 'JS', 'RP', 'SB']);
    const edited = app.handlers.updateMember({ memberId: roster[2]!.id, role: 'Head of Early Intervention', initials: 'RPa' });
    expect(edited).toMatchObject({ role: 'Head of Early Intervention', initials: 'RPa', name: 'Rachel Pankhurst' });
    const reordered = app.handlers.reorderMembers({ committeeId: committee.id, memberIds: [roster[3]!.id, roster[0]!.id, roster[1]!.id, roster[2]!.id] });
    expect(reordered.map((m) => m.name)).toEqual(['Inspector Stuart Baker', 'Councillor Kate Lymer', 'Joanne Stowell', 'Rachel Pankhurst']);
    app.handlers.updateMember({ memberId: roster[3]!.id, isArchived: true });
    const { members } = app.handlers.getCommittee({ committeeId: committee.id });
    expect(members.find((m) => m.id === roster[3]!.id)?.isArchived).toBe(true);
  });

  it('allows joint chairmen', () => {
    const app = openTestApp();
    const { roster } = seedMeeting(app);
    const second = app.handlers.updateMember({ memberId: roster[2]!.id, chairRole: 'chairman' });
    expect(second.chairRole).toBe('chairman');
  });

  it('edits the agenda template used by the next meeting', () => {
    const app = openTestApp();
    const { committee } = seedMeeting(app);
    app.handlers.updateCommittee({ committeeId: committee.id, agendaTemplate: [{ title: 'Welcome', kind: 'welcome' }, { title: 'Finance report', kind: 'general' }] });
    const meeting = app.handlers.createMeeting({ committeeId: committee.id, date: '2021-06-17', startTime: '10:00', venue: 'Bromley Civic Centre', isVirtual: false, title: '' });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).agenda.map((i) => i.title)).toEqual(['Welcome', 'Finance report']);
  });
});

describe('meetings', () => {
  it('creates a meeting whose agenda starts from the template, and lists meetings newest first', () => {
    const app = openTestApp();
    const { committee, meeting } = seedMeeting(app);
    const later = app.handlers.createMeeting({ committeeId: committee.id, date: '2021-06-17', startTime: '14:00', venue: 'Bromley Civic Centre', isVirtual: false, title: 'Extraordinary meeting' });
    const detail = app.handlers.getMeeting({ meetingId: meeting.id });
    expect(detail.agenda.map(({ title, kind }) => ({ title, kind }))).toEqual(defaultAgendaTemplate);
    expect(detail.meeting).toMatchObject({ date: '2021-03-25', isVirtual: true, status: 'draft' });
    expect(app.handlers.listMeetings({ committeeId: committee.id }).map((m) => m.id)).toEqual([later.id, meeting.id]);
  });

  it('records the start and end of the meeting', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    app.handlers.updateMeeting({ meetingId: meeting.id, startedAt: '10:02' });
    const ended = app.handlers.updateMeeting({ meetingId: meeting.id, endedAt: '11:00' });
    expect(ended).toMatchObject({ startedAt: '10:02', endedAt: '11:00' });
  });
});

describe('agenda', () => {
  it('adds, renames and saves notes, presenters and a post-meeting note', () => {
    const app = openTestApp();
    const { meeting, roster } = seedMeeting(app);
    const first = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[0]!;
    const added = app.handlers.addAgendaItem({ meetingId: meeting.id, title: 'Crime performance dashboard', afterItemId: first.id });
    const notes = richTextFromParagraphs(['The police updated partners.', '']);
    app.handlers.updateAgendaItem({
      itemId: added.id,
      title: 'Crime Performance Dashboard',
      notes,
      presenters: [{ memberId: roster[3]!.id }, { name: 'Superintendent Andy Brittain' }],
      postMeetingNote: 'The dashboard was circulated on 1 April.',
    });
    const agenda = app.handlers.getMeeting({ meetingId: meeting.id }).agenda;
    expect(agenda[1]).toMatchObject({
      id: added.id,
      title: 'Crime Performance Dashboard',
      notes,
      presenters: [{ memberId: roster[3]!.id }, { name: 'Superintendent Andy Brittain' }],
      postMeetingNote: 'The dashboard was circulated on 1 April.',
    });
  });

  it('numbers sub-items 7a, 7b under item 7 after reordering and indenting', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const [a, b] = [
      app.handlers.addAgendaItem({ meetingId: meeting.id, title: 'Safer Neighbourhoods' }),
      app.handlers.addAgendaItem({ meetingId: meeting.id, title: 'VAWG' }),
    ];
    const agenda = app.handlers.getMeeting({ meetingId: meeting.id }).agenda;
    const strategy = agenda[5]!; // Any other business sits 6th; make "Safer" and "VAWG" its sub-items after moving them up
    const order = agenda.map(({ id, parentId }) => ({ id, parentId }));
    const withoutNew = order.filter((entry) => entry.id !== a.id && entry.id !== b.id);
    const insertAt = withoutNew.findIndex((entry) => entry.id === strategy.id) + 1;
    withoutNew.splice(insertAt, 0, { id: a.id, parentId: strategy.id }, { id: b.id, parentId: strategy.id });
    const reordered = app.handlers.reorderAgenda({ meetingId: meeting.id, order: withoutNew });
    expect(numberAgenda(reordered).map((item) => `${item.number} ${item.title}`)).toEqual([
      '1 Welcome and introductions',
      '2 Apologies for absence',
      '3 Declarations of interest',
      '4 Minutes of the previous meeting',
      '5 Matters arising',
      '6 Any other business',
      '6a Safer Neighbourhoods',
      '6b VAWG',
      '7 Date of next meeting',
    ]);
  });

  it('refuses an order that puts a sub-item first or drops an item, changing nothing', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const agenda = app.handlers.getMeeting({ meetingId: meeting.id }).agenda;
    const order = agenda.map(({ id }) => ({ id, parentId: null as string | null }));
    order[0] = { id: order[0]!.id, parentId: order[1]!.id };
    expect(app.dispatch('reorderAgenda', { meetingId: meeting.id, order })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'A sub-item must sit directly under a main item.' },
    });
    expect(app.dispatch('reorderAgenda', { meetingId: meeting.id, order: order.slice(1) })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).agenda).toEqual(agenda);
  });

  it('deletes an item with its sub-items and restores them on undo', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const agenda = app.handlers.getMeeting({ meetingId: meeting.id }).agenda;
    const parent = agenda[4]!;
    const child = app.handlers.addAgendaItem({ meetingId: meeting.id, title: 'Action log', afterItemId: parent.id });
    app.handlers.reorderAgenda({
      meetingId: meeting.id,
      order: app.handlers.getMeeting({ meetingId: meeting.id }).agenda.map(({ id }) => ({ id, parentId: id === child.id ? parent.id : null })),
    });
    expect(app.handlers.deleteAgendaItem({ itemId: parent.id }).deletedIds).toEqual([parent.id, child.id]);
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).agenda.map((i) => i.id)).not.toContain(child.id);
    expect(app.dispatch('updateAgendaItem', { itemId: parent.id, title: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const restored = app.handlers.restoreAgendaItem({ itemId: parent.id });
    expect(numberAgenda(restored).map((i) => `${i.number} ${i.title}`).slice(4, 6)).toEqual(['5 Matters arising', '5a Action log']);
  });
});

describe('attendance', () => {
  it('lists every roster member as unmarked, then records present, apologies, a substitute and a guest', () => {
    const app = openTestApp();
    const { meeting, roster } = seedMeeting(app);
    const id = meeting.id;
    expect(app.handlers.getMeeting({ meetingId: id }).attendance.map((a) => a.status)).toEqual(['unmarked', 'unmarked', 'unmarked', 'unmarked']);
    app.handlers.setAttendance({ meetingId: id, who: { memberId: roster[0]!.id }, status: 'present' });
    app.handlers.setAttendance({ meetingId: id, who: { memberId: roster[1]!.id }, status: 'apologies' });
    const substitute = app.handlers.addAttendee({ meetingId: id, name: "Jamie O'Malley", role: 'LBB Early Intervention', organisation: '', status: 'substitute', substituteForMemberId: roster[2]!.id });
    app.handlers.addAttendee({ meetingId: id, name: 'Anthony Baldock', role: 'Public Protection Division', organisation: '', status: 'also_present', substituteForMemberId: null });
    const attendance = app.handlers.getMeeting({ meetingId: id }).attendance;
    expect(attendance.map((a) => [a.name, a.status])).toEqual([
      ['Councillor Kate Lymer', 'present'],
      ['Joanne Stowell', 'apologies'],
      ['Rachel Pankhurst', 'apologies'],
      ['Inspector Stuart Baker', 'unmarked'],
      ["Jamie O'Malley", 'substitute'],
      ['Anthony Baldock', 'also_present'],
    ]);
    expect(attendance[4]).toMatchObject({ attendeeId: substitute.attendeeId, substituteForMemberId: roster[2]!.id });
  });

  it('records a late arrival and an early departure during an item', () => {
    const app = openTestApp();
    const { meeting, roster } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
    app.handlers.setAttendance({ meetingId: meeting.id, who: { memberId: roster[3]!.id }, status: 'present', arrivedAt: '10:20' });
    const entry = app.handlers.setAttendance({ meetingId: meeting.id, who: { memberId: roster[3]!.id }, leftAt: '10:45', leftDuringItemId: item.id });
    expect(entry).toMatchObject({ status: 'present', arrivedAt: '10:20', leftAt: '10:45', leftDuringItemId: item.id });
  });

  it('keeps a member who left the roster in the meetings they attended, and only there', () => {
    const app = openTestApp();
    const { committee, meeting, roster } = seedMeeting(app);
    app.handlers.setAttendance({ meetingId: meeting.id, who: { memberId: roster[3]!.id }, status: 'present' });
    app.handlers.updateMember({ memberId: roster[3]!.id, isArchived: true });
    const next = app.handlers.createMeeting({ committeeId: committee.id, date: '2021-06-17', startTime: '10:00', venue: '', isVirtual: true, title: '' });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).attendance.map((a) => a.name)).toContain('Inspector Stuart Baker');
    expect(app.handlers.getMeeting({ meetingId: next.id }).attendance.map((a) => a.name)).not.toContain('Inspector Stuart Baker');
  });

  it('refuses a guest status for a roster member and a member of another committee', () => {
    const app = openTestApp();
    const { meeting, roster } = seedMeeting(app);
    const other = app.handlers.createCommittee({ name: 'Trustees', defaultVenue: '', defaultStartTime: '10:00' });
    const stranger = app.handlers.addMember({ committeeId: other.id, name: 'Pat Stranger', role: '', organisation: '', initials: '', chairRole: null });
    const before = rowCounts(app);
    expect(app.dispatch('setAttendance', { meetingId: meeting.id, who: { memberId: roster[0]!.id }, status: 'also_present' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(app.dispatch('setAttendance', { meetingId: meeting.id, who: { memberId: stranger.id }, status: 'present' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'That person is not on this committee’s roster.' } });
    expect(rowCounts(app)).toEqual(before);
  });

  it('removes a guest but not a roster member', () => {
    const app = openTestApp();
    const { meeting, roster } = seedMeeting(app);
    const guest = app.handlers.addAttendee({ meetingId: meeting.id, name: 'Guest', role: '', organisation: '', status: 'in_attendance', substituteForMemberId: null });
    app.handlers.removeAttendee({ attendeeId: guest.attendeeId! });
    const member = app.handlers.setAttendance({ meetingId: meeting.id, who: { memberId: roster[0]!.id }, status: 'absent' });
    expect(app.dispatch('removeAttendee', { attendeeId: member.attendeeId })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).attendance.map((a) => a.name)).not.toContain('Guest');
  });
});

describe('the dispatch gate', () => {
  it('rejects unknown methods and invalid input with {code, message}, writing nothing', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const before = rowCounts(app);
    expect(app.dispatch('dropAllTables', {})).toEqual({ ok: false, error: { code: 'unknown-method', message: 'There is no method called dropAllTables.' } });
    expect(app.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(app.dispatch('createCommittee', { name: '' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Committee name is required.' } });
    expect(app.dispatch('createCommittee', { name: 'Ok', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(app.dispatch('createMeeting', { committeeId: 'x', date: '2021-02-30', startTime: '10:00' })).toMatchObject({ ok: false, error: { message: 'That date does not exist.' } });
    expect(app.dispatch('createMeeting', { committeeId: 'x', date: '2021-02-03', startTime: '25:00' })).toMatchObject({ ok: false, error: { message: 'Times are written HH:MM on the 24-hour clock.' } });
    expect(app.dispatch('addMember', { committeeId: meeting.committeeId, name: 'Bell\u0007 Ringer', role: '', organisation: '', initials: '', chairRole: null })).toMatchObject({ ok: false, error: { message: 'Name contains a control character.' } });
    expect(app.dispatch('updateAgendaItem', { itemId: 'x', notes: { type: 'doc', content: [{ type: 'heading', content: [] }] } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(app.dispatch('getMeeting', null)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(app.dispatch('getMeeting', { meetingId: 'missing' })).toEqual({ ok: false, error: { code: 'not-found', message: 'That meeting no longer exists.' } });
    expect(rowCounts(app)).toEqual(before);
  });

  it('accepts odd but honest text: emoji, right-to-left script and a megabyte paragraph', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[0]!;
    const notes = richTextFromParagraphs(['Thanks 🎉 to all', 'مرحبا بالجميع', 'x'.repeat(1_000_000), '<script>alert(1)</script>']);
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, notes })).toMatchObject({ ok: true });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).agenda[0]!.notes).toEqual(notes);
  });

  it('leaves nothing behind when a transaction fails part-way', () => {
    const app = openTestApp();
    const { meeting, roster } = seedMeeting(app);
    const before = rowCounts(app);
    // The substitute's absentee row is written first; the failing insert after it must undo that too.
    app.db.exec(`CREATE TRIGGER refuse_guests BEFORE INSERT ON attendees WHEN NEW.member_id IS NULL
                 BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const result = app.dispatch('addAttendee', { meetingId: meeting.id, name: 'Sub', status: 'substitute', substituteForMemberId: roster[2]!.id });
    expect(result).toMatchObject({ ok: false });
    expect(rowCounts(app)).toEqual(before);
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).attendance[2]!.status).toBe('unmarked');
  });
});
