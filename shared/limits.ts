// The limits every text the app accepts is held to, in one place: the contract, the meeting and
// phrase bank files and the notes editor's JSON all check against these. docs/security.md lists them.

/** C0 controls other than tab, line feed and carriage return; DEL and C1 controls. Word drops them silently. */
export const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Half of a UTF-16 surrogate pair on its own. SQLite stores text as UTF-8, which cannot hold one,
 * so it would come back changed (U+FFFD): refused rather than silently altered.
 */
export function hasLoneSurrogate(text: string): boolean {
  return loneSurrogate.test(text);
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a piece of text cannot be stored as it is, or null when it can. */
export function characterProblem(text: string, label: string): string | null {
  if (controlCharacters.test(text)) return `${label} contains a control character.`;
  if (hasLoneSurrogate(text)) return `${label} contains a broken character (half of a surrogate pair).`;
  return null;
}

/** One agenda item's notes (the editor's JSON): generous for a long debate, small enough to stay quick to check and save. */
export const notesLimits = {
  /** Characters of text across the whole notes: a pasted megabyte report still fits. */
  characters: 2_000_000,
  /** Paragraphs, lists and list items together. */
  blocks: 10_000,
  /** Lists inside lists: Word numbers nine levels; a little room beyond for pasted outlines. */
  listDepth: 12,
  /** Text runs and line breaks together. */
  inlineNodes: 50_000,
} as const;


/** A file's JSON, read the way Notepad and Excel save it: a UTF-8 byte order mark at the start is not part of the text. */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * A committee's abbreviations (shared/abbreviations.ts): an abbreviation is a word short enough
 * to type instead of a phrase; an expansion is a phrase, not a paragraph.
 */
export const abbreviationLimits = {
  abbreviation: 20,
  expansion: 500,
  perCommittee: 1_000,
} as const;
