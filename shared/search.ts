import type { TextRange } from './domain.ts';

// Search text as the secretary types it → an FTS5 query that cannot be misread as FTS syntax, and
// FTS5's marked-up snippet → plain text with highlight ranges (the renderer never sees markup, so
// it can show a snippet without ever treating note text as HTML).

/**
 * Marks that open and close a highlight in FTS5's snippet(). They are private-use characters, and
 * the index never holds them (indexedText removes them), so a note cannot forge a highlight.
 */
export const highlightOpen = '\uE000';
export const highlightClose = '\uE001';

const hasWordCharacter = /[\p{L}\p{N}]/u;
const trailingToken = /[\p{L}\p{N}]*$/u;

/** The shortest last word searched for as a prefix: one letter would match most of the index. */
export const shortestPrefix = 2;

/**
 * Each word becomes a quoted FTS5 string ("" inside for a quotation mark), so AND, OR, NOT, NEAR,
 * brackets, column filters and asterisks are just text; words are ANDed. The last word is a
 * prefix ("refu" finds "refuge") unless the input ends with a space, as it does once a word is
 * finished (or followed by anything). Returns null when there is nothing worth searching for yet.
 *
 * The prefix is FTS5's last token, not the word: "fly-t" is "fly" then "t", so a last token
 * shorter than `shortestPrefix` is left off until the next letter ("fly-" is searched as "fly"),
 * and a word ending in punctuation ("refuge,") is finished.
 */
export function buildMatchQuery(typed: string): string | null {
  // Composed, so "Zoë" typed as "Zoe" and a combining diaeresis still ends in a word character.
  const input = typed.normalize('NFC');
  const words = input
    .split(/\s+/)
    .filter((word) => hasWordCharacter.test(word))
    .slice(0, 16);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  // Typed last, with nothing after it: not a word followed by a space or by a lone "-".
  let isPrefix = input.endsWith(last);
  if (isPrefix) {
    const token = trailingToken.exec(last)![0];
    if ([...token].length < shortestPrefix) {
      isPrefix = false;
      const finished = last.slice(0, last.length - token.length);
      if (hasWordCharacter.test(finished)) words[words.length - 1] = finished;
      else words.pop();
    }
  }
  if (words.length === 0) return null;
  return words
    .map((word, index) => {
      const quoted = ftsString(word);
      return isPrefix && index === words.length - 1 ? `${quoted}*` : quoted;
    })
    .join(' ');
}

/** A word as an FTS5 string ("" inside for a quotation mark): text, never query syntax. */
export const ftsString = (word: string): string => `"${word.replaceAll('"', '""')}"`;

/** Text as it goes into the index: without the highlight marks. */
export function indexedText(text: string): string {
  return text.replace(/[\uE000\uE001]/g, ' ');
}

/** FTS5's snippet with our marks → the plain text and the ranges between the marks. */
export function parseMarkedSnippet(marked: string): { text: string; highlights: TextRange[] } {
  let text = '';
  const highlights: TextRange[] = [];
  let openAt: number | null = null;
  for (const character of marked) {
    if (character === highlightOpen) {
      openAt = text.length;
    } else if (character === highlightClose) {
      if (openAt !== null && text.length > openAt) highlights.push({ start: openAt, end: text.length });
      openAt = null;
    } else {
      text += character;
    }
  }
  // Line breaks of the notes become spaces in a one-line snippet; one character for one, so the ranges hold.
  return { text: text.replace(/\s/g, ' '), highlights };
}
