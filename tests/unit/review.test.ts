// Under test: the chairman's review end to end on two real data folders (electron/handlers/review.ts,
// shared/review-file.ts, shared/review-apply.ts): send, open with no set-up, comment, suggest,
// return, import, accept and decline, send again, approve. And every bad file: truncated, damaged,
// too large, newer, tampered, markup, another meeting, another version. Threat: a response that
// changes the minutes wrongly, twice, or partly; a hostile file that changes anything.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { OpenedReview } from '../../shared/api.ts';
import { itemPassageText, passageAnchor, type ReviewComment } from '../../shared/review.ts';
import { responseFileFrom, responseFileNameFor, reviewFileName } from '../../shared/review-file.ts';
import { sha256Hex } from '../../electron/hash.ts';
import { readDocx } from './docx-reader.ts';
import { openTestApp, tempFolder, type TestApp } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixturePath = join(root, 'tests', 'fixtures', 'reference-meeting.json');
const meetingId = 'g-2021-03-25';
const at = '2021-03-27T10:00:00.000Z';

const tables = ['meetings', 'agenda_items', 'resolutions', 'actions', 'minutes_versions', 'review_responses', 'review_comments'];
const snapshotOf = (app: TestApp) => ({
  counts: Object.fromEntries(tables.map((table) => [table, app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()])),
  detail: app.handlers.getMeeting({ meetingId }),
});

function secretary() {
  const app = openTestApp();
  app.handlers.importMeetingFile({ source: app.grant(fixturePath, 'meeting-file-open') });
  return app;
}

function send(app: TestApp, folder = tempFolder()) {
  const detail = app.handlers.getMeeting({ meetingId });
  const path = join(folder, reviewFileName(detail.committee.name, detail.meeting.date, detail.minutes.version + 1));
  const sent = app.handlers.sendToChairman({ meetingId, target: app.grant(path, 'review-save'), by: 'Clerk', note: '' });
  return { path, sent };
}

async function open(chairman: TestApp, path: string): Promise<OpenedReview> {
  return chairman.handlers.openReview({ source: chairman.grant(path, 'review-open') });
}

/** A comment on the passage `quote` of the item with that title, as the chairman's screen would build it. */
function onPassage(review: OpenedReview, itemTitle: string, quote: string, suggestion: string | null, text = '', after = ''): ReviewComment {
  const item = review.minutes.items.find((each) => each.title.toLowerCase() === itemTitle.toLowerCase())!;
  const passage = itemPassageText(item);
  const start = passage.indexOf(quote, after ? passage.indexOf(after) : 0);
  if (start < 0) throw new Error(`“${quote}” is not in ${itemTitle}`);
  return { id: crypto.randomUUID(), anchor: passageAnchor(item, start, start + quote.length), text, suggestion, createdAt: at, updatedAt: at };
}
const onItem = (review: OpenedReview, index: number, text: string): ReviewComment => ({
  id: crypto.randomUUID(),
  anchor: { kind: 'item', itemId: review.minutes.items[index]!.itemId },
  text,
  suggestion: null,
  createdAt: at,
  updatedAt: at,
});
const importResponse = (app: TestApp, path: string) => app.handlers.importReviewResponse({ source: app.grant(path, 'response-open'), by: 'Clerk' });

describe('the round trip, offline, on two data folders', () => {
  it('send → comment and suggest → return → import → accept one, decline one → send again → approve → import', async () => {
    const office = secretary();
    const laptop = openTestApp();
    const { path: firstReview, sent } = send(office);
    expect(firstReview).toMatch(/Safer Bromley Partnership Strategic Group 2021-03-25 v1\.proceedings-review$/);
    expect(sent.status).toMatchObject({ state: 'with-chairman', version: 1, sent: { version: 1, by: 'Clerk' } });

    const review = await open(laptop, firstReview);
    expect(review.isResumed).toBe(false);
    expect(review.minutes.headerMarks).toContain('DRAFT');
    expect(laptop.handlers.listCommittees({})).toEqual([]);
    const resolutionItem = review.minutes.items.find((item) => item.sections.some((section) => section.blocks.some((block) => block.kind === 'resolution')))!;
    const resolutionText = itemPassageText(resolutionItem);
    const word = resolutionText.match(/RESOLVED that the (\w+)/)![1]!;
    const accepted = onPassage(review, resolutionItem.title, `that the ${word}`, `that the draft ${word}`, 'Please add the correction.', 'RESOLVED');
    const declined = onPassage(review, resolutionItem.title, 'RESOLVED', 'AGREED');
    const general = onItem(review, 0, 'A good meeting — “thank you” <3 & more.');
    const saved = laptop.handlers.saveReviewResponse({ reviewId: review.reviewId, reviewer: 'Councillor Kate Lymer', comments: [general, accepted], decision: null });
    const responsePath = join(tempFolder(), 'never');
    expect(saved.fileName).toBe(responseFileNameFor(firstReview.split('/').pop()!));
    const besideReview = firstReview.replace(/\.proceedings-review$/, '.proceedings-response');
    expect(existsSync(besideReview)).toBe(true);
    expect(existsSync(responsePath)).toBe(false);

    // A flat battery: open the review again and carry on where the chairman was.
    const resumed = await open(laptop, firstReview);
    expect(resumed.isResumed).toBe(true);
    expect(resumed.response.comments.map((comment) => comment.id)).toEqual([general.id, accepted.id]);
    laptop.handlers.saveReviewResponse({ reviewId: resumed.reviewId, reviewer: 'Councillor Kate Lymer', comments: [general, accepted, declined], decision: { kind: 'return', message: '' } });

    const returned = importResponse(office, besideReview);
    expect(returned).toMatchObject({ isAlreadyImported: false, addedComments: 3, reviewer: 'Councillor Kate Lymer', version: 1, isDraftChangedSinceSent: false, moved: [], gone: [] });
    expect(returned.status.state).toBe('returned');
    expect(returned.comments.find((comment) => comment.id === general.id)).toMatchObject({ outcome: 'comment', text: 'A good meeting — “thank you” <3 & more.', placement: { status: 'in-place' } });
    expect(returned.status.pendingSuggestions).toBe(2);

    const before = snapshotOf(office);
    expect(importResponse(office, besideReview)).toMatchObject({ isAlreadyImported: true, addedComments: 0 });
    expect(snapshotOf(office)).toEqual(before);

    const acceptance = office.handlers.resolveSuggestions({ meetingId, commentIds: [accepted.id], decision: 'accept', by: 'Clerk' });
    expect(acceptance.results).toEqual([{ commentId: accepted.id, outcome: 'accepted', message: 'Applied to the draft.' }]);
    expect(acceptance.version).toMatchObject({ change: 'suggestions', reason: 'Accepted the chairman’s suggestion' });
    const resolutions = Object.values(office.handlers.getMeeting({ meetingId }).byItem).flatMap((record) => record.resolutions);
    expect(resolutions.some((resolution) => resolution.text.startsWith(`that the draft ${word}`))).toBe(true);
    expect(office.handlers.resolveSuggestions({ meetingId, commentIds: [declined.id], decision: 'decline', by: 'Clerk' }).results[0]!.outcome).toBe('declined');
    expect(office.handlers.listReviewComments({ meetingId }).map((comment) => comment.outcome)).toEqual(['comment', 'accepted', 'declined']);
    expect(office.handlers.getMeeting({ meetingId }).minutes.pendingSuggestions).toBe(0);

    // What changed since the chairman saw it, then the second round.
    const changes = office.handlers.compareMinutes({ meetingId, from: { sent: true }, to: { current: true } });
    expect(changes.summary.itemsChanged).toBe(1);
    const { path: secondReview } = send(office);
    expect(secondReview).toMatch(/ v4\.proceedings-review$/);
    const second = await open(laptop, secondReview);
    expect(second.isResumed).toBe(false);
    laptop.handlers.saveReviewResponse({ reviewId: second.reviewId, reviewer: 'Councillor Kate Lymer', comments: [], decision: { kind: 'approve', message: 'Approved.' } });
    const approved = importResponse(office, secondReview.replace(/\.proceedings-review$/, '.proceedings-response'));
    expect(approved.status).toMatchObject({ state: 'approved', isReadOnly: true, approval: { by: 'Councillor Kate Lymer', version: 5 } });
    expect(office.handlers.listMinutesVersions({ meetingId }).map((version) => [version.version, version.state, version.change, version.by])).toEqual([
      [5, 'approved', 'approved', 'Councillor Kate Lymer'],
      [4, 'with-chairman', 'sent', 'Clerk'],
      [3, 'returned', 'suggestions', 'Clerk'],
      [2, 'returned', 'returned', 'Councillor Kate Lymer'],
      [1, 'with-chairman', 'sent', 'Clerk'],
    ]);
    const word2 = join(tempFolder(), 'approved.docx');
    await office.handlers.exportMinutes({ meetingId, mode: 'full', target: office.grant(word2, 'minutes'), openAfterwards: false });
    const docx = readDocx(readFileSync(word2));
    expect(docx.xml('word/header1.xml')).not.toContain('DRAFT');
    expect(docx.xml('docProps/core.xml')).toContain('Approved by Councillor Kate Lymer');
  }, 60_000);

  it('a comment still finds its item when the draft changed since sending, and says which passages moved or went', async () => {
    const office = secretary();
    const laptop = openTestApp();
    const { path } = send(office);
    const review = await open(laptop, path);
    const item = review.minutes.items.find((each) => itemPassageText(each).includes('RESOLVED that the minutes'))!;
    const resolution = office.handlers.getMeeting({ meetingId }).byItem[item.itemId]!.resolutions[0]!;
    const keptQuote = resolution.text.slice(-20);
    const lostQuote = resolution.text.slice(5, 25);
    const kept = onPassage(review, item.title, keptQuote, null, 'Check this.', 'RESOLVED');
    const lost = onPassage(review, item.title, lostQuote, null, 'And this.', 'RESOLVED');
    laptop.handlers.saveReviewResponse({ reviewId: review.reviewId, reviewer: 'Kate Lymer', comments: [kept, lost], decision: { kind: 'return', message: '' } });
    // The secretary rewrites the start of that resolution meanwhile: one passage moves, the other goes.
    office.handlers.updateResolution({ resolutionId: resolution.id, form: 'recommended', text: `that a quite different opening ${resolution.text.slice(25)}` });
    const result = importResponse(office, path.replace(/review$/, 'response'));
    expect(result.isDraftChangedSinceSent).toBe(true);
    expect(result.comments.map((comment) => comment.anchor.kind === 'passage' && comment.anchor.itemId)).toEqual([item.itemId, item.itemId]);
    expect(result.moved).toEqual([kept.id]);
    expect(result.gone).toEqual([lost.id]);
  }, 30_000);

  it('review mode: the chairman beside the secretary comments and approves, recorded the same way', () => {
    const office = secretary();
    const review = office.handlers.startReviewHere({ meetingId, reviewer: 'Councillor Kate Lymer', by: 'Clerk' });
    expect(review.responseFileName).toBeNull();
    expect(office.handlers.getMeeting({ meetingId }).minutes.state).toBe('with-chairman');
    office.handlers.saveReviewResponse({ reviewId: review.reviewId, reviewer: 'Councillor Kate Lymer', comments: [onItem(review, 2, 'Fine.')], decision: { kind: 'approve', message: '' } });
    const result = office.handlers.finishReviewHere({ reviewId: review.reviewId });
    expect(result).toMatchObject({ addedComments: 1, status: { state: 'approved', approval: { by: 'Councillor Kate Lymer' } } });
    expect(office.handlers.listMinutesVersions({ meetingId }).map((version) => version.change)).toEqual(['approved', 'review-here']);
    expect(office.dispatch('finishReviewHere', { reviewId: review.reviewId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('bad review and response files: a clear message naming the problem, nothing changed', () => {
  async function returnedResponse() {
    const office = secretary();
    const laptop = openTestApp();
    const { path } = send(office);
    const review = await open(laptop, path);
    laptop.handlers.saveReviewResponse({ reviewId: review.reviewId, reviewer: 'Kate Lymer', comments: [onItem(review, 1, 'Note.')], decision: { kind: 'return', message: '' } });
    const responsePath = path.replace(/review$/, 'response');
    return { office, laptop, reviewPath: path, responsePath, review };
  }
  const refusal = (app: TestApp, method: 'openReview' | 'importReviewResponse', path: string) =>
    app.dispatch(method, { source: app.grant(path, method === 'openReview' ? 'review-open' : 'response-open') });
  const variant = (path: string, edit: (text: string) => string, name = 'bad.proceedings-response') => {
    const target = join(tempFolder(), name);
    writeFileSync(target, edit(readFileSync(path, 'utf8')));
    return target;
  };

  it('a review file: truncated, corrupted, too large, newer, tampered, or not one at all', async () => {
    const office = secretary();
    const { path } = send(office);
    const laptop = openTestApp();
    const cases: [string, string][] = [
      [variant(path, (text) => text.slice(0, text.length / 2), 'cut.proceedings-review'), 'cut.proceedings-review could not be opened. This is not a review file: it is not valid JSON (it may be cut short or damaged).'],
      [variant(path, (text) => text.replace('"Safer Bromley', '"Safer Bromlex'), 'damaged.proceedings-review'), 'damaged.proceedings-review could not be opened. The minutes in it are damaged: The file has been changed or damaged since Proceedings wrote it: its content does not match its hash.'],
      [variant(path, (text) => text.replace('"version": 1,', '"version": 7,'), 'newer.proceedings-review'), 'newer.proceedings-review could not be opened. This review file was written by a newer version of Proceedings (format version 7; this version reads version 1). Please update Proceedings.'],
      [variant(path, (text) => text.replace('"minutesVersion": 1,', '"minutesVersion": 2,'), 'tampered.proceedings-review'), 'tampered.proceedings-review could not be opened. The file has been tampered with: the meeting, version and hash it names do not match the minutes inside it.'],
      [variant(path, (text) => text.replace('"sentBy": "Clerk"', '"sentBy": "<img src=x onerror=alert(1)>"'), 'markup.proceedings-review'), 'markup.proceedings-review could not be opened. sentBy: The sender’s name contains markup (“<img src=x onerror=alert(1)>”), which is not accepted.'],
      [variant(path, () => '{"format": "proceedings-meeting"}', 'other.proceedings-review'), 'other.proceedings-review could not be opened. This is not a Proceedings review file.'],
    ];
    for (const [file, message] of cases) expect(await refusal(laptop, 'openReview', file)).toEqual({ ok: false, error: { code: 'invalid-input', message } });
    const huge = join(tempFolder(), 'huge.proceedings-review');
    writeFileSync(huge, Buffer.alloc(64 * 1024 * 1024 + 1, 32));
    expect(await refusal(laptop, 'openReview', huge)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'huge.proceedings-review is too large to be a review file (64.0 MB; the limit is 64 MB).' },
    });
  }, 30_000);

  it('a response: damaged, newer, with markup, for another meeting, or for a version not the one sent', async () => {
    const { office, responsePath } = await returnedResponse();
    const before = snapshotOf(office);
    const invalid = (message: string) => ({ ok: false, error: { code: 'invalid-input', message } });
    expect(refusal(office, 'importReviewResponse', variant(responsePath, (text) => text.slice(0, 200)))).toEqual(
      invalid('bad.proceedings-response could not be imported. This is not a response file: it is not valid JSON (it may be cut short or damaged).'),
    );
    expect(refusal(office, 'importReviewResponse', variant(responsePath, (text) => text.replace('"Note."', '"Nope."')))).toEqual(
      invalid('bad.proceedings-response could not be imported. The file has been changed or damaged since Proceedings wrote it: its content does not match its hash.'),
    );
    expect(refusal(office, 'importReviewResponse', variant(responsePath, (text) => text.replace('"version": 1,', '"version": 2,')))).toMatchObject(
      invalid('bad.proceedings-response could not be imported. This response file was written by a newer version of Proceedings (format version 2; this version reads version 1). Please update Proceedings.'),
    );
    // Markup, written with a valid hash as a hostile program would.
    const response = JSON.parse(readFileSync(responsePath, 'utf8'));
    const { format: _f, version: _v, hash: _h, ...fields } = response;
    const hostile = join(tempFolder(), 'hostile.proceedings-response');
    writeFileSync(hostile, JSON.stringify(responseFileFrom({ ...fields, comments: [{ ...fields.comments[0], text: 'Fine <script>alert(1)</script>' }] }, sha256Hex)));
    expect(refusal(office, 'importReviewResponse', hostile)).toEqual(
      invalid('hostile.proceedings-response could not be imported. comments[0].text: A comment contains markup (“<script>”), which is not accepted.'),
    );
    const elsewhere = join(tempFolder(), 'elsewhere.proceedings-response');
    writeFileSync(elsewhere, JSON.stringify(responseFileFrom({ ...fields, meetingId: 'g-unknown' }, sha256Hex)));
    expect(refusal(office, 'importReviewResponse', elsewhere)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'elsewhere.proceedings-response is the chairman’s response for Safer Bromley Partnership Strategic Group, 25 March 2021, which is not in Proceedings here.' },
    });
    expect(snapshotOf(office)).toEqual(before);
    // Sent again before the response came back: the old response is for another version.
    office.handlers.startNewDraft({ meetingId, reason: 'More changes', by: '' });
    send(office);
    const again = snapshotOf(office);
    const old = join(tempFolder(), 'old.proceedings-response');
    copyFileSync(responsePath, old);
    expect(refusal(office, 'importReviewResponse', old)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'old.proceedings-response is about version 1 of the minutes, but version 3 was sent to the chairman. Import the response to version 3.' },
    });
    expect(snapshotOf(office)).toEqual(again);
  }, 30_000);

  it('the chairman’s own tools refuse markup and quotes that are not in the minutes', async () => {
    const { laptop, review } = await returnedResponse();
    const comment = onItem(review, 0, '<b>bold</b>');
    expect(laptop.dispatch('saveReviewResponse', { reviewId: review.reviewId, reviewer: 'Kate', comments: [comment], decision: null })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'A comment contains markup (“<b>”), which is not accepted.' },
    });
    const wrong = { ...onItem(review, 0, 'x'), anchor: { kind: 'passage' as const, itemId: review.minutes.items[0]!.itemId, quote: 'Not there', start: 0, end: 9, prefix: '', suffix: '' } };
    expect(laptop.dispatch('saveReviewResponse', { reviewId: review.reviewId, reviewer: 'Kate', comments: [wrong], decision: null })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Comment 1 quotes a passage that is not at that place in version 1 of the minutes.' },
    });
  }, 30_000);
});
