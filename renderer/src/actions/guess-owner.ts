import type { ActionOwner, AttendanceEntry } from '../../../shared/domain.ts';

// Who a sentence of the notes gives a task to, for an action made from it (Ctrl+Shift+A): the
// first person it names — by full name, surname ("Inspector Baker") or post ("the Community Safety
// Manager") — among those at the meeting; "Partners" when it names partners and no one else.

type Person = Pick<AttendanceEntry, 'memberId' | 'attendeeId' | 'name' | 'role' | 'status'>;

const titles = /^(councillor|cllr|mr|mrs|ms|miss|dr|inspector|chief|superintendent|detective|sergeant|commander|sir|dame|professor)$/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where in `sentence` the person is first named, or -1. */
function firstMention(sentence: string, person: Person): number {
  const words = person.name.trim().split(/\s+/).filter((word) => !titles.test(word));
  const surname = words.at(-1);
  const forms = [person.name.trim(), words.join(' '), ...(surname && surname.length >= 3 ? [surname] : []), ...(person.role.trim().length >= 6 ? [person.role.trim()] : [])];
  let best = -1;
  for (const form of forms.filter(Boolean)) {
    const match = new RegExp(`(^|[^\\p{L}])${escape(form)}(?![\\p{L}])`, 'iu').exec(sentence);
    if (match && (best < 0 || match.index < best)) best = match.index;
  }
  return best;
}

export function guessOwner(sentence: string, attendance: readonly Person[]): ActionOwner | null {
  let best: { at: number; owner: ActionOwner } | null = null;
  for (const person of attendance) {
    if (person.status === 'apologies' || person.status === 'absent') continue;
    const at = firstMention(sentence, person);
    if (at < 0 || (best && best.at <= at)) continue;
    const owner: ActionOwner | null = person.memberId ? { memberId: person.memberId } : person.attendeeId ? { attendeeId: person.attendeeId } : null;
    if (owner) best = { at, owner };
  }
  if (best) return best.owner;
  return /\bpartners\b/i.test(sentence) ? { group: 'Partners' } : null;
}

/** The sentence the caret is in, or the one it has just finished ("…the figures.|"). */
export function sentenceAt(text: string, offset: number): string {
  const before = text.slice(0, offset).trimEnd();
  const isJustFinished = /[.!?]$/.test(before);
  const head = isJustFinished ? before.slice(0, -1) : before;
  const start = Math.max(head.search(/[^.!?]*$/), 0);
  if (isJustFinished) return before.slice(start).trim();
  const next = /[.!?](\s|$)/.exec(text.slice(offset));
  return text.slice(start, next ? offset + next.index + 1 : text.length).trim();
}
