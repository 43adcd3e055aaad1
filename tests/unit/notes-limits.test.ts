// Under test: shared/rich-text.ts and shared/limits.ts through the dispatch gate (electron/dispatch.ts)
// and the meeting file reader, on a real SQLite file. Threats (issue 9, failures 4–7): notes that
// escape the character rules every other field has, that overflow the stack outside the
// {code, message} envelope, or that hold the process up for seconds; a BOM refusing a good file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notesLimits } from '../../shared/limits.ts';
import { sha256Hex } from '../../electron/hash.ts';
import { parseMeetingFile as parseWithHash } from '../../shared/meeting-file.ts';
import { parsePhraseBankFile, phraseBankFileFrom } from '../../shared/phrases.ts';
import { richTextFromParagraphs, type BlockNode, type RichText } from '../../shared/rich-text.ts';
import { openTestApp, seedMeeting, tempFolder, type TestApp } from './harness.ts';

const parseMeetingFile = (text: string) => parseWithHash(text, sha256Hex);
const fixtureText = readFileSync(fileURLToPath(new URL('../fixtures/reference-meeting.json', import.meta.url)), 'utf8');

function firstItem(app: TestApp) {
  const { meeting } = seedMeeting(app);
  return app.handlers.getMeeting({ meetingId: meeting.id }).agenda[0]!;
}

const paragraph = (text: string): RichText => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

function nestedLists(depth: number): RichText {
  let block: BlockNode = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
  for (let level = 0; level < depth; level++) block = { type: 'bulletList', content: [{ type: 'listItem', content: [block] }] };
  return { type: 'doc', content: [block] };
}

describe('notes obey the character rules of every other field', () => {
  it.each([
    ['NUL', 'Motion\u0000carried'],
    ['a bell (C0 control)', 'Motion\u0007carried'],
    ['a C1 control', 'Motion\u0085carried'],
  ])('refuses %s in a text run and leaves the saved notes alone', (_what, text) => {
    const app = openTestApp();
    const item = firstItem(app);
    app.handlers.updateAgendaItem({ itemId: item.id, notes: paragraph('Kept') });
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, notes: paragraph(text) })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Notes contains a control character.' },
    });
    expect(app.handlers.getMeeting({ meetingId: item.meetingId }).agenda[0]!.notes).toEqual(paragraph('Kept'));
  });

  it('refuses a lone surrogate in notes and in a plain field instead of storing it changed', () => {
    const app = openTestApp();
    const item = firstItem(app);
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, notes: paragraph('Budget \uD83D noted') })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Notes contains a broken character (half of a surrogate pair).' },
    });
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, title: 'Finance \uDE00' })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Item title contains a broken character (half of a surrogate pair).' },
    });
    // A whole pair is an emoji, and is kept exactly.
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, notes: paragraph('Agreed \uD83D\uDC4D') })).toMatchObject({ ok: true });
    expect(app.handlers.getMeeting({ meetingId: item.meetingId }).agenda[0]!.notes).toEqual(paragraph('Agreed 👍'));
  });

  it('accepts tabs, line feeds and right-to-left text as other fields do', () => {
    const app = openTestApp();
    const item = firstItem(app);
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, notes: paragraph('Item\tמשפט עברי') })).toMatchObject({ ok: true });
  });
});

describe('notes have explicit limits, refused inside the envelope', () => {
  it('refuses notes nested 437 and 10,000 levels deep with {code, message}, not a RangeError', () => {
    const app = openTestApp();
    const item = firstItem(app);
    for (const depth of [437, 10_000]) {
      expect(app.dispatch('updateAgendaItem', { itemId: item.id, notes: nestedLists(depth) })).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: `Notes have lists nested more than ${notesLimits.listDepth} deep.` },
      });
    }
    // Depth that is not even a list (a text node wrapped in itself) is refused the same way.
    let junk: unknown = { type: 'text', text: 'x' };
    for (let level = 0; level < 20_000; level++) junk = { type: 'paragraph', content: junk };
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, notes: { type: 'doc', content: [junk] } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('keeps lists nested to the limit', () => {
    const app = openTestApp();
    const item = firstItem(app);
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, notes: nestedLists(notesLimits.listDepth) })).toMatchObject({ ok: true });
  });

  it('refuses 200,000 paragraphs at once, and notes over the character limit', () => {
    const app = openTestApp();
    const item = firstItem(app);
    const many = richTextFromParagraphs(Array.from({ length: 200_000 }, (_, index) => `Paragraph ${index}`));
    const started = performance.now();
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, notes: many })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: `Notes have more than ${notesLimits.blocks.toLocaleString('en-GB')} paragraphs and list items.` },
    });
    // Before the limit this took 9.9 s; the walk stops at the 10,001st block. Generous for a loaded machine.
    expect(performance.now() - started).toBeLessThan(1_000);

    const huge = paragraph('x'.repeat(notesLimits.characters + 1));
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, notes: huge })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: `Notes are too long (at most ${notesLimits.characters.toLocaleString('en-GB')} characters).` },
    });
    expect(app.handlers.getMeeting({ meetingId: item.meetingId }).agenda[0]!.notes).toEqual(item.notes);
  });

  it('holds notes in a meeting file to the same rules', () => {
    const file = JSON.parse(fixtureText) as { agenda: { notes: unknown }[] };
    file.agenda[0]!.notes = paragraph('Hidden\u0000text');
    expect(parseMeetingFile(JSON.stringify(file))).toEqual({ ok: false, message: 'agenda[0].notes: Notes contains a control character.' });
    file.agenda[0]!.notes = nestedLists(1_000);
    expect(parseMeetingFile(JSON.stringify(file))).toMatchObject({ ok: false, message: expect.stringContaining('nested more than') });
  });
});

describe('imported files', () => {
  it('accepts a meeting file and a phrase bank that start with a UTF-8 byte order mark', () => {
    expect(parseMeetingFile(`\uFEFF${fixtureText}`)).toMatchObject({ ok: true });
    const bank = JSON.stringify(phraseBankFileFrom('Board', [], '2026-01-01T00:00:00Z', sha256Hex));
    expect(parsePhraseBankFile(`\uFEFF${bank}`, sha256Hex)).toMatchObject({ ok: true });

    const app = openTestApp();
    const path = join(tempFolder(), 'from-notepad.json');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixtureText)]));
    expect(app.dispatch('importMeetingFile', { source: app.grant(path, 'meeting-file-open') })).toMatchObject({ ok: true });
  });
});
