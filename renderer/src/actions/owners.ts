import { actionOwnerLabel } from '../../../shared/compose/index.ts';
import type { Action, ActionOwner, AttendanceEntry, Member } from '../../../shared/domain.ts';
import { personLabel } from '../../../shared/compose/people.ts';

// Who can own an action, and how each appears in the minutes' Action column ("JS", "Partners").

export type OwnerOption = { value: string; label: string; short: string };
export type OwnerChoices = { members: OwnerOption[]; guests: OwnerOption[]; groups: string[] };

/** The select's value for an owner: "member:<id>", "attendee:<id>" or "group". */
export function ownerValue(owner: ActionOwner | null): string {
  if (!owner) return '';
  if ('memberId' in owner) return `member:${owner.memberId}`;
  if ('attendeeId' in owner) return `attendee:${owner.attendeeId}`;
  return 'group';
}

/** The owner a select value names; a group takes its name from the text beside the select. */
export function ownerFromValue(value: string, group: string): ActionOwner | null {
  if (value.startsWith('member:')) return { memberId: value.slice('member:'.length) };
  if (value.startsWith('attendee:')) return { attendeeId: value.slice('attendee:'.length) };
  if (value === 'group' && group.trim()) return { group: group.trim() };
  return null;
}

// What each choice shows is exactly what the minutes' Action column will print.
const memberShort = (member: Member) => actionOwnerLabel({ memberId: member.id }, [member], []);

/** Usual groups first, then any the meeting has already used. */
const usualGroups = ['Partners', 'All members', 'Officers', 'Clerk'];

export function ownerChoices(members: Member[], attendance: AttendanceEntry[], actions: Action[]): OwnerChoices {
  // Former members stay choosable only where an action already names them.
  const named = new Set(actions.flatMap((action) => ('memberId' in action.owner ? [action.owner.memberId] : [])));
  const used = actions.flatMap((action) => ('group' in action.owner ? [action.owner.group.trim()] : []));
  return {
    members: members
      .filter((member) => !member.isArchived || named.has(member.id))
      .map((member) => ({ value: `member:${member.id}`, label: personLabel(member), short: memberShort(member) })),
    guests: attendance
      .filter((entry) => entry.attendeeId && !entry.memberId)
      .map((entry) => ({
        value: `attendee:${entry.attendeeId}`,
        label: `${entry.name}${entry.status === 'substitute' ? ' (substitute)' : ''}`,
        short: actionOwnerLabel({ attendeeId: entry.attendeeId! }, [], [entry]),
      })),
    groups: [...new Set([...usualGroups, ...used].filter(Boolean))],
  };
}
