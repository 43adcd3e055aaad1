// Under test: restoreMinutesVersion (electron/handlers/minutes-versions.ts) and the content
// replacement it shares with updating a meeting from a file (handlers/meeting-content.ts), on a real
// data file: the draft typed since the last version is kept before an older version comes back;
// approved minutes refuse; and search follows what the draft now holds — a passage the restore took
// away is not found, one it brought back is. Threat: a restore that loses typing, changes a record
// or leaves search pointing at minutes that no longer say it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { openTestApp, seedMeeting, tempFolder, type TestApp } from './harness.ts';

const found = (app: TestApp, query: string) => app.handlers.search({ query, limit: 20 }).map((result) => result.matchedIn);

/** A meeting at version 2 (a draft again after review mode), then minuted with a passage of each kind search finds. */
function minutedSinceVersion2() {
  const app = openTestApp();
  const { meeting, roster } = seedMeeting(app);
  const meetingId = meeting.id;
  app.handlers.startReviewHere({ meetingId, reviewer: 'Councillor Kate Lymer', by: '' });
  app.handlers.startNewDraft({ meetingId, reason: 'A late correction', by: '' });
  const item = app.handlers.getMeeting({ meetingId }).agenda.find((each) => each.kind === 'any-other-business')!;
  app.handlers.updateAgendaItem({ itemId: item.id, title: 'Heronry survey', notes: richTextFromParagraphs(['The kingfisher count was reported.']) });
  const { id: resolutionId } = app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the zebra crossing scheme be noted.', parts: [] });
  app.handlers.addAction({ itemId: item.id, resolutionId, description: 'Survey the pelican crossing', owner: { memberId: roster[0]!.id }, dueDate: null });
  app.handlers.addDeclaration({ meetingId, who: { memberId: roster[1]!.id }, itemId: item.id, nature: 'other', description: 'Owns a flamingo farm', leftRoom: false });
  return { app, meetingId, item };
}

const words = ['heronry', 'kingfisher', 'zebra', 'pelican', 'flamingo'];

describe('restoring an older version of the minutes', () => {
  it('keeps the draft first, and search finds only what the restored minutes say', () => {
    const { app, meetingId } = minutedSinceVersion2();
    expect(words.map((word) => found(app, word))).toEqual([['title'], ['notes'], ['resolution'], ['action'], ['declaration']]);

    const status = app.handlers.restoreMinutesVersion({ meetingId, version: 1, reason: 'Back to what the chairman saw', by: 'Clerk' });
    expect(status).toMatchObject({ state: 'draft', version: 4 });
    expect(app.handlers.listMinutesVersions({ meetingId }).map((version) => [version.version, version.change])).toEqual([
      [4, 'restored'],
      [3, 'kept'],
      [2, 'new-draft'],
      [1, 'review-here'],
    ]);
    expect(words.map((word) => found(app, word))).toEqual([[], [], [], [], []]);

    // The kept version brings them all back, and search with them.
    app.handlers.restoreMinutesVersion({ meetingId, version: 3, reason: 'The typing was right after all', by: 'Clerk' });
    expect(words.map((word) => found(app, word))).toEqual([['title'], ['notes'], ['resolution'], ['action'], ['declaration']]);
    // Nothing was typed since version 4, so no draft needed keeping this time.
    expect(app.handlers.listMinutesVersions({ meetingId }).map((version) => version.change).slice(0, 2)).toEqual(['restored', 'restored']);
  });

  it('updating the meeting from an older file leaves search as the minutes now are', () => {
    const { app, meetingId } = minutedSinceVersion2();
    // A meeting file of the minutes before the minuting: version 2 brought back and exported, then the minuting restored.
    app.handlers.restoreMinutesVersion({ meetingId, version: 2, reason: 'To export the older minutes', by: '' });
    const file = join(tempFolder(), 'older.json');
    app.handlers.exportMeetingFile({ meetingId, target: app.grant(file, 'meeting-file-save') });
    app.handlers.restoreMinutesVersion({ meetingId, version: 3, reason: 'The minuting back', by: '' });
    expect(found(app, 'zebra')).toEqual(['resolution']);

    const pending = app.handlers.importMeetingFile({ source: app.grant(file, 'meeting-file-open') });
    if (pending.outcome !== 'exists') throw new Error(`expected exists, got ${pending.outcome}`);
    app.handlers.resolveMeetingImport({ pendingImportId: pending.pendingImportId, choice: 'update', reason: '', by: '' });
    expect(words.map((word) => found(app, word))).toEqual([[], [], [], [], []]);
  });

  it('is refused on approved minutes, which stay as they are', () => {
    const { app, meetingId } = minutedSinceVersion2();
    const review = app.handlers.startReviewHere({ meetingId, reviewer: 'Councillor Kate Lymer', by: '' });
    app.handlers.saveReviewResponse({ reviewId: review.reviewId, reviewer: 'Councillor Kate Lymer', comments: [], decision: { kind: 'approve', message: '' } });
    app.handlers.finishReviewHere({ reviewId: review.reviewId });
    const detail = app.handlers.getMeeting({ meetingId });
    const versions = app.handlers.listMinutesVersions({ meetingId });
    expect(app.dispatch('restoreMinutesVersion', { meetingId, version: 1, reason: 'Back' })).toEqual({
      ok: false,
      error: { code: 'minutes-locked', message: 'These minutes have been approved by the chairman, so they cannot be changed. Start a new draft (and say why) to change them.' },
    });
    expect(app.handlers.getMeeting({ meetingId })).toEqual(detail);
    expect(app.handlers.listMinutesVersions({ meetingId })).toEqual(versions);
    expect(found(app, 'zebra')).toEqual(['resolution']);
  });
});
