import type { AttendanceEntry, ReferTo } from '../domain.ts';

// How the minutes describe people: in lists by name with their role, in sentences by name or by
// role as the committee's house style says. A member may be known only by post ("Assistant
// Director for Housing"): the council's minutes then write the post where a name would stand —
// "The Head of Service (Trading Standards & Commercial Regulation) responded", never a made-up name.

type Person = Pick<AttendanceEntry, 'name' | 'role' | 'organisation'>;

/** The message for a roster entry with neither: there would be nothing to call them in the minutes. */
export const nameOrPostRequired = 'Give the member a name or a post (Role or title).';

/** Whether there is anything to call this person by. */
export function hasNameOrPost(person: Pick<Person, 'name' | 'role'>): boolean {
  return person.name.trim() !== '' || person.role.trim() !== '';
}

/** True when the organisation adds nothing to the role ("LBB Head of Housing" at "LBB"). */
function roleNames(role: string, organisation: string): boolean {
  return role.toLocaleLowerCase('en-GB').includes(organisation.toLocaleLowerCase('en-GB'));
}

/** " (Role, Organisation)"; the organisation is left out where the role already names it. */
export function bracketed(role: string, organisation: string): string {
  const cleanRole = role.trim();
  const cleanOrganisation = organisation.trim();
  const parts = [cleanRole];
  if (cleanOrganisation && !roleNames(cleanRole, cleanOrganisation)) parts.push(cleanOrganisation);
  const inner = parts.filter(Boolean).join(', ');
  return inner ? ` (${inner})` : '';
}

/**
 * Who someone is, in a few words, wherever a name is shown: the name, or for a member known only
 * by post the post and its organisation, "Assistant Director for Housing (LB Bromley)".
 */
export function personLabel(person: Person): string {
  const name = person.name.trim();
  if (name) return name;
  const post = person.role.trim();
  const organisation = person.organisation.trim();
  return organisation && !roleNames(post, organisation) ? `${post} (${organisation})` : post;
}

/** "Councillor Kate Lymer (Portfolio Holder for Public Protection and Enforcement)"; by post alone, "Assistant Director for Housing (LB Bromley)". */
export function describe(entry: Person): string {
  return entry.name.trim() ? `${entry.name.trim()}${bracketed(entry.role, entry.organisation)}` : personLabel(entry);
}

/**
 * The same within running text, where a post needs its article: "Apologies for absence were
 * received from the Assistant Director for Housing (LB Bromley)"; a name reads as in a list.
 */
export function describeInSentence(entry: Person): string {
  return entry.name.trim() ? describe(entry) : `the ${personLabel(entry)}`;
}

/**
 * The person as the subject or object of a sentence: "Jane Smith", or by role "the Chairman",
 * "the LBB Community Safety Manager" (falling back to the name where no role is known). Someone
 * known only by post is "the Assistant Director for Housing" whatever the house style.
 */
export function refer(entry: Pick<AttendanceEntry, 'name' | 'role' | 'chairRole'>, referTo: ReferTo): string {
  if (referTo === 'role' || !entry.name.trim()) {
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
