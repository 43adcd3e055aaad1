// Under test: electron/export/minutes-docx.ts at its edge with hostile text — control characters (which
// XML 1.0 cannot hold), emoji, right-to-left script, a 1 MB paragraph and markup. Threat: a
// document Word or LibreOffice refuses to open, or text read as markup. The file is opened for
// real by LibreOffice (CI installs libreoffice-writer): this test is never skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RichText } from '../../shared/rich-text.ts';
import { divideLongParagraph, longestParagraph } from '../../electron/export/minutes-docx.ts';
import { readDocx } from './docx-reader.ts';
import { openTestApp, seedMeeting, tempFolder } from './harness.ts';

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
const megabyte = 'The Board noted the update and asked for the ward figures. '.repeat(Math.ceil(1_048_576 / 60)).slice(0, 1_048_576);

const hostile: RichText = {
  type: 'doc',
  content: [
    paragraph('Bell\u0007, form feed\u000C, vertical tab\u000B, escape\u001B, null\u0000 and C1\u0085 controls; a lone surrogate \uD800 and U+FFFE \uFFFE.'),
    paragraph('Thanks 🎉 to all 👩🏽‍⚖️ partners'),
    paragraph('مرحبا بالجميع في الاجتماع'),
    paragraph('שלום לכולם'),
    paragraph('<script>alert(1)</script> & ]]> <w:p/> "quoted"'),
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph('A bullet with 🎉 and \u0001 in it'), { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph('A nested numbered point')] }] }] }],
    },
    paragraph(megabyte),
  ],
};

// XML 1.0 Char production: what may appear anywhere in a part of the package.
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function soffice(): string {
  for (const candidate of ['soffice', 'libreoffice']) {
    if (spawnSync(candidate, ['--version'], { encoding: 'utf8' }).status === 0) return candidate;
  }
  throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-writer');
}

describe('hostile text', () => {
  it('exports to a document whose XML is well formed and that LibreOffice opens and converts to PDF', async () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
    app.handlers.updateAgendaItem({ itemId: item.id, title: '<script>alert("title")</script> مرحبا 🎉', notes: hostile, postMeetingNote: 'Note with 🎉 and <b>tags</b>' });
    app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that الميزانية be noted 🎉 <i>', parts: ['<script>part</script>', 'שלום'] });

    const folder = tempFolder();
    const targetPath = join(folder, 'hostile.docx');
    expect(await app.dispatch('exportMinutes', { meetingId: meeting.id, mode: 'full', target: app.grant(targetPath, 'minutes') })).toMatchObject({ ok: true });

    const docx = readDocx(readFileSync(targetPath));
    for (const name of docx.files.filter((file) => file.endsWith('.xml') || file.endsWith('.rels'))) {
      expect(notXml.test(docx.xml(name)), name).toBe(false);
    }
    const xml = docx.xml('word/document.xml');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; &lt;w:p/&gt;');
    expect(xml).not.toContain('<script>');
    const texts = docx.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain('Bell, form feed, vertical tab, escape, null and C1 controls; a lone surrogate  and U+FFFE .');
    expect(texts).toContain('Thanks 🎉 to all 👩🏽‍⚖️ partners');
    expect(texts).toContain('مرحبا بالجميع في الاجتماع');
    // The megabyte arrives whole and in order, divided at sentence ends into Word paragraphs.
    const first = texts.findIndex((text) => megabyte.startsWith(text) && text.length > 1000);
    const pieces: string[] = [];
    for (let at = first; pieces.join('').length < megabyte.length; at++) pieces.push(texts[at]!);
    expect(pieces.join('')).toBe(megabyte);
    expect(pieces.every((piece) => piece.length <= longestParagraph && piece.endsWith('figures. '))).toBe(true);
    const arabic = docx.paragraphs.find((paragraph) => paragraph.text === 'مرحبا بالجميع في الاجتماع')!;
    expect(arabic.element.toString()).toContain('<w:rtl/>');

    // A fresh profile: LibreOffice must not depend on (or write to) anyone's own settings.
    const profile = pathToFileURL(join(tempFolder(), 'profile')).href;
    const result = spawnSync(
      soffice(),
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, targetPath],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(result.error).toBeUndefined();
    expect(result.status, result.stderr).toBe(0);
    const pdf = join(folder, 'hostile.pdf');
    expect(existsSync(pdf), `${result.stdout}\n${result.stderr}`).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A megabyte of text runs to hundreds of pages: the paragraph really was laid out.
    const pages = Number(/\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/.exec(bytes.toString('latin1'))?.[1] ?? 0);
    expect(pages).toBeGreaterThan(100);
  }, 300_000);
});

describe('a very long paragraph', () => {
  const text = (pieces: ReturnType<typeof divideLongParagraph>) =>
    pieces.map((piece) => piece.map((inline) => ('text' in inline ? inline.text : '\n')).join(''));

  it('is divided at sentence ends, keeping every character and its formatting', () => {
    const sentence = 'Partners noted the update. ';
    const pieces = divideLongParagraph([{ text: sentence.repeat(10), bold: true }, { lineBreak: true }, { text: 'End.' }], 60);
    expect(text(pieces)).toEqual([sentence.repeat(2), sentence.repeat(2), sentence.repeat(2), sentence.repeat(2), `${sentence.repeat(2)}\nEnd.`]);
    expect(pieces[0]![0]).toEqual({ text: sentence.repeat(2), bold: true });
    expect(divideLongParagraph([{ text: 'short' }], 60)).toEqual([[{ text: 'short' }]]);
  });

  it('falls back to spaces, then to a cut that never splits an emoji', () => {
    expect(text(divideLongParagraph([{ text: 'aaaa bbbb cccc dddd' }], 10))).toEqual(['aaaa bbbb ', 'cccc dddd']);
    const emoji = 'x'.repeat(9) + '🎉' + 'y'.repeat(5);
    const pieces = text(divideLongParagraph([{ text: emoji }], 10));
    expect(pieces.join('')).toBe(emoji);
    expect(pieces[0]).toBe('x'.repeat(9));
    expect(pieces.every((piece) => !/[\uD800-\uDBFF]$/.test(piece))).toBe(true);
  });
});
