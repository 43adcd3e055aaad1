import { voteSentence } from '../../shared/compose/sentences.ts';
import type { ActionStatus, InterestNature, ResolutionForm, SearchSource, Vote } from '../../shared/domain.ts';
import type { RichText } from '../../shared/rich-text.ts';
import { ftsString, highlightClose, highlightOpen, indexedText } from '../../shared/search.ts';
import { leadWords } from '../../shared/wording.ts';
import { fingerprintOf, indexedBlockTexts, readNotes } from './compact.ts';
import { cachedStatement, isSqliteError, type Db } from './database.ts';

// The full-text index (migration 3): search_docs holds each searchable text and where it sits;
// search_text, the FTS5 index over it, is written here with it (migration 7), and search_terms
// holds every word the index holds (migration 9).
//
// Why the store writes search_docs rather than triggers on the source tables: an item's notes are
// the editor's JSON, and what is searched must be their plain text as richTextToPlain makes it
// (the same text the rest of the app reads), which SQL cannot produce faithfully. So each store
// function that writes a searchable text calls in here, inside the caller's transaction: the
// index commits or rolls back with the change. A soft delete (store/soft-delete.ts) takes the
// record's texts out and its restore puts them back (unindexItems / reindexItems for an agenda
// item, removeDoc / indexDoc for the rest), so search never finds what the minutes no longer hold;
// rows really deleted (a whole committee) take their texts with them by ON DELETE CASCADE.
//
// Notes are indexed one top-level block (a paragraph, or a whole list) per entry, and a save only
// rewrites the blocks whose text changed: autosave runs at every pause in typing, and re-indexing
// a long item's every word each time would cost more than the save itself.
//
// Each text's id orders it by its meeting's start (see migration 3), so a search reads the newest
// matches first and stops, instead of ranking every match in years of minutes.

/** Ids per minute of meeting start time: far more texts than any meeting has. */
const slotSize = 2 ** 20;

/** Minutes from 1970 to the meeting's start, as migration 3 counts them. */
export function meetingSlot(date: string, startTime: string): number {
  const day = new Date(0);
  day.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(day.getTime() / 60_000) + Number(startTime.slice(0, 2)) * 60 + Number(startTime.slice(3, 5));
}

function slotOf(db: Db, meetingId: string): number {
  const meeting = cachedStatement(db, 'SELECT date, start_time AS startTime FROM meetings WHERE id = ?').get(meetingId) as
    | { date: string; startTime: string }
    | undefined;
  return meeting ? meetingSlot(meeting.date, meeting.startTime) : 0;
}

/**
 * The next free id in the meeting's range. Worked out in BigInt, which better-sqlite3 binds as an
 * integer (a JS number goes in as a float, and FTS5 ignores a float where it wants a rowid).
 */
function newDocId(db: Db, meetingId: string): bigint {
  const base = BigInt(slotOf(db, meetingId)) * BigInt(slotSize);
  const last = cachedStatement(db, 'SELECT max(id) FROM search_docs WHERE id >= ? AND id < ?')
    .safeIntegers(true)
    .pluck()
    .get(base, base + BigInt(slotSize)) as bigint | null;
  return last === null ? base : last + 1n;
}

/** After a meeting's date or start time changes, its texts move to their new place in the order. */
export function rekeyMeetingDocs(db: Db, meetingId: string): void {
  const base = BigInt(slotOf(db, meetingId)) * BigInt(slotSize);
  const ids = cachedStatement(
    db,
    `SELECT d.id FROM search_docs d JOIN search_items s ON s.key = d.item JOIN agenda_items a ON a.id = s.item_id
     WHERE a.meeting_id = ? ORDER BY d.id`,
  )
    .safeIntegers(true)
    .pluck()
    .all(meetingId) as bigint[];
  if (ids.every((id) => id >= base && id < base + BigInt(slotSize))) return;
  const texts = textsOf(db, ids);
  for (const id of ids) {
    const newId = newDocId(db, meetingId);
    // The index has no copy of the text to move: the entry goes and comes back under its new id.
    cachedStatement(db, 'DELETE FROM search_text WHERE rowid = ?').run(id);
    cachedStatement(db, 'UPDATE search_docs SET id = ? WHERE id = ?').run(newId, id);
    const text = texts.get(id);
    if (text !== undefined) putText(db, newId, text);
  }
}

export type DocRef = {
  source: SearchSource;
  sourceId: string;
  itemId: string;
  meetingId: string;
};

const sourceColumn: Partial<Record<SearchSource, string>> = {
  resolution: 'resolution_id',
  action: 'action_id',
  declaration: 'declaration_id',
  'action-review': 'review_id',
};

/** The item's key in search_items, the small number each of its entries carries instead of its id. */
const keyOf = 'SELECT key FROM search_items WHERE item_id = ?';

function itemKey(db: Db, itemId: string): number {
  const known = cachedStatement(db, keyOf).pluck().get(itemId) as number | undefined;
  return known ?? (cachedStatement(db, 'INSERT INTO search_items (item_id) VALUES (?) RETURNING key').pluck().get(itemId) as number);
}

/** Titles and notes belong to the item itself: their entries are found by the item (source_id is NULL). */
const isItemsOwn = (source: SearchSource) => source === 'title' || source === 'notes';

function putText(db: Db, id: bigint | number, text: string): void {
  cachedStatement(db, 'INSERT OR REPLACE INTO search_text (rowid, body) VALUES (?, ?)').run(BigInt(id), text);
  rememberWords(db, text);
}

/**
 * Puts (or replaces) the one text of a title, resolution, action, declaration or review in the
 * index; an empty text takes it out. Unchanged text costs one read.
 */
export function indexDoc(db: Db, doc: DocRef, text: string): void {
  // What sits in a deleted item is out of the index until the undo puts it back (reindexItems).
  const body = isLiveItem(db, doc.itemId) ? indexedText(text).trim() : '';
  const existing = (
    isItemsOwn(doc.source)
      ? cachedStatement(db, `SELECT d.id, s.item_id AS itemId, d.body FROM search_docs d JOIN search_items s ON s.key = d.item WHERE s.item_id = ? AND d.source = ?`).safeIntegers(true).get(doc.itemId, doc.source)
      : cachedStatement(db, `SELECT d.id, s.item_id AS itemId, d.body FROM search_docs d JOIN search_items s ON s.key = d.item WHERE d.source_id = ? AND d.source = ?`).safeIntegers(true).get(doc.sourceId, doc.source)
  ) as { id: bigint; itemId: string; body: string } | undefined;
  if (!body) {
    if (existing) cachedStatement(db, 'DELETE FROM search_docs WHERE id = ?').run(existing.id);
    return;
  }
  if (existing) {
    if (existing.body !== body) {
      cachedStatement(db, 'UPDATE search_docs SET body = ? WHERE id = ?').run(body, existing.id);
      putText(db, existing.id, body);
    }
    if (existing.itemId !== doc.itemId) cachedStatement(db, 'UPDATE search_docs SET item = ? WHERE id = ?').run(itemKey(db, doc.itemId), existing.id);
    return;
  }
  const column = sourceColumn[doc.source];
  const id = newDocId(db, doc.meetingId);
  cachedStatement(
    db,
    `INSERT INTO search_docs (id, source, source_id, item, body${column ? `, ${column}` : ''})
     VALUES (@id, @source, @sourceId, @item, @body${column ? ', @sourceId' : ''})`,
  ).run({ id, source: doc.source, sourceId: isItemsOwn(doc.source) ? null : doc.sourceId, item: itemKey(db, doc.itemId), body });
  putText(db, id, body);
}

export function removeDoc(db: Db, source: SearchSource, sourceId: string): void {
  if (isItemsOwn(source)) cachedStatement(db, `DELETE FROM search_docs WHERE item = (${keyOf}) AND source = ?`).run(sourceId, source);
  else cachedStatement(db, 'DELETE FROM search_docs WHERE source_id = ? AND source = ?').run(sourceId, source);
}

function isLiveItem(db: Db, itemId: string): boolean {
  return cachedStatement(db, 'SELECT deleted_at IS NULL FROM agenda_items WHERE id = ?').pluck().get(itemId) === 1;
}

/** Takes an action's reviews at later meetings out of the index (its delete, before its undo). */
export function unindexReviewsOf(db: Db, actionId: string): void {
  cachedStatement(db, `DELETE FROM search_docs WHERE source = 'action-review' AND source_id IN (SELECT id FROM action_updates WHERE action_id = ?)`).run(actionId);
}

/** Takes every text that sits in these items out of the index (an item's delete, before its undo). */
export function unindexItems(db: Db, itemIds: string[]): void {
  const statement = cachedStatement(db, `DELETE FROM search_docs WHERE item = (${keyOf})`);
  for (const itemId of itemIds) statement.run(itemId);
}

// ── What is indexed for each source: shared by the store writes, the rebuild after an undo, and
// migration 3 (which words the same texts in SQL). ──

export const titleText = (title: string) => title;

export { notesBlockTexts } from './compact.ts';

/**
 * Brings an item's notes entries in line with its notes, rewriting only the blocks that changed.
 * An entry keeps no text, only its block's fingerprint, which is how unchanged blocks are known.
 */
export function indexNotes(db: Db, item: { id: string; meetingId: string; notes: RichText }): void {
  const wanted = isLiveItem(db, item.id) ? indexedBlockTexts(item.notes) : [];
  // An entry that still holds migration 3's wording of its block (fingerprint NULL) matches nothing and is rewritten.
  const existing = cachedStatement(db, `SELECT id, fingerprint FROM search_docs WHERE item = (${keyOf}) AND source = 'notes'`)
    .safeIntegers(true)
    .all(item.id) as { id: bigint; fingerprint: bigint | null }[];
  // Match blocks by their text (a multiset: two identical paragraphs are two entries).
  const unmatched = new Map<bigint | null, bigint[]>();
  for (const row of existing) unmatched.set(row.fingerprint, [...(unmatched.get(row.fingerprint) ?? []), row.id]);
  const added = wanted.flatMap((body) => {
    const fingerprint = BigInt(fingerprintOf(body));
    const ids = unmatched.get(fingerprint);
    if (ids && ids.length > 0) {
      ids.pop();
      return [];
    }
    return [{ body, fingerprint }];
  });
  // Entries whose text is gone are reused for the new text: one update instead of a delete and an insert.
  const spare = [...unmatched.values()].flat();
  for (const { body, fingerprint } of added) {
    let id = spare.pop();
    if (id !== undefined) cachedStatement(db, 'UPDATE search_docs SET body = NULL, fingerprint = ? WHERE id = ?').run(fingerprint, id);
    else {
      id = newDocId(db, item.meetingId);
      cachedStatement(db, `INSERT INTO search_docs (id, source, item, fingerprint) VALUES (?, 'notes', ?, ?)`).run(id, itemKey(db, item.id), fingerprint);
    }
    putText(db, id, body);
  }
  for (const id of spare) cachedStatement(db, 'DELETE FROM search_docs WHERE id = ?').run(id);
}

/**
 * The indexed text of each entry asked for: kept in search_docs for all but notes, whose text is
 * found again in the item's notes by the block's fingerprint.
 */
export function textsOf(db: Db, ids: readonly (bigint | number)[]): Map<bigint, string> {
  const entry = cachedStatement(
    db,
    'SELECT d.id, s.item_id AS itemId, d.body, d.fingerprint FROM search_docs d JOIN search_items s ON s.key = d.item WHERE d.id = ?',
  ).safeIntegers(true);
  const texts = new Map<bigint, string>();
  for (const id of ids) {
    const row = entry.get(BigInt(id)) as { id: bigint; itemId: string; body: string | null; fingerprint: bigint | null } | undefined;
    if (!row) continue;
    const text = row.body ?? blocksOf(db, row.itemId).get(row.fingerprint!);
    if (text !== undefined) texts.set(row.id, text);
  }
  return texts;
}

// Searching as the secretary types finds the same items keystroke after keystroke, so each item's
// blocks are kept, for as long as its stored notes are byte for byte the same, instead of being
// inflated, parsed and fingerprinted again for every snippet.
const blockCache = new WeakMap<Db, Map<string, { stored: Buffer; blocks: Map<bigint, string> }>>();
const blockCacheSize = 200;

function blocksOf(db: Db, itemId: string): Map<bigint, string> {
  const row = cachedStatement(db, 'SELECT notes, notes_deflated FROM agenda_items WHERE id = ?').get(itemId) as
    | { notes: string; notes_deflated: Buffer | null }
    | undefined;
  if (!row) return new Map();
  const stored = row.notes_deflated ?? Buffer.from(row.notes);
  let cache = blockCache.get(db);
  if (!cache) blockCache.set(db, (cache = new Map()));
  const known = cache.get(itemId);
  cache.delete(itemId);
  const blocks =
    known && known.stored.equals(stored)
      ? known.blocks
      : new Map(indexedBlockTexts(readNotes(row)).map((text) => [BigInt(fingerprintOf(text)), text]));
  cache.set(itemId, { stored, blocks });
  if (cache.size > blockCacheSize) cache.delete(cache.keys().next().value!);
  return blocks;
}

/** The resolution as minuted, its vote included, so "recorded vote" or a voter's name finds it. */
export function resolutionText(resolution: { form: ResolutionForm; text: string; parts: string[]; vote?: Vote | null }): string {
  const lead = leadWords[resolution.form];
  return [`${lead} ${resolution.text}`, ...resolution.parts, ...(resolution.vote ? [voteSentence(resolution.vote)] : [])].join('\n');
}

export const actionText = (description: string, ownerName: string) => `${description}\n${ownerName}`;

export function declarationText(personName: string, nature: InterestNature, description: string): string {
  const natureWords = nature === 'pecuniary' ? 'disclosable pecuniary interest' : 'other registrable interest';
  return `${personName} — ${natureWords}\n${description}`;
}

const progressWords = { open: '', done: 'completed', 'carried-forward': 'carried forward' } as const;

/** A review as Matters arising minutes it: the action, how it stands, and the sentence. */
export const reviewText = (description: string, status: ActionStatus, note: string) =>
  [description, progressWords[status], note].filter(Boolean).join('\n');

/** Puts back the texts of items whose delete was undone, from what the store holds for them. */
export function reindexItems(db: Db, itemIds: string[]): void {
  const item = cachedStatement(db, 'SELECT id, meeting_id, title, notes, notes_deflated FROM agenda_items WHERE id = ?');
  const resolutions = cachedStatement(db, 'SELECT id, meeting_id, form, text, parts, vote FROM resolutions WHERE item_id = ? AND deleted_at IS NULL');
  const actions = cachedStatement(db, 'SELECT id, meeting_id, description, owner_name FROM actions WHERE item_id = ? AND deleted_at IS NULL');
  const reviews = cachedStatement(
    db,
    `SELECT u.id, u.note, u.status, t.description FROM action_updates u JOIN actions t ON t.id = u.action_id AND t.deleted_at IS NULL
     WHERE u.item_id = ? AND u.meeting_id IS NOT NULL`,
  );
  for (const itemId of itemIds) {
    const row = item.get(itemId) as { id: string; meeting_id: string; title: string; notes: string; notes_deflated: Buffer | null } | undefined;
    if (!row) continue;
    const at = (source: SearchSource, sourceId: string): DocRef => ({ source, sourceId, itemId, meetingId: row.meeting_id });
    indexDoc(db, at('title', itemId), titleText(row.title));
    indexNotes(db, { id: itemId, meetingId: row.meeting_id, notes: readNotes(row) });
    for (const resolution of resolutions.all(itemId) as { id: string; form: ResolutionForm; text: string; parts: string; vote: string | null }[]) {
      const vote = resolution.vote === null ? null : (JSON.parse(resolution.vote) as Vote);
      indexDoc(db, at('resolution', resolution.id), resolutionText({ ...resolution, parts: JSON.parse(resolution.parts) as string[], vote }));
    }
    for (const action of actions.all(itemId) as { id: string; description: string; owner_name: string }[]) {
      indexDoc(db, at('action', action.id), actionText(action.description, action.owner_name));
    }
    for (const review of reviews.all(itemId) as { id: string; note: string; status: ActionStatus; description: string }[]) {
      indexDoc(db, at('action-review', review.id), reviewText(review.description, review.status, review.note));
    }
  }
}

/**
 * A meeting's declarations sit in the minutes in its declarations item (or, with none, the item
 * they concern), so their index entries follow whenever a declaration or that item changes.
 */
export function reindexDeclarations(db: Db, meetingId: string): void {
  cachedStatement(
    db,
    `DELETE FROM search_docs WHERE source = 'declaration'
       AND item IN (SELECT s.key FROM search_items s JOIN agenda_items a ON a.id = s.item_id WHERE a.meeting_id = ?)`,
  ).run(meetingId);
  const declarationsItem = cachedStatement(
    db,
    `SELECT id FROM agenda_items WHERE meeting_id = ? AND kind = 'declarations' AND deleted_at IS NULL ORDER BY position LIMIT 1`,
  )
    .pluck()
    .get(meetingId) as string | undefined;
  const rows = cachedStatement(
    db,
    `SELECT d.id, d.item_id, d.nature, d.description, coalesce(m.name, d.person_name) AS name, a.deleted_at AS item_deleted_at
       FROM declarations d LEFT JOIN members m ON m.id = d.member_id LEFT JOIN agenda_items a ON a.id = d.item_id
       WHERE d.meeting_id = ? AND d.deleted_at IS NULL`,
  )
    .all(meetingId) as {
    id: string;
    item_id: string | null;
    nature: InterestNature;
    description: string;
    name: string;
    item_deleted_at: string | null;
  }[];
  for (const row of rows) {
    if (row.item_id && row.item_deleted_at) continue;
    const itemId = declarationsItem ?? row.item_id;
    if (!itemId) continue;
    indexDoc(db, { source: 'declaration', sourceId: row.id, itemId, meetingId }, declarationText(row.name, row.nature, row.description));
  }
}

// ── Querying ──

export type Match = { docId: number; source: SearchSource; itemId: string; meetingId: string };

/**
 * The newest `window` matches of an FTS5 query already made safe by buildMatchQuery, newest
 * meeting first. Not scored here: bm25 over the whole index first counts every entry holding each
 * word, which for a word in most meetings ("ward", "re…") cost tens of milliseconds a keystroke
 * on 2,500 meetings; the passages shown are weighed by their snippets (snippetsOf).
 */
export function newestMatches(db: Db, match: string, window: number): Match[] {
  const spelledOut = withPrefixSpelledOut(db, match);
  if (spelledOut === null) return [];
  return cachedStatement(
    db,
    `SELECT hit.rowid AS docId, d.source, s.item_id AS itemId, a.meeting_id AS meetingId
     FROM (
       SELECT rowid FROM search_text WHERE search_text MATCH @match ORDER BY rowid DESC LIMIT @window
     ) AS hit
     JOIN search_docs d ON d.id = hit.rowid
     JOIN search_items s ON s.key = d.item
     JOIN agenda_items a ON a.id = s.item_id
     ORDER BY hit.rowid DESC`,
  ).all({ match: spelledOut, window }) as Match[];
}

// ── The index's words ──
// FTS5 answers a prefix it keeps no prefix index for (it keeps 2 and 3 letters) by merging the
// whole list of entries of every word the prefix begins, years of "committee" and "community",
// before it can give the newest: 25–30 ms a keystroke on 10,000 meetings. The same search with
// the prefix spelled out as its words ("committee" OR "community") reads only the newest entries
// of each, in well under a millisecond, and finds the same. So search_terms keeps every word the
// index holds, cut by an FTS5 table with the index's own tokenizer, so it is the index's
// spelling ("Zoë" is "zoe"). A word whose entries have all gone finds nothing until
// forgetGoneWords takes it out in a quiet moment: an extra word costs a look-up, a missing one
// would lose matches, so words are only ever taken out by what finds the index without them.

/** How the index cuts text into words: the same for the index, its words and the snippets. */
const indexTokenizer = `tokenize = 'unicode61 remove_diacritics 2'`;
/** The prefix lengths search_text keeps an index of (migration 7): FTS5 serves those itself. */
const indexedPrefixLengths = new Set([2, 3]);
/**
 * Spelled out, each word costs its own look-up (about 0.02 ms, 0.1 ms for a common one), so a
 * prefix beginning more than this many is left to FTS5. Autosave puts words in as they are being
 * typed ("commi"), which stay in search_terms, so the count is more than the words of the minutes.
 */
const mostWordsSpelledOut = 128;

/**
 * A scratch FTS5 table with the index's tokenizer, holding at most one text at a time, and its
 * vocabulary: that text's words. Contentless, so emptying it is one command, not a second pass
 * of the tokenizer over the text.
 */
function wordsTable(db: Db): void {
  // Looked for each time: made inside a save that then failed, the tables went with its rollback.
  if (cachedStatement(db, "SELECT 1 FROM temp.sqlite_master WHERE name = 'search_words_in_order'").get()) return;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5(body, content = '', ${indexTokenizer});
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words_distinct USING fts5vocab(temp, search_words, row);
    CREATE VIRTUAL TABLE temp.search_words_in_order USING fts5vocab(temp, search_words, instance);`);
}

/** Runs `read` while temp.search_words holds `text` alone. */
function withWordsOf<T>(db: Db, text: string, read: () => T): T {
  wordsTable(db);
  cachedStatement(db, 'INSERT INTO temp.search_words (rowid, body) VALUES (1, ?)').run(text);
  try {
    return read();
  } finally {
    cachedStatement(db, "INSERT INTO temp.search_words (search_words) VALUES ('delete-all')").run();
  }
}

function rememberWords(db: Db, text: string): void {
  withWordsOf(db, text, () => cachedStatement(db, 'INSERT OR IGNORE INTO search_terms (term) SELECT term FROM temp.search_words_distinct').run());
}

const wordsOf = (db: Db, text: string): string[] =>
  withWordsOf(db, text, () => cachedStatement(db, 'SELECT term FROM temp.search_words_in_order ORDER BY offset').pluck().all() as string[]);

/**
 * Takes out of search_terms, a batch at a time in the order of the words, those the index no
 * longer holds: half-typed words autosave put in ("commi"), words edited away. Left to pile up,
 * they would push a prefix past mostWordsSpelledOut and back onto FTS5's slow path. Each is taken
 * out by the statement that finds the index without it. For a quiet moment (checkpointWhenIdle):
 * a batch of 100 is 1–7 ms on 10,000 meetings.
 */
export function forgetGoneWords(db: Db, batch = 100): number {
  const after = goneWordsFrom.get(db) ?? '';
  const words = cachedStatement(db, 'SELECT term FROM search_terms WHERE term > ? ORDER BY term LIMIT ?').pluck().all(after, batch) as string[];
  goneWordsFrom.set(db, words.length < batch ? '' : words.at(-1)!);
  const forget = cachedStatement(
    db,
    'DELETE FROM search_terms WHERE term = @word AND NOT EXISTS (SELECT 1 FROM search_text WHERE search_text MATCH @match)',
  );
  return db.transaction(() => words.reduce((forgotten, word) => forgotten + forget.run({ word, match: ftsString(word) }).changes, 0))();
}

/** Where the next batch of forgetGoneWords starts: after the last word of the one before. */
const goneWordsFrom = new WeakMap<Db, string>();

/** The last word a query built by buildMatchQuery searches as a prefix, quoted: `"refu"*`. */
const trailingPrefix = /"((?:[^"]|"")*)"\*$/;

/**
 * The query with its prefix, if it has one, as the words of the index it begins, ORed; null if
 * the index holds no word it begins, so nothing can match. Left as it is for FTS5 when the prefix
 * is one its prefix index serves, more than one of the index's words ("fly-t": a phrase), or
 * begins too many; and when the words cannot be looked up: the scratch table cannot be written
 * while a large file is being checked (query-only), and a damaged file from before migration 9,
 * opened as it is, has no search_terms.
 */
export function withPrefixSpelledOut(db: Db, match: string): string | null {
  const prefix = trailingPrefix.exec(match);
  if (!prefix) return match;
  let begun: string[];
  try {
    const words = wordsOf(db, prefix[1]!.replaceAll('""', '"'));
    if (words.length !== 1) return match;
    const letters = [...words[0]!];
    const last = letters.pop()!.codePointAt(0)!;
    if (indexedPrefixLengths.has(letters.length + 1) || last === 0x10ffff) return match;
    // Every word that begins with it sorts (SQLite compares UTF-8 bytes: code point order) at or
    // after it and before it with its last letter's successor, which is never half a surrogate pair.
    const past = letters.join('') + String.fromCodePoint(last === 0xd7ff ? 0xe000 : last + 1);
    begun = cachedStatement(db, 'SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?')
      .pluck()
      .all(words[0], past, mostWordsSpelledOut + 1) as string[];
  } catch (error) {
    if (isSqliteError(error)) return match;
    throw error;
  }
  if (begun.length === 0) return null;
  if (begun.length > mostWordsSpelledOut) return match;
  const before = match.slice(0, prefix.index).trim();
  const either = `(${begun.map(ftsString).join(' OR ')})`;
  return before ? `${before} AND ${either}` : either;
}

/** `hits`: how many of the searched words the snippet shows highlighted. */
export type Snippet = { marked: string; hits: number };

/**
 * FTS5's snippet of each chosen entry, with our highlight marks (shared/search.ts), and how many
 * highlights it has: the same for the same text and query whatever was searched before (a bm25 in
 * the scratch table would weigh words by whatever else the table held). The index
 * keeps no text, so the entries' texts go into a scratch FTS5 table with the same tokenizer and
 * the same query runs there: the snippets are exactly those the index would cut, and only the
 * results shown are cut at all. As the secretary types, the same entries come back keystroke
 * after keystroke, so the scratch table keeps what it was given (up to a limit) and takes in only
 * entries it lacks or whose text has changed since.
 */
export function snippetsOf(db: Db, match: string, docIds: readonly number[], tokens = 14): Map<number, Snippet> {
  const texts = textsOf(db, docIds);
  const cut = () => {
    const scratch = scratchOf(db);
    if (scratch.size + texts.size > scratchLimit) clearScratch(db);
    for (const [id, text] of texts) {
      const held = scratch.get(id);
      if (held === text) continue;
      if (held !== undefined) cachedStatement(db, 'DELETE FROM temp.search_snippets WHERE rowid = ?').run(id);
      cachedStatement(db, 'INSERT INTO temp.search_snippets (rowid, body) VALUES (?, ?)').run(id, text);
      scratch.set(id, text);
    }
    const rows = cachedStatement(
      db,
      `SELECT rowid AS docId, snippet(search_snippets, 0, @open, @close, '…', @tokens) AS marked
       FROM temp.search_snippets WHERE search_snippets MATCH @match AND rowid IN (SELECT value FROM json_each(@ids))`,
    ).all({ open: highlightOpen, close: highlightClose, tokens, match, ids: JSON.stringify([...texts.keys()].map(String)) }) as {
      docId: number;
      marked: string;
    }[];
    return new Map(rows.map(({ docId, marked }) => [docId, { marked, hits: marked.split(highlightOpen).length - 1 }]));
  };
  const snippets = cut();
  if (snippets.size === texts.size) return snippets;
  // The scratch table lost what it was given (a transaction rolled back): start it afresh.
  clearScratch(db);
  return cut();
}

const scratchLimit = 2_000;
const scratchTexts = new WeakMap<Db, Map<bigint, string>>();

function scratchOf(db: Db): Map<bigint, string> {
  let scratch = scratchTexts.get(db);
  if (!scratch) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_snippets USING fts5(body, ${indexTokenizer})`);
    scratchTexts.set(db, (scratch = new Map()));
  }
  return scratch;
}

function clearScratch(db: Db): void {
  scratchOf(db).clear();
  cachedStatement(db, 'DELETE FROM temp.search_snippets').run();
}
