// Under test: migration 3 (electron/store/migrations/003-…): a data file written by version 2 opens
// with its minutes intact, the standard phrase bank, numbering from 1, no votes yet — and a search
// index of what the file already held. The migration works out each block's plain text in SQL; the
// app does it with richTextToPlain (shared/rich-text.ts). They are compared here on real notes.
import { describe, expect, it } from 'vitest';
import { actionText, meetingSlot, notesBlockTexts, resolutionText, textsOf } from '../../electron/store/search-index.ts';
import { migrations } from '../../electron/store/migrations/index.ts';
import type { BlockNode, InlineNode, RichText } from '../../shared/rich-text.ts';
import { indexedText } from '../../shared/search.ts';
import { openTestApp, type TestApp } from './harness.ts';
import { fileAtVersion, insert } from './schema-history.ts';

const now = '2021-03-01T09:00:00.000Z';

const text = (value: string, ...marks: ('bold' | 'italic' | 'underline')[]): InlineNode =>
  marks.length ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) } : { type: 'text', text: value };
const hardBreak: InlineNode = { type: 'hardBreak' };
const paragraph = (...content: InlineNode[]): BlockNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const item = (...content: BlockNode[]) => ({ type: 'listItem' as const, content });
const bullets = (...items: ReturnType<typeof item>[]): BlockNode => ({ type: 'bulletList', content: items });
const numbered = (...items: ReturnType<typeof item>[]): BlockNode => ({ type: 'orderedList', content: items });
const doc = (...content: BlockNode[]): RichText => ({ type: 'doc', content });

/** Notes as secretaries write them, one agenda item each. */
const realNotes: Record<string, RichText> = {
  marks: doc(paragraph(text('Trustees reviewed the '), text('almshouse', 'bold'), text(' repairs; the '), text('roof', 'italic', 'underline'), text(' comes first.'))),
  lists: doc(
    paragraph(text('The Partnership heard:')),
    bullets(item(paragraph(text('refuge capacity'))), item(paragraph(text('the '), text('CCTV', 'bold'), text(' programme')))),
    numbered(item(paragraph(text('Agree the plan.'))), item(paragraph(text('Report in June.')))),
  ),
  nested: doc(
    bullets(
      item(paragraph(text('Finance')), numbered(item(paragraph(text('Budget agreed'))), item(paragraph(text('Reserves noted')), bullets(item(paragraph(text('three levels deep'))))))),
      item(paragraph(text('Property'))),
    ),
  ),
  breaks: doc(paragraph(text('Roof'), hardBreak, text('gutters'), hardBreak, hardBreak, text('drains')), paragraph(hardBreak, text('after a break'))),
  emoji: doc(paragraph(text('Fun day raised £1,200 🎉 — thanks to 👩🏽‍💻 volunteers')), paragraph(text('🇬🇧'))),
  rightToLeft: doc(paragraph(text('وافق المجلس على الخطة')), paragraph(text('Mixed: '), text('שלום', 'bold'), text(' and English'))),
  emptyParagraphs: doc(paragraph(), paragraph(text('After an empty line')), paragraph(), paragraph(), paragraph(text('and two more'))),
  whitespace: doc(paragraph(text('   ')), paragraph(text('  Indented words  ')), paragraph(text('\tTabbed'))),
  highlightMarks: doc(paragraph(text('A note with \uE000forged\uE001 marks'))),
  manyBlocks: doc(...Array.from({ length: 12 }, (_, index) => paragraph(text(`Paragraph ${index + 1}`)))),
  empty: doc(paragraph()),
  emptyListItem: doc(bullets(item(paragraph(text('First'))), item(paragraph()), item(paragraph(text('Third'))))),
  pastedSpaces: doc(paragraph(text('\u00a0Cost £3,000\u00a0')), paragraph(text('\u3000Ideographic'))),
  twoParagraphItem: doc(numbered(item(paragraph(text('Point')), paragraph(text('its second paragraph'))))),
};

function versionTwoFile(): string {
  return fileAtVersion(2, (db) => {
    for (const committee of ['c1', 'c2']) {
      insert(db, 'committees', { id: committee, name: `Committee ${committee}`, agenda_template: '[]', created_at: now, updated_at: now });
    }
    insert(db, 'members', { id: 'kl', committee_id: 'c1', name: 'Councillor Kate Lymer', initials: 'KL', chair_role: 'chairman', position: 0 });
    insert(db, 'meetings', { id: 'g1', committee_id: 'c1', date: '2021-03-25', start_time: '10:00', created_at: now, updated_at: now });
    insert(db, 'meetings', { id: 'g2', committee_id: 'c1', date: '2021-06-24', start_time: '14:30', created_at: now, updated_at: now });
    Object.entries(realNotes).forEach(([id, notes], position) => {
      insert(db, 'agenda_items', { id, meeting_id: 'g1', position, title: `Item ${id}`, notes: JSON.stringify(notes), updated_at: now });
    });
    insert(db, 'agenda_items', { id: 'later', meeting_id: 'g2', position: 0, title: 'Property', notes: JSON.stringify(realNotes.marks), updated_at: now });
    insert(db, 'agenda_items', { id: 'gone', meeting_id: 'g1', position: 99, title: 'Withdrawn', notes: JSON.stringify(realNotes.lists), deleted_at: now, updated_at: now });
    insert(db, 'house_styles', { committee_id: 'c1', layout: 'single-column', font_family: 'Arial', font_size: 11, date_style: 'ordinal', refer_to: 'role', part2_wording: 'Exempt under paragraph {paragraph}.', updated_at: now });
    insert(db, 'part2_items', { item_id: 'lists', paragraph: 3, reason: 'contract' });
    insert(db, 'sentence_overrides', { item_id: 'marks', key: 'apologies', text: 'There were no apologies.' });
    insert(db, 'papers', { id: 'p1', meeting_id: 'g1', item_id: 'marks', title: 'Survey report', position: 0, added_at: now });
    insert(db, 'resolutions', { id: 'r1', meeting_id: 'g1', item_id: 'lists', form: 'resolved', text: 'that:', parts: JSON.stringify(['the plan be agreed', 'the report be noted']), position: 0, created_at: now, updated_at: now });
    insert(db, 'resolutions', { id: 'r2', meeting_id: 'g1', item_id: 'lists', form: 'recommended', text: 'to Council that the budget be set.', position: 1, created_at: now, updated_at: now });
    insert(db, 'actions', { id: 'x1', meeting_id: 'g1', item_id: 'lists', resolution_id: 'r1', description: 'Circulate the plan', owner_member_id: 'kl', owner_name: '', due_date: '2021-04-30', position: 0, created_at: now, updated_at: now });
    insert(db, 'actions', { id: 'x2', meeting_id: 'g1', item_id: 'marks', description: 'Get three quotes', owner_name: 'Partners', status: 'done', position: 1, created_at: now, updated_at: now });
  });
}

/** The texts the index holds for a source (an item's own title and notes are found by the item). */
const indexed = (app: TestApp, source: string, sourceId: string) => {
  const ids = app.db
    .prepare(
      `SELECT d.id FROM search_docs d JOIN search_items s ON s.key = d.item
       WHERE d.source = ? AND (d.source_id = ? OR (d.source_id IS NULL AND s.item_id = ?)) ORDER BY d.id`,
    )
    .safeIntegers(true)
    .pluck()
    .all(source, sourceId, sourceId) as bigint[];
  const texts = textsOf(app.db, ids);
  return ids.map((id) => texts.get(id));
};

/** The text the app itself gives an index entry (store/search-index.ts, indexDoc and indexNotes). */
const asTheAppIndexes = (texts: string[]) => texts.map((value) => indexedText(value).trim()).filter(Boolean);

// Where the SQL and the TypeScript part. Migration 3 has shipped, so it stays as it is: an empty
// bullet's blank line is left out, and spaces other than ASCII's at either end (a no-break space
// pasted from Word, an ideographic space) are kept. Search finds the same words either way (FTS5
// splits on every kind of space), and the item's next save puts the app's own text in.
const knownDifferences: Record<string, string[]> = {
  emptyListItem: ['First\nThird'],
  pastedSpaces: ['\u00a0Cost £3,000\u00a0', '\u3000Ideographic'],
};

describe('migration 3', () => {
  it('indexes each block of the notes with the text the app itself would index', () => {
    const app = openTestApp(versionTwoFile());
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    for (const [id, notes] of Object.entries(realNotes)) {
      const expected = knownDifferences[id] ?? asTheAppIndexes(notesBlockTexts(notes));
      expect({ id, indexed: indexed(app, 'notes', id) }).toEqual({ id, indexed: expected });
    }
    // The notes of a deleted item are not searchable, as the app leaves them.
    expect(indexed(app, 'notes', 'gone')).toEqual([]);
    expect(indexed(app, 'title', 'gone')).toEqual([]);
  });

  it('finds the words where the two part, and the next save writes the app’s own text', () => {
    const app = openTestApp(versionTwoFile());
    const found = (query: string) => app.handlers.search({ query, limit: 20 }).map((result) => result.item.id);
    expect(found('Third ')).toEqual(['emptyListItem']);
    expect(found('Cost ')).toEqual(['pastedSpaces']);
    expect(found('Ideographic ')).toEqual(['pastedSpaces']);
    for (const id of Object.keys(knownDifferences)) {
      app.handlers.updateAgendaItem({ itemId: id, notes: realNotes[id]! });
      // The save matches entries by their text, so they may come back in another order.
      expect(indexed(app, 'notes', id).sort()).toEqual(asTheAppIndexes(notesBlockTexts(realNotes[id]!)).sort());
    }
    expect(() => app.db.prepare("INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
  });

  it('keeps a version 2 file’s minutes, gives every committee the standard phrase bank, and indexes titles, resolutions and actions', () => {
    const app = openTestApp(versionTwoFile());
    const detail = app.handlers.getMeeting({ meetingId: 'g1' });
    expect(detail.houseStyle).toEqual({ layout: 'single-column', fontFamily: 'Arial', fontSize: 11, dateStyle: 'ordinal', referTo: 'role', part2Wording: 'Exempt under paragraph {paragraph}.' });
    expect(detail.byItem['lists']).toMatchObject({
      part2: { paragraph: 3, reason: 'contract' },
      resolutions: [
        { id: 'r1', form: 'resolved', text: 'that:', parts: ['the plan be agreed', 'the report be noted'], vote: null },
        { id: 'r2', form: 'recommended', text: 'to Council that the budget be set.', vote: null },
      ],
      actions: [{ id: 'x1', resolutionId: 'r1', owner: { memberId: 'kl' }, dueDate: '2021-04-30', status: 'open' }],
    });
    expect(detail.byItem['marks']).toMatchObject({
      sentenceOverrides: [{ key: 'apologies', text: 'There were no apologies.' }],
      papers: [{ id: 'p1', title: 'Survey report' }],
      actions: [{ id: 'x2', owner: { group: 'Partners' }, status: 'done' }],
    });
    expect(detail.meeting).toMatchObject({ previousMeetingId: null, nextMeetingDate: null });
    expect(detail.firstMinuteNumber).toBe(1);

    // The standard wordings, for the committee with meetings and the one without.
    for (const committeeId of ['c1', 'c2']) {
      const phrases = app.handlers.listPhrases({ committeeId });
      expect(phrases).toHaveLength(10);
      expect(phrases[0]).toMatchObject({ inserts: 'resolution', form: 'resolved', text: 'that the update be noted.' });
      expect(phrases.at(-1)).toMatchObject({ inserts: 'sentence', text: 'The date of the next meeting was noted as {next meeting date}.' });
    }
    expect(new Set(app.db.prepare('SELECT id FROM phrases').pluck().all()).size).toBe(20);

    // Titles, resolutions and actions carry the text the app gives them.
    expect(indexed(app, 'title', 'marks')).toEqual(['Item marks']);
    expect(indexed(app, 'resolution', 'r1')).toEqual(asTheAppIndexes([resolutionText({ form: 'resolved', text: 'that:', parts: ['the plan be agreed', 'the report be noted'] })]));
    expect(indexed(app, 'resolution', 'r2')).toEqual(asTheAppIndexes([resolutionText({ form: 'recommended', text: 'to Council that the budget be set.', parts: [] })]));
    expect(indexed(app, 'action', 'x1')).toEqual(asTheAppIndexes([actionText('Circulate the plan', '')]));
    expect(indexed(app, 'action', 'x2')).toEqual(asTheAppIndexes([actionText('Get three quotes', 'Partners')]));
    // Each text's id places it by its meeting's start, so the later meeting's texts come first in a search.
    const slotOf = (itemId: string) => Number(app.db.prepare('SELECT min(d.id) FROM search_docs d JOIN search_items s ON s.key = d.item WHERE s.item_id = ?').pluck().get(itemId)) / 2 ** 20;
    expect(Math.floor(slotOf('marks'))).toBe(meetingSlot('2021-03-25', '10:00'));
    expect(Math.floor(slotOf('later'))).toBe(meetingSlot('2021-06-24', '14:30'));
    expect(app.handlers.search({ query: 'almshouse ', limit: 20 }).map((result) => result.item.id)).toEqual(['later', 'marks']);
  });
});
