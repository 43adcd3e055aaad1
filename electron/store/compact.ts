import { hash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RichText } from '../../shared/rich-text.ts';

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

/** The SQL functions migrations may call, with the app's own rules. */
export const sqlFunctions: Record<string, (value: string) => Buffer | number> = {
  proceedings_fingerprint: fingerprintOf,
};
