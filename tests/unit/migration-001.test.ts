// Under test: migration 1 (electron/store/migrations/001-…): an empty file — what the app finds
// on its first start — becomes a data file for committees, rosters, meetings, agendas and attendance.
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/store/migrations/index.ts';
import { openTestApp, seedMeeting } from './harness.ts';
import { columnsOf, fileAtVersion, insert } from './schema-history.ts';

describe('migration 1', () => {
  it('turns an empty file into one that holds a committee, its roster, a meeting, its agenda and its attendance', () => {
    const app = openTestApp(fileAtVersion(0));
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(columnsOf(app.db, 'attendees')).toEqual(expect.arrayContaining(['meeting_id', 'member_id', 'status', 'substitute_for_member_id', 'arrived_during_item_id']));

    const { committee, roster, meeting } = seedMeeting(app);
    app.handlers.setAttendance({ meetingId: meeting.id, who: { memberId: roster[0]!.id }, status: 'present' });
    const detail = app.handlers.getMeeting({ meetingId: meeting.id });
    expect(detail.committee.name).toBe(committee.name);
    expect(detail.agenda.map((item) => item.kind)).toEqual(committee.agendaTemplate.map((item) => item.kind));
    expect(detail.attendance.find((entry) => entry.memberId === roster[0]!.id)?.status).toBe('present');
    // The file itself refuses what the app never writes.
    expect(() => insert(app.db, 'attendees', { id: 'x', meeting_id: meeting.id, name: 'Someone', status: 'late', position: 9 })).toThrow(/CHECK/);
  });
});
