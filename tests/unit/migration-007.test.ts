// Under test: migration 7 (electron/store/migrations/007-…): a data file written by version 6, with
// real rows and its search index, opens in this version with every note as it was (deflated from
// its next save), and the contentless index finding the same passages with the same snippets.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/store/migrations/index.ts';
import type { RichText } from '../../shared/rich-text.ts';
import { textsOf } from '../../electron/store/search-index.ts';
import { openTestApp, tempFolder } from './harness.ts';

const paragraph = (...runs: object[]) => ({ type: 'paragraph', content: runs });
const notes = {
  type: 'doc',
  content: [
    paragraph({ type: 'text', text: 'Trustees reviewed the ' }, { type: 'text', text: 'almshouse', marks: [{ type: 'bold' }] }, { type: 'text', text: ' repairs at Ellwood Close.' }),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph({ type: 'text', text: 'Roof' }, { type: 'hardBreak' }, { type: 'text', text: 'gutters' })] }] },
    paragraph({ type: 'text', text: 'Trustees reviewed the almshouse repairs at Ellwood Close.' }),
    paragraph({ type: 'text', text: 'مرحبا 🎉 and a café in Brønshøj.' }),
  ],
};

/** A version 6 file as that version left it: migration 3 indexed what was there, 4 to 6 came after. */
function versionSixFile(): string {
  const file = join(tempFolder(), 'v6.sqlite');
  const old = new Database(file);
  old.exec(migrations[0]!);
  old.exec(migrations[1]!);
  old.exec(`
    INSERT INTO committees VALUES ('c', 'Trustees', '', '10:00', '[]', 'now', 'now');
    INSERT INTO meetings (id, committee_id, date, start_time, created_at, updated_at) VALUES ('m1', 'c', '2021-03-25', '10:00', 'now', 'now');
    INSERT INTO meetings (id, committee_id, date, start_time, created_at, updated_at) VALUES ('m2', 'c', '2021-05-20', '10:00', 'now', 'now');
  `);
  const insertItem = old.prepare(`INSERT INTO agenda_items (id, meeting_id, position, title, notes, updated_at) VALUES (?, ?, ?, ?, ?, 'now')`);
  insertItem.run('i1', 'm1', 0, 'Property', JSON.stringify(notes));
  insertItem.run('i2', 'm2', 0, 'Property again', JSON.stringify({ type: 'doc', content: [paragraph({ type: 'text', text: 'The almshouse roof was mended.' })] }));
  insertItem.run('i3', 'm2', 1, 'Nothing minuted', '{"type":"doc","content":[]}');
  old.exec(`INSERT INTO resolutions (id, meeting_id, item_id, text, parts, position, created_at, updated_at) VALUES ('r', 'm1', 'i1', 'that:', '["the roof be mended","the bill be paid"]', 0, 'now', 'now')`);
  for (const migration of migrations.slice(2, 6)) old.exec(migration);
  // Approved minutes are locked against every change (migration 6): the upgrade must not need one.
  old.exec(`UPDATE meetings SET status = 'approved' WHERE id = 'm2'`);
  old.pragma('user_version = 6');
  old.close();
  return file;
}

describe('migration 7', () => {
  it('keeps a version 6 file’s notes and finds the same passages with a contentless index', () => {
    const file = versionSixFile();
    const old = new Database(file, { readonly: true });
    const indexedBefore = old.prepare('SELECT id, source, item_id AS itemId, body FROM search_docs ORDER BY id').all() as { id: number; source: string; itemId: string; body: string }[];
    old.close();
    expect(indexedBefore.filter((entry) => entry.source === 'notes')).toHaveLength(5);

    const app = openTestApp(file);
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(app.handlers.getMeeting({ meetingId: 'm1' }).agenda[0]!.notes).toEqual(notes);
    const storedAs = () => app.db.prepare("SELECT notes = '' AS isMoved, typeof(notes_deflated) AS deflated FROM agenda_items WHERE id = 'i1'").get();
    expect(storedAs()).toEqual({ isMoved: 0, deflated: 'null' });
    // Every entry kept its id and place, and the store gives back exactly the text it indexed.
    const after = app.db.prepare('SELECT d.id, d.source, s.item_id AS itemId FROM search_docs d JOIN search_items s ON s.key = d.item ORDER BY d.id').all();
    expect(after).toEqual(indexedBefore.map(({ id, source, itemId }) => ({ id, source, itemId })));
    const texts = textsOf(app.db, indexedBefore.map((entry) => entry.id));
    expect(indexedBefore.map((entry) => texts.get(BigInt(entry.id)))).toEqual(indexedBefore.map((entry) => entry.body));
    expect(app.db.prepare("SELECT count(*) FROM search_docs WHERE source = 'notes' AND body IS NOT NULL").pluck().get()).toBe(0);

    const found = app.handlers.search({ query: 'almshouse ', limit: 20 });
    expect(found.map((result) => [result.meeting.date, result.item.id, result.matchedIn])).toEqual([
      ['2021-05-20', 'i2', 'notes'],
      ['2021-03-25', 'i1', 'notes'],
    ]);
    expect(found[1]!.snippet).toEqual({ text: 'Trustees reviewed the almshouse repairs at Ellwood Close.', highlights: [{ start: 22, end: 31 }] });
    expect(app.handlers.search({ query: 'cafe Brønshøj', limit: 20 })[0]?.snippet.text).toBe('مرحبا 🎉 and a café in Brønshøj.');
    expect(app.handlers.search({ query: 'bill paid', limit: 20 })).toMatchObject([{ item: { id: 'i1' }, matchedIn: 'resolution' }]);

    // A save of the same notes rewrites nothing; an edit replaces just its block, old words gone.
    const notesEntries = () => app.db.prepare("SELECT id, fingerprint FROM search_docs WHERE source = 'notes' ORDER BY id").safeIntegers(true).all();
    const entries = notesEntries();
    app.handlers.updateAgendaItem({ itemId: 'i1', notes: structuredClone(notes) as RichText });
    expect(notesEntries()).toEqual(entries);
    // Saved by this version, the notes are kept deflated, and read back the same.
    expect(storedAs()).toEqual({ isMoved: 1, deflated: 'blob' });
    expect(app.handlers.getMeeting({ meetingId: 'm1' }).agenda[0]!.notes).toEqual(notes);
    const edited = structuredClone(notes);
    edited.content[3] = paragraph({ type: 'text', text: 'The café is closing.' });
    app.handlers.updateAgendaItem({ itemId: 'i1', notes: edited as RichText });
    expect(app.handlers.search({ query: 'Brønshøj', limit: 20 })).toEqual([]);
    expect(app.handlers.search({ query: 'closing', limit: 20 })).toMatchObject([{ item: { id: 'i1' } }]);
    expect(notesEntries()).toHaveLength(entries.length);
  });
});
