import type { AttendanceEntry, ReferTo } from '../domain.ts';

// How the minutes describe people: in lists by name with their role, in sentences by name or by
// role as the committee's house style says.

/** " (Role, Organisation)"; the organisation is left out where the role already names it. */
export function bracketed(role: string, organisation: string): string {
  const cleanRole = role.trim();
  const cleanOrganisation = organisation.trim();
  const parts = [cleanRole];
  if (cleanOrganisation && !cleanRole.toLocaleLowerCase('en-GB').includes(cleanOrganisation.toLocaleLowerCase('en-GB'))) {
    parts.push(cleanOrganisation);
  }
  const inner = parts.filter(Boolean).join(', ');
  return inner ? ` (${inner})` : '';
}

/** "Councillor Kate Lymer (Portfolio Holder for Public Protection and Enforcement)". */
export function describe(entry: Pick<AttendanceEntry, 'name' | 'role' | 'organisation'>): string {
  return `${entry.name.trim()}${bracketed(entry.role, entry.organisation)}`;
}

/**
 * The person as the subject or object of a sentence: "Jane Smith", or by role "the Chairman",
 * "the LBB Community Safety Manager" (falling back to the name where no role is known).
 */
export function refer(entry: Pick<AttendanceEntry, 'name' | 'role' | 'chairRole'>, referTo: ReferTo): string {
  if (referTo === 'role') {
    if (entry.chairRole === 'chairman') return 'the Chairman';
    if (entry.chairRole === 'vice-chairman') return 'the Vice-Chairman';
    if (entry.role.trim()) return `the ${entry.role.trim()}`;
  }
  return entry.name.trim();
}

/** A stable key for a person within a meeting: their roster id, else their attendee id. */
export function personKey(entry: Pick<AttendanceEntry, 'memberId' | 'attendeeId' | 'name'>): string {
  return entry.memberId ?? entry.attendeeId ?? entry.name;
}
