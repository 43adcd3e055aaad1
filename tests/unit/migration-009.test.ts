// Under test: migration 9 (electron/store/migrations/009-search-words.ts): a data file written by
// version 8, its search index holding titles and a resolution, opens with search_terms holding
// every word of that index, so a prefix spelled out as its words finds what the file already held.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/store/database.ts';
import { migrations } from '../../electron/store/migrations/index.ts';
import { withPrefixSpelledOut } from '../../electron/store/search-index.ts';
import { buildMatchQuery } from '../../shared/search.ts';
import { openTestApp } from './harness.ts';
import { fileAtVersion, insert, type Row } from './schema-history.ts';

const now = '2021-03-01T09:00:00.000Z';

function versionEightFile(): string {
  return fileAtVersion(8, (db) => {
    insert(db, 'committees', { id: 'c1', name: 'Safer Bromley Partnership Strategic Group', agenda_template: '[]', created_at: now, updated_at: now });
    insert(db, 'meetings', { id: 'm1', committee_id: 'c1', date: '2021-03-25', start_time: '10:00', created_at: now, updated_at: now });
    insert(db, 'agenda_items', { id: 'i1', meeting_id: 'm1', position: 0, title: 'Community Safety Plan', notes: '{"type":"doc","content":[]}', updated_at: now });
    insert(db, 'agenda_items', { id: 'i2', meeting_id: 'm1', position: 1, title: 'Café licensing in Brønshøj', notes: '{"type":"doc","content":[]}', updated_at: now });
    insert(db, 'resolutions', { id: 'r1', meeting_id: 'm1', item_id: 'i1', text: 'that the Committee commend the plan.', parts: '[]', position: 0, created_at: now, updated_at: now });
    // The index as version 8 wrote it: each text in search_docs and, contentless, in search_text.
    const entries: Row[] = [
      { id: 1, source: 'title', item: 1, body: 'Community Safety Plan' },
      { id: 2, source: 'resolution', source_id: 'r1', resolution_id: 'r1', item: 1, body: 'RESOLVED that the Committee commend the plan.' },
      { id: 3, source: 'title', item: 2, body: 'Café licensing in Brønshøj' },
    ];
    insert(db, 'search_items', { key: 1, item_id: 'i1' });
    insert(db, 'search_items', { key: 2, item_id: 'i2' });
    for (const entry of entries) {
      insert(db, 'search_docs', entry);
      db.prepare('INSERT INTO search_text (rowid, body) VALUES (?, ?)').run(entry.id, entry.body);
    }
  });
}

describe('migration 9', () => {
  it('keeps every word a version 8 index held, in the index’s spelling, so prefixes find them', () => {
    const app = openTestApp(versionEightFile());
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(app.db.prepare('SELECT term FROM search_terms ORDER BY term').pluck().all()).toEqual(
      ['brønshøj', 'cafe', 'commend', 'committee', 'community', 'in', 'licensing', 'plan', 'resolved', 'safety', 'that', 'the'],
    );
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('Comm')!)).toBe('("commend" OR "committee" OR "community")');
    const found = (query: string) => app.handlers.search({ query, limit: 20 }).map((result) => [result.item.id, result.matchedIn]);
    expect(found('comme')).toEqual([['i1', 'resolution']]);
    expect(found('Commu')).toEqual([['i1', 'title']]);
    expect(found('brøns')).toEqual([['i2', 'title']]);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('finds a damaged index as damage: the file is refused as damaged, not an error that stops the app', () => {
    const file = versionEightFile();
    const old = new Database(file);
    // The index's leaves overwritten with noise (its structure record still names them): SQLite's
    // defensive mode, which better-sqlite3 turns on, forbids writing an index's own tables otherwise.
    old.unsafeMode(true);
    old.prepare('UPDATE search_text_data SET block = randomblob(length(block)) WHERE id > 10').run();
    old.close();
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'database-corrupt' }));
    const unchanged = new Database(file, { readonly: true });
    expect(unchanged.pragma('user_version', { simple: true })).toBe(8);
    unchanged.close();
  });
});
