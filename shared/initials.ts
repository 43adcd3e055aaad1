import type { Member } from './domain.ts';

// Initials stand for people in the Action column of the minutes, so two people must never share
// them: "LB" beside an action would not say who is to do it. Initials the secretary types are
// kept as typed (the roster flags a clash); initials the app works out are made unique.

type Person = Pick<Member, 'name' | 'role'>;

// Titles and ranks before a name, skipped whatever comes with them: "Chief Superintendent Andy
// Brittain" is AB as "Superintendent Luke Baldock" is LB.
const honorifics =
  /^(councillor|cllr|mr|mrs|ms|miss|mx|dr|inspector|chief|superintendent|supt|detective|sergeant|constable|commander|deputy|assistant|sir|dame|lord|lady|professor|prof|reverend|rev|canon|alderman)\.?$/i;

// Small words of a post that no one would put in its initials: "Assistant Director for Housing" is ADH.
const minorWords = /^(for|of|and|the|in|on|to|at|with|a|an|&)$/i;

const letters = (word: string) => [...word].filter((character) => /\p{L}/u.test(character));

/** "Joanne Stowell" → "JS"; titles such as "Councillor" are skipped. For the Action column. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word && !honorifics.test(word))
    .map((word) => [...word][0]!.toUpperCase())
    .join('')
    .slice(0, 4);
}

/** The words a post's initials come from: "Assistant Director: Public Protection" → Assistant, Director, Public, Protection. */
function postWords(post: string): string[] {
  return post
    .split(/[\s:,;/()–—-]+/)
    .filter((word) => letters(word).length > 0 && !minorWords.test(word));
}

/** "Assistant Director for Housing" → "ADH": a post's own initials, ranks included, small words not. */
export function postInitials(post: string): string {
  return postWords(post)
    .map((word) => letters(word)[0]!.toUpperCase())
    .join('')
    .slice(0, 4);
}

/** Initials worked out for someone: from their name, or from their post when they are known only by it. */
export function derivedInitials(person: Person): string {
  return person.name.trim() ? initialsOf(person.name) : postInitials(person.role);
}

/** What stands for a member in the Action column: the initials the secretary gave, else derived ones. */
export function memberInitials(member: Person & Pick<Member, 'initials'>): string {
  return member.initials.trim() || derivedInitials(member);
}

const comparable = (initials: string) => initials.toLocaleUpperCase('en-GB');

/**
 * Initials for a member being added when the secretary typed none: derived ones, or where another
 * current member already has them, longer ones taken from the surname or the post's last word
 * ("Lucy Barnes" beside Luke Baldock is LBa, as a typist would write it), else numbered ("LB2").
 */
export function automaticInitials(person: Person, roster: readonly Member[]): string {
  const taken = new Set(roster.filter((member) => !member.isArchived).map((member) => comparable(memberInitials(member))));
  const base = derivedInitials(person);
  if (!base || !taken.has(comparable(base))) return base;
  const words = person.name.trim() ? person.name.trim().split(/\s+/).filter((word) => !honorifics.test(word)) : postWords(person.role);
  const last = letters(words.at(-1) ?? '').slice(1).map((letter) => letter.toLocaleLowerCase('en-GB'));
  for (let length = 1; length <= last.length && base.length + length <= 12; length += 1) {
    const candidate = base + last.slice(0, length).join('');
    if (!taken.has(comparable(candidate))) return candidate;
  }
  for (let number = 2; ; number += 1) {
    const candidate = `${base.slice(0, 10)}${number}`;
    if (!taken.has(comparable(candidate))) return candidate;
  }
}

/**
 * Members whose Action-column initials are the same as another's, each with who the others are
 * (in the words `label` gives them).
 */
export function initialsClashes<T extends Person & Pick<Member, 'id' | 'initials'>>(members: readonly T[], label: (member: T) => string): Map<string, string> {
  const byInitials = new Map<string, T[]>();
  for (const member of members) {
    const initials = comparable(memberInitials(member));
    if (initials) byInitials.set(initials, [...(byInitials.get(initials) ?? []), member]);
  }
  const clashes = new Map<string, string>();
  for (const same of byInitials.values()) {
    if (same.length < 2) continue;
    for (const member of same) clashes.set(member.id, same.filter((other) => other !== member).map(label).join(', '));
  }
  return clashes;
}
