// Under test: migration 2 (electron/store/migrations/002-…): a data file written by version 1 — a
// committee with its roster, a meeting with an agenda and attendance — opens with all of it intact,
// the house style at its defaults, and its items ready for resolutions, actions, papers and Part 2.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/store/migrations/index.ts';
import { defaultHouseStyle } from '../../shared/domain.ts';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { openTestApp } from './harness.ts';
import { columnsOf, fileAtVersion, insert } from './schema-history.ts';

const now = '2021-03-01T09:00:00.000Z';
const notes = JSON.stringify(richTextFromParagraphs(['The Chairman welcomed everyone.']));

function versionOneFile(): string {
  return fileAtVersion(1, (db) => {
    insert(db, 'committees', {
      id: 'c1', name: 'Safer Bromley Partnership', default_venue: 'Bromley Civic Centre', default_start_time: '14:00',
      agenda_template: JSON.stringify([{ title: 'Welcome', kind: 'welcome' }, { title: 'Community safety', kind: 'general' }]),
      created_at: now, updated_at: now,
    });
    insert(db, 'members', { id: 'kl', committee_id: 'c1', name: 'Councillor Kate Lymer', role: 'Portfolio Holder', initials: 'KL', chair_role: 'chairman', position: 0 });
    insert(db, 'members', { id: 'js', committee_id: 'c1', name: 'Joanne Stowell', organisation: 'LBB', initials: 'JS', chair_role: 'vice-chairman', position: 1 });
    insert(db, 'members', { id: 'rp', committee_id: 'c1', name: 'Rachel Pankhurst', position: 2, is_archived: 1 });
    insert(db, 'meetings', { id: 'g1', committee_id: 'c1', date: '2021-03-25', start_time: '14:00', venue: 'Virtual', is_virtual: 1, status: 'draft', started_at: '14:02', created_at: now, updated_at: now });
    insert(db, 'agenda_items', { id: 'a1', meeting_id: 'g1', position: 0, kind: 'welcome', title: 'Welcome', notes, updated_at: now });
    insert(db, 'agenda_items', { id: 'a2', meeting_id: 'g1', position: 1, title: 'Community safety', presenters: JSON.stringify([{ memberId: 'js' }, { name: 'Inspector Baker' }]), notes, post_meeting_note: 'The plan was circulated.', updated_at: now });
    insert(db, 'agenda_items', { id: 'a2a', meeting_id: 'g1', parent_id: 'a2', position: 2, title: 'CCTV', notes, updated_at: now });
    insert(db, 'agenda_items', { id: 'gone', meeting_id: 'g1', position: 3, title: 'Withdrawn item', notes, deleted_at: now, updated_at: now });
    insert(db, 'attendees', { id: 't1', meeting_id: 'g1', member_id: 'kl', status: 'present', position: 0 });
    insert(db, 'attendees', { id: 't2', meeting_id: 'g1', member_id: 'js', status: 'apologies', position: 1 });
    insert(db, 'attendees', { id: 't3', meeting_id: 'g1', name: 'Dawn Helps', status: 'substitute', substitute_for_member_id: 'js', position: 2 });
    insert(db, 'attendees', { id: 't4', meeting_id: 'g1', name: 'Andy Brittain', role: 'Superintendent', status: 'in_attendance', arrived_at: '14:20', arrived_during_item_id: 'a2', position: 3 });
  });
}

describe('migration 2', () => {
  it('keeps a version 1 file’s roster, agenda and attendance, with the house style at its defaults', () => {
    const app = openTestApp(versionOneFile());
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);

    const { committee, members } = app.handlers.getCommittee({ committeeId: 'c1' });
    expect(committee).toMatchObject({ name: 'Safer Bromley Partnership', defaultVenue: 'Bromley Civic Centre', defaultStartTime: '14:00' });
    expect(committee.agendaTemplate).toEqual([{ title: 'Welcome', kind: 'welcome' }, { title: 'Community safety', kind: 'general' }]);
    expect(members.map(({ id, chairRole, isArchived }) => ({ id, chairRole, isArchived }))).toEqual([
      { id: 'kl', chairRole: 'chairman', isArchived: false },
      { id: 'js', chairRole: 'vice-chairman', isArchived: false },
      { id: 'rp', chairRole: null, isArchived: true },
    ]);

    const detail = app.handlers.getMeeting({ meetingId: 'g1' });
    expect(detail.meeting).toMatchObject({ date: '2021-03-25', startTime: '14:00', venue: 'Virtual', isVirtual: true, startedAt: '14:02' });
    expect(detail.agenda.map(({ id, parentId, title }) => ({ id, parentId, title }))).toEqual([
      { id: 'a1', parentId: null, title: 'Welcome' },
      { id: 'a2', parentId: null, title: 'Community safety' },
      { id: 'a2a', parentId: 'a2', title: 'CCTV' },
    ]);
    expect(detail.agenda[1]).toMatchObject({ presenters: [{ memberId: 'js' }, { name: 'Inspector Baker' }], postMeetingNote: 'The plan was circulated.', notes: JSON.parse(notes) });
    const attendance = Object.fromEntries(detail.attendance.map((entry) => [entry.name, entry]));
    expect(attendance['Councillor Kate Lymer']).toMatchObject({ attendeeId: 't1', status: 'present', chairRole: 'chairman' });
    expect(attendance['Joanne Stowell']).toMatchObject({ attendeeId: 't2', status: 'apologies' });
    expect(attendance['Dawn Helps']).toMatchObject({ status: 'substitute', substituteForMemberId: 'js' });
    expect(attendance['Andy Brittain']).toMatchObject({ status: 'in_attendance', arrivedAt: '14:20', arrivedDuringItemId: 'a2' });

    // What migration 2 added: the house style, at its defaults until changed, and an empty record for every live item.
    expect(detail.houseStyle).toEqual(defaultHouseStyle);
    expect(Object.keys(detail.byItem).sort()).toEqual(['a1', 'a2', 'a2a']);
    expect(columnsOf(app.db, 'actions')).toEqual(expect.arrayContaining(['resolution_id', 'owner_member_id', 'owner_attendee_id', 'owner_name', 'due_date', 'status']));
    const resolution = app.handlers.addResolution({ itemId: 'a2', resolutionId: randomUUID(), form: 'resolved', text: 'that:', parts: ['the plan be agreed', 'the cameras be replaced'] });
    const action = app.handlers.addAction({ itemId: 'a2', actionId: randomUUID(), resolutionId: resolution.id, description: 'Report back on the cameras', owner: { attendeeId: 't4' }, dueDate: '2021-06-01' });
    expect(app.handlers.getMeeting({ meetingId: 'g1' }).byItem['a2']).toMatchObject({
      resolutions: [{ id: resolution.id, parts: ['the plan be agreed', 'the cameras be replaced'] }],
      actions: [{ id: action.id, owner: { attendeeId: 't4' }, dueDate: '2021-06-01' }],
    });
  });
});
