import type { Abbreviation } from './domain.ts';
import { abbreviationLimits } from './limits.ts';

// Abbreviations as Word's AutoCorrect expands them: the secretary types "tvc" and a space, and
// reads "the Vice-Chairman ". This file is the one rule for when that happens; the notes editor
// and the one-line fields call expansionBefore as each character is typed.
//
// - Only a whole word is expanded: the word just before the caret, made of letters, accents and
//   digits (with the apostrophes and hyphens a word can have inside it, as completion reads words,
//   so "tvc's" or "x-tvc" is not "tvc"), and only when nothing of a word follows the caret.
// - Only when the word is finished: by white space or punctuation, not by an apostrophe or hyphen,
//   which may carry the word on.
// - The match ignores case; a word typed with a capital keeps it ("Tvc" → "The Vice-Chairman"),
//   so an abbreviation at the start of a sentence reads right.

/** Letters (and the accents that combine with them) and digits: what an abbreviation is made of. */
export const abbreviationShape = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*$/u;
const wordAtEnd = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u;
const carriesWordOn = /^[\p{L}\p{M}\p{N}'’-]/u;
const endsWord = /^[^\p{L}\p{M}\p{N}'’-]$/u;

/** The form two abbreviations are compared in: "TVC", "Tvc" and "tvc" are one abbreviation. */
export function abbreviationKey(abbreviation: string): string {
  return abbreviation.normalize('NFC').toLocaleLowerCase('en-GB');
}

/** Why an abbreviation cannot be defined as written, or null. */
export function abbreviationProblem(abbreviation: string): string | null {
  const trimmed = abbreviation.trim();
  if (trimmed === '') return 'Type the abbreviation.';
  if (/\s/u.test(trimmed)) return 'An abbreviation is one word, with no spaces.';
  if (!abbreviationShape.test(trimmed)) return 'An abbreviation is letters and digits only: punctuation is what expands it.';
  if ([...trimmed].length > abbreviationLimits.abbreviation) return `An abbreviation is at most ${abbreviationLimits.abbreviation} characters.`;
  return null;
}

/** Said when an abbreviation is defined twice in one committee, on the screen and by the handlers alike. */
export function alreadyDefinedMessage(existing: Pick<Abbreviation, 'abbreviation' | 'expansion'>): string {
  return `“${existing.abbreviation}” is already an abbreviation for “${existing.expansion}”. Edit that one instead.`;
}

export type AbbreviationLookup = ReadonlyMap<string, Pick<Abbreviation, 'abbreviation' | 'expansion'>>;

export function abbreviationLookup(abbreviations: readonly Pick<Abbreviation, 'abbreviation' | 'expansion'>[]): AbbreviationLookup {
  return new Map(abbreviations.map((entry) => [abbreviationKey(entry.abbreviation), entry]));
}

/** What to put in place of the characters `start`…`end` of the text before the caret. */
export type Expansion = { start: number; end: number; text: string };

/**
 * The expansion due as `typed` is typed at the caret, between `before` and `after` (the text of
 * the paragraph or field on either side), or null when nothing is to be expanded.
 */
export function expansionBefore(before: string, typed: string, after: string, lookup: AbbreviationLookup): Expansion | null {
  if (lookup.size === 0 || !endsWord.test(typed) || carriesWordOn.test(after)) return null;
  // A word longer than any abbreviation cannot be one, so only the end of the text is read.
  const tail = before.slice(-(abbreviationLimits.abbreviation * 2 + 1));
  const word = wordAtEnd.exec(tail)?.[0];
  if (!word || (word.length === tail.length && tail.length < before.length)) return null;
  const entry = lookup.get(abbreviationKey(word));
  if (!entry) return null;
  return { start: before.length - word.length, end: before.length, text: withCapitalOf(word, entry) };
}

function withCapitalOf(typed: string, entry: Pick<Abbreviation, 'abbreviation' | 'expansion'>): string {
  const [first = ''] = typed;
  const [definedFirst = ''] = entry.abbreviation;
  const isCapital = first !== first.toLocaleLowerCase('en-GB');
  const wasDefinedCapital = definedFirst !== definedFirst.toLocaleLowerCase('en-GB');
  if (!isCapital || wasDefinedCapital) return entry.expansion;
  const [expansionFirst = '', ...rest] = entry.expansion;
  return `${expansionFirst.toLocaleUpperCase('en-GB')}${rest.join('')}`;
}
