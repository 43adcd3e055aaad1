import type { AttendanceEntry, Member } from '../../shared/domain.ts';
import { listAttendees, type Attendee } from '../store/attendees.ts';
import type { Db } from '../store/database.ts';

// The tick-list as the screen and the minutes read it: roster members joined with what was
// recorded for them, then substitutes and guests.

/**
 * The tick-list: every current roster member (recorded or not), members who have since left the
 * roster but were recorded at this meeting, then substitutes and guests in the order added.
 */
export function buildAttendance(db: Db, meetingId: string, members: Member[]): AttendanceEntry[] {
  const rows = listAttendees(db, meetingId);
  const rowByMember = new Map(rows.filter((row) => row.memberId).map((row) => [row.memberId!, row]));
  const entries: AttendanceEntry[] = [];
  for (const member of members) {
    const row = rowByMember.get(member.id);
    if (member.isArchived && !row) continue;
    entries.push(memberEntry(member, row));
  }
  for (const row of rows) if (!row.memberId) entries.push(guestEntry(row));
  return entries;
}

export function memberEntry(member: Member, row: Attendee | undefined): AttendanceEntry {
  return {
    attendeeId: row?.id ?? null,
    memberId: member.id,
    name: member.name,
    role: member.role,
    organisation: member.organisation,
    chairRole: member.chairRole,
    status: row?.status ?? 'unmarked',
    substituteForMemberId: null,
    arrivedAt: row?.arrivedAt ?? null,
    arrivedDuringItemId: row?.arrivedDuringItemId ?? null,
    leftAt: row?.leftAt ?? null,
    leftDuringItemId: row?.leftDuringItemId ?? null,
  };
}

export function guestEntry(row: Attendee): AttendanceEntry {
  return {
    attendeeId: row.id,
    memberId: null,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    chairRole: null,
    status: row.status,
    substituteForMemberId: row.substituteForMemberId,
    arrivedAt: row.arrivedAt,
    arrivedDuringItemId: row.arrivedDuringItemId,
    leftAt: row.leftAt,
    leftDuringItemId: row.leftDuringItemId,
  };
}
