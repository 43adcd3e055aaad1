import type { MinuteIndexEntry, TextRange } from './domain.ts';

// "minute 40" in notes: found here, and resolved against the committee's numbered minutes (the
// listMinuteIndex method gives them) so the item editor can make it a link. Pure, so the editor
// can run it on every keystroke.

export type MinuteReference = TextRange & {
  /** As a minute number is written: "40", "7a". */
  number: string;
};

// "minute 40", "Minute 7a", "minutes 40": the word, optional "no."/"number", then the number.
const referencePattern = /\bminutes?\s+(?:no\.?\s*|number\s+)?(\d{1,5})([a-z]{1,2})?\b/gi;

/** Every "minute N" in the text, in order, with the range of the whole phrase. */
export function findMinuteReferences(text: string): MinuteReference[] {
  const found: MinuteReference[] = [];
  for (const match of text.matchAll(referencePattern)) {
    const number = `${Number(match[1])}${(match[2] ?? '').toLowerCase()}`;
    found.push({ start: match.index, end: match.index + match[0].length, number });
  }
  return found;
}

/**
 * The minute a number refers to, seen from `currentMeetingId`: that meeting's own minute if it has
 * one by that number, otherwise the most recent earlier meeting's. With continuous numbering a
 * number is unique within a numbering year, so this finds the minute of the current year and only
 * reaches back to an earlier year for a number this year has not reached; with numbering per
 * meeting it prefers the meeting being written. `index` is what listMinuteIndex returns for the
 * current meeting: it and the committee's earlier meetings, newest first (a later meeting listed
 * before the current one is skipped).
 */
export function resolveMinuteReference(
  number: string,
  index: readonly MinuteIndexEntry[],
  currentMeetingId: string,
): MinuteIndexEntry | null {
  const wanted = number.toLowerCase();
  const currentAt = index.findIndex((entry) => entry.meetingId === currentMeetingId);
  const from = currentAt < 0 ? 0 : currentAt;
  for (let at = from; at < index.length; at++) {
    if (index[at]!.number === wanted) return index[at]!;
  }
  return null;
}

/** Every reference in the text with the minute it resolves to (null where no such minute exists). */
export function linkMinuteReferences(
  text: string,
  index: readonly MinuteIndexEntry[],
  currentMeetingId: string,
): (MinuteReference & { target: MinuteIndexEntry | null })[] {
  return findMinuteReferences(text).map((reference) => ({
    ...reference,
    target: resolveMinuteReference(reference.number, index, currentMeetingId),
  }));
}
