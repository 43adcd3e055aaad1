import type { AttendanceStatus } from '../../shared/domain.ts';
import type { Db } from './database.ts';

export type Attendee = {
  id: string;
  meetingId: string;
  memberId: string | null;
  name: string;
  role: string;
  organisation: string;
  status: AttendanceStatus;
  substituteForMemberId: string | null;
  arrivedAt: string | null;
  arrivedDuringItemId: string | null;
  leftAt: string | null;
  leftDuringItemId: string | null;
  position: number;
};

type AttendeeRow = {
  id: string;
  meeting_id: string;
  member_id: string | null;
  name: string;
  role: string;
  organisation: string;
  status: AttendanceStatus;
  substitute_for_member_id: string | null;
  arrived_at: string | null;
  arrived_during_item_id: string | null;
  left_at: string | null;
  left_during_item_id: string | null;
  position: number;
  deleted_at: string | null;
};

const toAttendee = (row: AttendeeRow): Attendee => ({
  id: row.id,
  meetingId: row.meeting_id,
  memberId: row.member_id,
  name: row.name,
  role: row.role,
  organisation: row.organisation,
  status: row.status,
  substituteForMemberId: row.substitute_for_member_id,
  arrivedAt: row.arrived_at,
  arrivedDuringItemId: row.arrived_during_item_id,
  leftAt: row.left_at,
  leftDuringItemId: row.left_during_item_id,
  position: row.position,
});

export function insertAttendee(db: Db, attendee: Attendee): void {
  db.prepare(
    `INSERT INTO attendees (id, meeting_id, member_id, name, role, organisation, status, substitute_for_member_id,
       arrived_at, arrived_during_item_id, left_at, left_during_item_id, position)
     VALUES (@id, @meetingId, @memberId, @name, @role, @organisation, @status, @substituteForMemberId,
       @arrivedAt, @arrivedDuringItemId, @leftAt, @leftDuringItemId, @position)`,
  ).run(attendee);
}

export function updateAttendeeRow(db: Db, attendee: Attendee): void {
  db.prepare(
    `UPDATE attendees SET name = @name, role = @role, organisation = @organisation, status = @status,
       substitute_for_member_id = @substituteForMemberId, arrived_at = @arrivedAt,
       arrived_during_item_id = @arrivedDuringItemId, left_at = @leftAt,
       left_during_item_id = @leftDuringItemId WHERE id = @id`,
  ).run(attendee);
}

/** Deleted (a guest removed from the list) or not: the handlers decide what a removed one may still do. */
export function findAttendee(db: Db, id: string): (Attendee & { deletedAt: string | null }) | undefined {
  const row = db.prepare('SELECT * FROM attendees WHERE id = ?').get(id) as AttendeeRow | undefined;
  return row && { ...toAttendee(row), deletedAt: row.deleted_at };
}

export function findMemberAttendee(db: Db, meetingId: string, memberId: string): Attendee | undefined {
  const row = db
    .prepare('SELECT * FROM attendees WHERE meeting_id = ? AND member_id = ?')
    .get(meetingId, memberId) as AttendeeRow | undefined;
  return row && toAttendee(row);
}

export function listAttendees(db: Db, meetingId: string): Attendee[] {
  const rows = db
    .prepare('SELECT * FROM attendees WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position')
    .all(meetingId) as AttendeeRow[];
  return rows.map(toAttendee);
}

export function nextAttendeePosition(db: Db, meetingId: string): number {
  const row = db
    .prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM attendees WHERE meeting_id = ?')
    .get(meetingId) as { next: number };
  return row.next;
}
