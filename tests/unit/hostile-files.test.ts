// Under test: the readers of every imported format — shared/meeting-file.ts and shared/phrases.ts,
// and the import handlers behind the file grants — with fast-check. Threat (issue 9, failure 4):
// a damaged or hostile file that crashes the reader, escapes the {code, message} envelope, holds
// the process up, or imports silently changed.
import { closeSync, openSync, readFileSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../electron/hash.ts';
import { parseMeetingFile } from '../../shared/meeting-file.ts';
import { defaultPhrases, parsePhraseBankFile, phraseBankFileFrom } from '../../shared/phrases.ts';
import { parseResponseFile, parseReviewFile, reviewFileName } from '../../shared/review-file.ts';
import { openTestApp, seedMeeting, tempFolder } from './harness.ts';

const runs = Number(process.env['FUZZ_RUNS'] ?? 150);
const fixturePath = fileURLToPath(new URL('../fixtures/reference-meeting.json', import.meta.url));

/** The reference meeting as this version writes it (version 2, with its hash). */
function currentMeetingFile(): string {
  const app = openTestApp();
  const { meetingId } = app.handlers.importMeetingFile({ source: app.grant(fixturePath, 'meeting-file-open') });
  const target = join(tempFolder(), 'reference-v2.json');
  app.handlers.exportMeetingFile({ meetingId, target: app.grant(target, 'meeting-file-save') });
  return readFileSync(target, 'utf8');
}
const meetingText = currentMeetingFile();

/** A review file as the secretary sends it, and the chairman's response written beside it. */
async function reviewAndResponse(): Promise<{ review: string; response: string }> {
  const office = openTestApp();
  const { meetingId } = office.handlers.importMeetingFile({ source: office.grant(fixturePath, 'meeting-file-open') });
  const detail = office.handlers.getMeeting({ meetingId });
  const path = join(tempFolder(), reviewFileName(detail.committee.name, detail.meeting.date, detail.minutes.version + 1));
  office.handlers.sendToChairman({ meetingId, target: office.grant(path, 'review-save'), by: 'Clerk', note: '' });
  const laptop = openTestApp();
  const opened = await laptop.handlers.openReview({ source: laptop.grant(path, 'review-open') });
  const at = '2021-03-27T10:00:00.000Z';
  const comment = { id: crypto.randomUUID(), anchor: { kind: 'item' as const, itemId: opened.minutes.items[0]!.itemId }, text: 'Fine.', suggestion: null, createdAt: at, updatedAt: at };
  laptop.handlers.saveReviewResponse({ reviewId: opened.reviewId, reviewer: 'Councillor Kate Lymer', comments: [comment], decision: { kind: 'approve', message: '' } });
  return { review: readFileSync(path, 'utf8'), response: readFileSync(path.replace(/\.proceedings-review$/, '.proceedings-response'), 'utf8') };
}
const { review: reviewText, response: responseText } = await reviewAndResponse();
const phraseText = JSON.stringify(
  phraseBankFileFrom('Board', defaultPhrases, '2026-01-01T00:00:00Z', sha256Hex, [
    { abbreviation: 'tvc', expansion: 'the Vice-Chairman' },
    { abbreviation: 'مم', expansion: 'مجلس المدينة 🎉' },
  ]),
);

type Reader = { name: string; text: string; parse: (text: string) => { ok: boolean } };
const readers: Reader[] = [
  { name: 'meeting file', text: meetingText, parse: (text) => parseMeetingFile(text, sha256Hex) },
  { name: 'phrase bank', text: phraseText, parse: (text) => parsePhraseBankFile(text, sha256Hex) },
  { name: 'review file', text: reviewText, parse: (text) => { const parsed = parseReviewFile(text, sha256Hex); return parsed.ok ? { ok: true, file: parsed.value } : parsed; } },
  { name: 'response file', text: responseText, parse: (text) => { const parsed = parseResponseFile(text, sha256Hex); return parsed.ok ? { ok: true, file: parsed.value } : parsed; } },
];

/** The reader's verdict, or what it threw: a reader must never throw. */
function verdict(reader: Reader, text: string): { ok: boolean } | { threw: string } {
  try {
    return reader.parse(text);
  } catch (error) {
    return { threw: String(error) };
  }
}

function flipBit(text: string, position: number, bit: number): string {
  const bytes = Buffer.from(text, 'utf8');
  bytes[position % bytes.length]! ^= 1 << bit;
  return bytes.toString('utf8');
}

describe('the review file reader', () => {
  it('refuses a changed sender, time or note, which lie outside the minutes’ own hash', () => {
    const json = JSON.parse(reviewText) as Record<string, unknown>;
    for (const change of [{ sentBy: 'Blerk' }, { sentAt: '3026-12-01T11:16:48.901Z' }, { note: 'Approve it.' }]) {
      const result = parseReviewFile(JSON.stringify({ ...json, ...change }), sha256Hex);
      expect({ change, result }).toMatchObject({ change, result: { ok: false, message: expect.stringMatching(/does not match its hash/) } });
    }
  });
});

describe.each(readers)('the $name reader', (reader) => {
  it('reads the honest file, and one that starts with a UTF-8 BOM', () => {
    expect(reader.parse(reader.text)).toMatchObject({ ok: true });
    expect(reader.parse(`\uFEFF${reader.text}`)).toMatchObject({ ok: true });
  });

  it(`refuses every truncation with a message, never a throw (${runs} cases)`, () => {
    fc.assert(
      // Cut anywhere before the last character that is not white space.
      fc.property(fc.integer({ min: 0, max: reader.text.trimEnd().length - 1 }), (length) => {
        expect(verdict(reader, reader.text.slice(0, length))).toMatchObject({ ok: false, message: expect.any(String) });
      }),
      { numRuns: runs },
    );
  });

  it(`never throws on a flipped bit, and reads a flipped file only if it means the same (${runs} cases)`, () => {
    const original = reader.parse(reader.text) as { ok: true; file: unknown };
    let undetected = 0;
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 7 }), (position, bit) => {
        const flipped = flipBit(reader.text, position, bit);
        const result = verdict(reader, flipped);
        expect(result).not.toHaveProperty('threw');
        if ('ok' in result && result.ok && JSON.stringify((result as unknown as { file: unknown }).file) !== JSON.stringify(original.file)) undetected += 1;
      }),
      { numRuns: runs },
    );
    // A flip that keeps the JSON valid but changes what it says must be caught (the file's content hash).
    expect(undetected).toBe(0);
  });

  it('refuses wrong versions plainly', () => {
    const json = JSON.parse(reader.text) as { version: unknown };
    for (const version of [0, -1, 1.5, '1', null, 999, 1e308]) {
      const result = verdict(reader, JSON.stringify({ ...json, version }));
      expect({ version, result }).toMatchObject({ version, result: { ok: false, message: expect.any(String) } });
    }
  });

  it('refuses JSON bombs quickly: deep nesting, huge arrays, a huge string', () => {
    const json = JSON.parse(reader.text) as Record<string, unknown>;
    const bombs = [
      '['.repeat(100_000) + ']'.repeat(100_000),
      '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
      JSON.stringify({ ...json, extra: Array.from({ length: 1_000_000 }, () => 0) }),
      JSON.stringify({ ...json, committee: 'x'.repeat(20_000_000) }),
    ];
    for (const bomb of bombs) {
      const started = performance.now();
      expect(verdict(reader, bomb)).toMatchObject({ ok: false, message: expect.any(String) });
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });
});

describe('importing hostile files through the handlers', () => {
  it('refuses a 100 MB file before reading it, and changes nothing', () => {
    const app = openTestApp();
    const { committee } = seedMeeting(app);
    const path = join(tempFolder(), 'huge.json');
    // A sparse file: 100 MB on paper, no time to write.
    const handle = openSync(path, 'w');
    ftruncateSync(handle, 100 * 1024 * 1024);
    closeSync(handle);
    expect(app.dispatch('importMeetingFile', { source: app.grant(path, 'meeting-file-open') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('too large') },
    });
    expect(app.dispatch('importPhraseBank', { committeeId: committee.id, source: app.grant(path, 'phrase-bank-open') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('too large') },
    });
  });

  it('answers every mangled meeting file with the envelope', () => {
    const app = openTestApp();
    const folder = tempFolder();
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 7 }), fc.boolean(), (position, bit, truncate) => {
        const text = truncate ? meetingText.slice(0, position % meetingText.length) : flipBit(meetingText, position, bit);
        const path = join(folder, 'mangled.json');
        writeFileSync(path, text);
        const answer = app.dispatch('importMeetingFile', { source: app.grant(path, 'meeting-file-open') }) as { ok: boolean; error?: object };
        if (!answer.ok) expect(Object.keys(answer.error!).sort()).toEqual(['code', 'message']);
      }),
      { numRuns: Math.min(runs, 60) },
    );
  });
});
