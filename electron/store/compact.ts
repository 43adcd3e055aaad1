import { hash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { richTextToPlain, type RichText } from '../../shared/rich-text.ts';
import { indexedText } from '../../shared/search.ts';

// How the data file stays small (issue 11: at most three times the text it holds). Notes are the
// bulk of it: the editor's JSON, deflated (about a fifth of its size), and the search index keeps
// no copy of their text — each notes entry records only a fingerprint of the block it indexes
// (store/search-index.ts), and snippets are cut from the notes themselves.
//
// Migrations are SQL, so what they need of this is registered on every connection as functions.

/** The notes as stored (notes_deflated): the editor's JSON, deflated. */
export function packNotes(notes: RichText): Buffer {
  // Level 6 is as small as 9 on notes (measured) and fast enough for a save at every pause in typing.
  return deflateRawSync(Buffer.from(JSON.stringify(notes), 'utf8'), { level: 6 });
}

/** A row's notes: deflated once saved by this version, the JSON of an earlier one until then. */
export function readNotes(row: { notes: string; notes_deflated: Buffer | null }): RichText {
  const json = row.notes_deflated ? inflateRawSync(row.notes_deflated).toString('utf8') : row.notes;
  return JSON.parse(json) as RichText;
}

/** Tells one block's indexed text from another's without keeping the text: 52 bits of its SHA-1. */
export function fingerprintOf(text: string): number {
  return Number.parseInt(hash('sha1', text).slice(0, 13), 16);
}

/** The text of each top-level block of the notes, as richTextToPlain words it. */
export const notesBlockTexts = (notes: RichText): string[] =>
  notes.content.map((block) => richTextToPlain({ type: 'doc', content: [block] }));

/** Each top-level block's text as the search index holds it (empty blocks hold nothing). */
export const indexedBlockTexts = (notes: RichText): string[] =>
  notesBlockTexts(notes)
    .map((text) => indexedText(text).trim())
    .filter(Boolean);

// Migration 7 asks this once per notes entry, so an item's blocks are worked out once, not once each.
const blocksOfJson = new Map<string, Set<string>>();

/** Whether `text` is the text the app indexes for one of the blocks of these notes (JSON). */
function isNotesBlock(notesJson: string | null, text: string | null): number {
  if (notesJson === null || text === null) return 0;
  let blocks = blocksOfJson.get(notesJson);
  if (!blocks) {
    if (blocksOfJson.size > 64) blocksOfJson.clear();
    blocks = new Set(indexedBlockTexts(JSON.parse(notesJson) as RichText));
    blocksOfJson.set(notesJson, blocks);
  }
  return blocks.has(text) ? 1 : 0;
}

/** The SQL functions migrations may call, with the app's own rules. */
export const sqlFunctions: Record<string, (...values: never[]) => number> = {
  proceedings_fingerprint: fingerprintOf,
  proceedings_is_notes_block: isNotesBlock,
};
