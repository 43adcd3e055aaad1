// Under test: full-text search — shared/search.ts (the query built from what is typed, snippets),
// electron/store/search-index.ts (the index kept in step with every write, in its transaction),
// electron/handlers/search.ts and migration 3's indexing of an existing file. Threat: a note that
// search still finds after it was edited away or deleted, or input that FTS5 reads as syntax.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkpointWhenIdle } from '../../electron/store/database.ts';
import { migrations } from '../../electron/store/migrations/index.ts';
import type { SearchResult } from '../../shared/domain.ts';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { buildMatchQuery, parseMarkedSnippet } from '../../shared/search.ts';
import { forgetGoneWords, newestMatches, textsOf, withPrefixSpelledOut } from '../../electron/store/search-index.ts';
import { openTestApp, seedMeeting, tempFolder, type TestApp } from './harness.ts';
import { fileAtVersion } from './schema-history.ts';

const search = (app: TestApp, query: string) => app.handlers.search({ query, limit: 20 });
const highlighted = (result: SearchResult) => result.snippet.highlights.map(({ start, end }) => result.snippet.text.slice(start, end));

/**
 * The index holds exactly the texts of search_docs, token for token: the contentless index keeps
 * no text to check itself against, so its vocabulary (every term at every offset of every entry)
 * is compared with that of a scratch index of the texts the store gives for the same entries.
 */
function expectIndexToHoldTheTexts(app: TestApp) {
  expect(() => app.db.prepare("INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 0)").run()).not.toThrow();
  const ids = app.db.prepare('SELECT id FROM search_docs').safeIntegers(true).pluck().all() as bigint[];
  const texts = textsOf(app.db, ids);
  expect(texts.size).toBe(ids.length);
  app.db.exec(`CREATE VIRTUAL TABLE temp.reference USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE temp.reference_terms USING fts5vocab(temp, reference, instance);
    CREATE VIRTUAL TABLE temp.index_terms USING fts5vocab(main, search_text, instance);`);
  const insert = app.db.prepare('INSERT INTO temp.reference (rowid, body) VALUES (?, ?)');
  for (const [id, text] of texts) insert.run(id, text);
  const terms = (table: string) => app.db.prepare(`SELECT term, doc, offset FROM temp.${table} ORDER BY doc, offset, term`).raw().all();
  expect(terms('reference_terms').length).toBeGreaterThan(0);
  expect(terms('index_terms')).toEqual(terms('reference_terms'));
  // A word of the index missing from search_terms would be missing from every prefix spelled out.
  expect(app.db.prepare('SELECT DISTINCT term FROM temp.index_terms EXCEPT SELECT term FROM search_terms').pluck().all()).toEqual([]);
  app.db.exec('DROP TABLE temp.index_terms; DROP TABLE temp.reference_terms; DROP TABLE temp.reference;');
}

/** The meeting of the harness with a business item "CCTV programme" (item 6) holding notes. */
function seedWithNotes(app: TestApp) {
  const seeded = seedMeeting(app);
  const agenda = app.handlers.getMeeting({ meetingId: seeded.meeting.id }).agenda;
  const item = app.handlers.addAgendaItem({ meetingId: seeded.meeting.id, title: 'CCTV programme', afterItemId: agenda[4]!.id });
  app.handlers.updateAgendaItem({
    itemId: item.id,
    notes: richTextFromParagraphs(['The Partnership heard about refuge capacity in the borough.', 'Cameras in the High Street were replaced.']),
  });
  return { ...seeded, item };
}

describe('the query built from what the secretary types', () => {
  it('quotes every word, searches the last one as a prefix while it is being typed, and ANDs them', () => {
    expect(buildMatchQuery('refuge cap')).toBe('"refuge" "cap"*');
    expect(buildMatchQuery('refuge capacity ')).toBe('"refuge" "capacity"');
    expect(buildMatchQuery('  ')).toBeNull();
    // One letter would match half the index: it waits for the second.
    expect(buildMatchQuery('r')).toBeNull();
    expect(buildMatchQuery('refuge c')).toBe('"refuge"');
  });

  it('searches the last token FTS5 sees as the prefix, so a hyphen does not start a one-letter search', () => {
    // "fly-t" is the tokens "fly" and "t": "t"* would read every word in t (a tenth of a second on 2,500 meetings).
    expect(buildMatchQuery('fly-t')).toBe('"fly-"');
    expect(buildMatchQuery('fly-ti')).toBe('"fly-ti"*');
    expect(buildMatchQuery('e-s')).toBe('"e-"');
    expect(buildMatchQuery('knife crime, ')).toBe('"knife" "crime,"');
    expect(buildMatchQuery('knife crime,')).toBe('"knife" "crime,"');
    expect(buildMatchQuery('refuge -')).toBe('"refuge"');
    expect(buildMatchQuery('Zoë')).toBe('"Zoë"*');
    expect(buildMatchQuery('Zoe\u0308')).toBe('"Zoë"*');
  });

  it('turns FTS5 syntax into plain words', () => {
    expect(buildMatchQuery('NEAR(refuge AND "capacity" OR NOT body:x*')).toBe(
      '"NEAR(refuge" "AND" """capacity""" "OR" "NOT" "body:x*"',
    );
    expect(buildMatchQuery('( ) * " -')).toBeNull();
  });

  it('reads a marked snippet as plain text and highlight ranges', () => {
    expect(parseMarkedSnippet('…the \uE000refuge\uE001 capacity\nin \uE000Bromley\uE001')).toEqual({
      text: '…the refuge capacity in Bromley',
      highlights: [
        { start: 5, end: 11 },
        { start: 24, end: 31 },
      ],
    });
  });
});

describe('search', () => {
  it('finds notes, titles and resolutions with the committee, date, item number, title and highlighted snippet', () => {
    const app = openTestApp();
    const { committee, meeting, item } = seedWithNotes(app);
    app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the refuge report be noted.', parts: [] });

    const [first, ...rest] = search(app, 'refu');
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      committee: { id: committee.id, name: 'Safer Bromley Partnership Strategic Group' },
      meeting: { id: meeting.id, date: '2021-03-25' },
      item: { id: item.id, number: '6', title: 'CCTV programme' },
    });
    expect(highlighted(first!)).toEqual(['refuge']);
    expect(search(app, 'cctv')[0]).toMatchObject({ matchedIn: 'title', snippet: { text: 'CCTV programme', highlights: [{ start: 0, end: 4 }] } });
    expect(search(app, 'high street cam')[0]!.snippet.text).toBe('Cameras in the High Street were replaced.');
  });

  it('is safe against FTS syntax and odd characters in what is typed', () => {
    const app = openTestApp();
    seedWithNotes(app);
    for (const query of ['"', 'NEAR(', 'refuge OR', 'AND', '*', 'body:refuge', '"refuge', '^refuge', 'refuge)', '🎉', "o'malley"]) {
      expect(app.dispatch('search', { query })).toMatchObject({ ok: true });
    }
    expect(search(app, '"refuge')).toHaveLength(1);
    expect(search(app, 'refuge OR')).toEqual([]);
  });

  it('follows an edit in the same save: the old words are gone, the new ones found', () => {
    const app = openTestApp();
    const { item } = seedWithNotes(app);
    app.handlers.updateAgendaItem({ itemId: item.id, title: 'Town centre cameras', notes: richTextFromParagraphs(['Members discussed domestic abuse services.']) });
    expect(search(app, 'refuge ')).toEqual([]);
    expect(search(app, 'cctv ')).toEqual([]);
    expect(search(app, 'domestic abuse')[0]).toMatchObject({ item: { id: item.id, title: 'Town centre cameras' } });
    expect(search(app, 'town centre ')[0]).toMatchObject({ matchedIn: 'title' });
  });

  it('leaves out a deleted item and everything in it, and finds it again after undo', () => {
    const app = openTestApp();
    const { roster, item } = seedWithNotes(app);
    const resolution = app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the camera contract be renewed.', parts: [] });
    app.handlers.addAction({ itemId: item.id, resolutionId: resolution.id, description: 'Write to the contractor', owner: { memberId: roster[1]!.id }, dueDate: null });
    for (const query of ['refuge ', 'renewed ', 'contractor ']) expect(search(app, query)).toHaveLength(1);

    app.handlers.deleteAgendaItem({ itemId: item.id });
    for (const query of ['refuge ', 'renewed ', 'contractor ', 'cctv ']) expect(search(app, query)).toEqual([]);
    // An edit that reaches a deleted item's resolution (an undo racing a save) keeps it out too.
    app.handlers.updateResolution({ resolutionId: resolution.id, text: 'that the camera contract be renewed for a year.' });
    expect(search(app, 'renewed ')).toEqual([]);

    app.handlers.restoreAgendaItem({ itemId: item.id });
    for (const query of ['refuge ', 'renewed ', 'contractor ', 'cctv ']) expect(search(app, query)[0]?.item.id).toBe(item.id);
    expectIndexToHoldTheTexts(app);
  });

  it('forgets a deleted resolution and its actions, and a removed action', () => {
    const app = openTestApp();
    const { roster, item } = seedWithNotes(app);
    const resolution = app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the camera contract be renewed.', parts: [] });
    app.handlers.addAction({ itemId: item.id, resolutionId: resolution.id, description: 'Write to the contractor', owner: { group: 'Partners' }, dueDate: null });
    const other = app.handlers.addAction({ itemId: item.id, resolutionId: null, description: 'Check the invoices', owner: { memberId: roster[0]!.id }, dueDate: null });
    app.handlers.deleteResolution({ resolutionId: resolution.id });
    expect(search(app, 'renewed ')).toEqual([]);
    expect(search(app, 'contractor ')).toEqual([]);
    expect(search(app, 'invoices ')).toHaveLength(1);
    app.handlers.deleteAction({ actionId: other.id });
    expect(search(app, 'invoices ')).toEqual([]);
    expect(app.db.prepare("SELECT count(*) FROM search_docs WHERE source IN ('resolution', 'action')").pluck().get()).toBe(0);
  });

  it('keeps the index in step with what a failed write rolled back', () => {
    const app = openTestApp();
    const { item } = seedWithNotes(app);
    app.db.exec(`CREATE TRIGGER refuse_resolutions BEFORE INSERT ON resolutions BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    app.db.exec(`CREATE TRIGGER refuse_renames BEFORE UPDATE OF title ON agenda_items BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    expect(app.dispatch('addResolution', { itemId: item.id, text: 'that the zebra crossing be approved.' })).toMatchObject({ ok: false });
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, title: 'Zebra crossings', notes: richTextFromParagraphs(['Zebra']) })).toMatchObject({ ok: false });
    expect(search(app, 'zebra ')).toEqual([]);
    expect(search(app, 'refuge ')).toHaveLength(1);
  });

  it('numbers results as the minutes do, with continuous numbering', () => {
    const app = openTestApp();
    const { committee, meeting, item } = seedWithNotes(app);
    app.handlers.updateCommittee({ committeeId: committee.id, minuteNumbering: { mode: 'continuous', restartMonth: 5 } });
    const next = app.handlers.createNextMeeting({ meetingId: meeting.id, date: '2021-04-22' });
    const nextAgenda = app.handlers.getMeeting({ meetingId: next.id }).agenda;
    app.handlers.updateAgendaItem({ itemId: nextAgenda[4]!.id, notes: richTextFromParagraphs(['The refuge figures were circulated.']) });
    const results = search(app, 'refuge ');
    expect(results.map((result) => [result.meeting.date, result.item.number, result.item.title])).toEqual(
      expect.arrayContaining([
        ['2021-03-25', '6', item.title],
        // The first meeting had 8 main items, so this one starts at 9: Matters arising is its fifth.
        ['2021-04-22', '13', 'Matters arising'],
      ]),
    );
  });

  it('puts items whose title matches first, then the newest meeting first, and follows a meeting’s change of date', () => {
    const app = openTestApp();
    const { meeting, item } = seedWithNotes(app);
    const june = app.handlers.createNextMeeting({ meetingId: meeting.id, date: '2021-06-24' });
    const juneItem = app.handlers.getMeeting({ meetingId: june.id }).agenda[4]!;
    app.handlers.updateAgendaItem({ itemId: juneItem.id, notes: richTextFromParagraphs(['More refuge places were found.']) });
    const dates = () => search(app, 'refuge ').map((result) => result.meeting.date);
    expect(dates()).toEqual(['2021-06-24', '2021-03-25']);

    app.handlers.updateMeeting({ meetingId: meeting.id, date: '2021-09-02' });
    expect(dates()).toEqual(['2021-09-02', '2021-06-24']);
    app.handlers.updateAgendaItem({ itemId: item.id, title: 'Refuge places' });
    app.handlers.updateMeeting({ meetingId: meeting.id, date: '2021-03-25' });
    expect(search(app, 'refuge ').map((result) => [result.meeting.date, result.matchedIn])).toEqual([
      // The title matches, so this item leads; its snippet is from the notes, since the result shows the title anyway.
      ['2021-03-25', 'notes'],
      ['2021-06-24', 'notes'],
    ]);
    expectIndexToHoldTheTexts(app);
  });

  it('shows the passage that holds the searched words most often, whatever was searched before', () => {
    const app = openTestApp();
    const { item } = seedWithNotes(app);
    app.handlers.updateAgendaItem({
      itemId: item.id,
      notes: richTextFromParagraphs(['Refuge places were discussed.', 'Refuge capacity: the refuge waiting list and refuge staffing.', 'The refuge lease ends in May.']),
    });
    const snippetOf = () => search(app, 'refuge ')[0]!.snippet.text;
    expect(snippetOf()).toBe('Refuge capacity: the refuge waiting list and refuge staffing.');
    search(app, 'lease ');
    search(app, 'places ');
    expect(snippetOf()).toBe('Refuge capacity: the refuge waiting list and refuge staffing.');
  });

  it('gives one result per item, the best of its matches', () => {
    const app = openTestApp();
    const { item } = seedWithNotes(app);
    app.handlers.updateAgendaItem({ itemId: item.id, title: 'Refuge provision' });
    app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that refuge places be increased.', parts: [] });
    expect(search(app, 'refuge ').map((result) => result.item.id)).toEqual([item.id]);
  });

  it('indexes what a file already held when migration 3 brings it up to date', () => {
    const file = join(tempFolder(), 'older.sqlite');
    const old = new Database(file);
    old.exec(migrations[0]!);
    old.exec(migrations[1]!);
    old.pragma('user_version = 2');
    old.prepare(`INSERT INTO committees VALUES ('c', 'Trustees', '', '10:00', '[]', 'now', 'now')`).run();
    old.prepare(`INSERT INTO meetings (id, committee_id, date, start_time, created_at, updated_at) VALUES ('m', 'c', '2021-03-25', '10:00', 'now', 'now')`).run();
    const notes = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Trustees reviewed the ' }, { type: 'text', text: 'almshouse', marks: [{ type: 'bold' }] }, { type: 'text', text: ' repairs.' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Roof' }, { type: 'hardBreak' }, { type: 'text', text: 'gutters' }] }] }] },
      ],
    };
    old.prepare(`INSERT INTO agenda_items (id, meeting_id, position, title, notes, updated_at) VALUES ('i', 'm', 0, 'Property', ?, 'now')`).run(JSON.stringify(notes));
    old.prepare(`INSERT INTO agenda_items (id, meeting_id, position, title, notes, deleted_at, updated_at) VALUES ('gone', 'm', 1, 'Deleted almshouse item', '{"type":"doc","content":[]}', 'now', 'now')`).run();
    old.prepare(`INSERT INTO resolutions (id, meeting_id, item_id, text, parts, position, created_at, updated_at) VALUES ('r', 'm', 'i', 'that:', '["the roof be mended","the bill be paid"]', 0, 'now', 'now')`).run();
    old.close();

    const app = openTestApp(file);
    expect(search(app, 'almshouse ')).toMatchObject([{ item: { id: 'i', number: '1', title: 'Property' }, matchedIn: 'notes' }]);
    expect(search(app, 'almshouse ')[0]!.snippet.text).toBe('Trustees reviewed the almshouse repairs.');
    expect(search(app, 'bill paid')).toMatchObject([{ matchedIn: 'resolution' }]);
    // The migrations' text of each block is what the app itself would index, so a later save rewrites nothing.
    const notesEntries = () => app.db.prepare("SELECT id, fingerprint FROM search_docs WHERE source = 'notes' ORDER BY id").safeIntegers(true).all() as { id: bigint }[];
    const before = notesEntries();
    expect([...textsOf(app.db, before.map((row) => row.id)).values()]).toEqual(['Trustees reviewed the almshouse repairs.', 'Roof\ngutters']);
    app.handlers.updateAgendaItem({ itemId: 'i', notes: JSON.parse(JSON.stringify(notes)) });
    expect(notesEntries()).toEqual(before);
    expectIndexToHoldTheTexts(app);
    // Migration 3 also gave the old committee the standard phrase bank.
    expect(app.handlers.listPhrases({ committeeId: 'c' })).toHaveLength(10);
  });
});

describe('a prefix searched as the words of the index it begins', () => {
  // What FTS5 itself finds for the query, prefix and all: the spelled-out search must find the same.
  const foundByFts5 = (app: TestApp, match: string) =>
    (app.db.prepare('SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rowid DESC LIMIT 200').safeIntegers(true).pluck().all(match) as bigint[]).map(Number);
  const foundSpelledOut = (app: TestApp, match: string) => newestMatches(app.db, match, 200).map((found) => found.docId);

  it('spells out the words in the index’s own spelling, and leaves to FTS5 a prefix its prefix index serves, a phrase, or one of no words', () => {
    const app = openTestApp();
    const { item } = seedWithNotes(app);
    app.handlers.updateAgendaItem({ itemId: item.id, notes: richTextFromParagraphs(['The Committee thanked the Community Safety team at the Café.', 'Zoë Brønshøj chaired the e-scooter review.']) });
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('Comm')!)).toBe('("committee" OR "community")');
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('safety comm')!)).toBe('"safety" AND ("committee" OR "community")');
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('CAFÉ')!)).toBe('("cafe")');
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('Brøn')!)).toBe('("brønshøj")');
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('Zoë')!)).toBe('"Zoë"*');
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('e-sco')!)).toBe('"e-sco"*');
    // No word of the index begins so: nothing can match, and nothing is looked up.
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('qwer')!)).toBeNull();
    expect(search(app, 'qwer')).toEqual([]);
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('committee ')!)).toBe('"committee"');
    expect(search(app, 'comm')[0]).toMatchObject({ item: { id: item.id } });
  });

  it('leaves a prefix that begins more than 128 words to FTS5', () => {
    const app = openTestApp();
    const { item } = seedWithNotes(app);
    const words = Array.from({ length: 129 }, (_, n) => `ward${n}`);
    app.handlers.updateAgendaItem({ itemId: item.id, notes: richTextFromParagraphs([words.join(' ')]) });
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('ward')!)).toBe('"ward"*');
    const beginningWard1 = words.filter((word) => word.startsWith('ward1')).sort();
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('ward1')!)).toBe(`(${beginningWard1.map((word) => `"${word}"`).join(' OR ')})`);
    expect(search(app, 'ward1')).toHaveLength(1);
  });

  it('leaves the prefix to FTS5 where the words cannot be looked up: a query-only connection, a file from before search_terms', () => {
    const app = openTestApp();
    seedWithNotes(app);
    app.db.pragma('query_only = ON');
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('refu')!)).toBe('"refu"*');
    app.db.pragma('query_only = OFF');
    // A damaged file is opened as it is, without its migrations.
    const older = new Database(fileAtVersion(8), { readonly: true });
    expect(withPrefixSpelledOut(older, buildMatchQuery('refu')!)).toBe('"refu"*');
    older.close();
  });

  it('forgets, when idle, the words the index no longer holds: half-typed ones and those edited away', () => {
    const app = openTestApp();
    const { item } = seedWithNotes(app);
    // Autosave at each pause: the words as they were being typed went into the index and out again.
    for (const typed of ['The commi', 'The committ', 'The committee noted the figures.']) {
      app.handlers.updateAgendaItem({ itemId: item.id, notes: richTextFromParagraphs([typed]) });
    }
    const held = () => app.db.prepare("SELECT term FROM search_terms WHERE term GLOB 'comm*' OR term GLOB 'refu*' ORDER BY term").pluck().all();
    expect(held()).toEqual(['commi', 'committ', 'committee', 'refuge']);
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('comm')!)).toBe('("commi" OR "committ" OR "committee")');
    // In small batches, each from where the last stopped, round to the start again.
    let forgotten = 0;
    for (let batch = 0; batch < 20; batch++) forgotten += forgetGoneWords(app.db, 3);
    expect(held()).toEqual(['committee']);
    expect(forgotten).toBeGreaterThanOrEqual(3);
    expect(withPrefixSpelledOut(app.db, buildMatchQuery('comm')!)).toBe('("committee")');
    expect(search(app, 'comm')[0]).toMatchObject({ item: { id: item.id } });
    expectIndexToHoldTheTexts(app);
  });

  it('runs that forgetting in the quiet moment the store already waits for, before its checkpoint', async () => {
    const app = openTestApp();
    const { item } = seedWithNotes(app);
    app.handlers.updateAgendaItem({ itemId: item.id, notes: richTextFromParagraphs(['The commi']) });
    app.handlers.updateAgendaItem({ itemId: item.id, notes: richTextFromParagraphs(['The committee']) });
    const isHeld = (word: string) => app.db.prepare('SELECT count(*) FROM search_terms WHERE term = ?').pluck().get(word) === 1;
    // As the backend sets it up; one batch (100 words) is more than this file holds.
    expect(app.db.prepare('SELECT count(*) FROM search_terms').pluck().get()).toBeLessThan(100);
    const idle = checkpointWhenIdle(app.db, 20, forgetGoneWords);
    idle.touch();
    expect(isHeld('commi')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isHeld('commi')).toBe(false);
    expect(isHeld('committee')).toBe(true);
    idle.stop();
  });

  it('finds exactly what FTS5 finds for the prefix, through edits, in any script', () => {
    const words = ['committee', 'Community', 'commander', 'COMMS', 'café', 'Cafeteria', 'Zoë', 'zoetrope', 'straße', 'İstanbul', 'مرحبا', 'מרחב', '2021', '20210', 'e-scooter', 'night-time', 'réfugié', 'refuge', '🎉', 'ǅemal', 'o’malley', '𐐷𐐸𐐹', '𐐷𐐸z'];
    const paragraph = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }).map((picked) => picked.join(' '));
    const typed = fc
      .tuple(fc.option(fc.constantFrom(...words), { nil: undefined }), fc.constantFrom(...words), fc.integer({ min: 2, max: 12 }))
      .map(([before, word, length]) => `${before ? `${before} ` : ''}${[...word].slice(0, length).join('')}`);
    fc.assert(
      fc.property(fc.array(fc.array(paragraph, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 4 }), fc.array(typed, { minLength: 1, maxLength: 8 }), (versions, queries) => {
        const app = openTestApp();
        const { item } = seedWithNotes(app);
        // Each version replaces the last: the words only the earlier ones held are still in search_terms.
        for (const version of versions) app.handlers.updateAgendaItem({ itemId: item.id, notes: richTextFromParagraphs(version) });
        for (const query of queries) {
          const match = buildMatchQuery(query);
          if (match) expect(foundSpelledOut(app, match), query).toEqual(foundByFts5(app, match));
        }
        app.db.close();
      }),
      { numRuns: 30 },
    );
  });
});
