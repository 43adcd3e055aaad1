// Under test: the one rule for delete and undo (electron/store/soft-delete.ts, migration 5) — a
// deleted record leaves the minutes, lists, search and exports, and its restore brings back the
// same record with what hangs off it, in one call; renderer-chosen ids make a retried add harmless.
// The threat: undo that loses history (a resolution's actions' reviews at later meetings).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { composeMinutes } from '../../shared/compose/index.ts';
import { papersFolder } from '../../electron/handlers/papers.ts';
import softDelete from '../../electron/store/migrations/005-soft-delete.ts';
import { migrations } from '../../electron/store/migrations/index.ts';
import { openTestApp, seedMeeting, tempFolder, type TestApp } from './harness.ts';

/** March: a resolution with an action; June (the next meeting) reviews the action as carried forward. */
function seedReviewedResolution(app: TestApp) {
  const seeded = seedMeeting(app);
  const { meeting, roster } = seeded;
  const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
  app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the update be noted.', parts: [] });
  const resolution = app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that:', parts: ['the camera contract be renewed;', 'partners report back.'] });
  app.handlers.setVote({ resolutionId: resolution.id, vote: { counts: { for: 7, against: 2, abstentions: 0 } } });
  const action = app.handlers.addAction({ itemId: item.id, resolutionId: resolution.id, description: 'Write to the contractor', owner: { memberId: roster[1]!.id }, dueDate: '2021-04-30' });
  const june = app.handlers.createNextMeeting({ meetingId: meeting.id, date: '2021-06-24' });
  const review = app.handlers.getMeeting({ meetingId: june.id }).actionReviews.find((candidate) => candidate.action.id === action.id)!;
  app.handlers.updateActionReview({ reviewId: review.id, status: 'carried-forward', note: 'Awaiting the zebra quote.' });
  return { ...seeded, item, resolution, action, june, review };
}

const reviewsOf = (app: TestApp, meetingId: string) =>
  app.handlers.getMeeting({ meetingId }).actionReviews.map(({ id, status, note, action }) => ({ id, status, note, actionId: action.id }));

describe('deleting and undoing a resolution', () => {
  it('brings back the same resolution, its vote and parts, its action and that action’s review at the later meeting', () => {
    const app = openTestApp();
    const { committee, meeting, item, resolution, action, june, review } = seedReviewedResolution(app);
    const before = app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!;
    const reviewed = reviewsOf(app, june.id);
    expect(reviewed).toEqual([{ id: review.id, status: 'carried-forward', note: 'Awaiting the zebra quote.', actionId: action.id }]);

    expect(app.handlers.deleteResolution({ resolutionId: resolution.id })).toEqual({ deletedActionIds: [action.id] });
    // Gone from everything that reads the minutes: the meeting, the later meeting's review, the log, search.
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.resolutions.map((each) => each.id)).not.toContain(resolution.id);
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.actions).toEqual([]);
    expect(reviewsOf(app, june.id)).toEqual([]);
    expect(app.handlers.listActionLog({ committeeId: committee.id }).entries).toEqual([]);
    expect(app.handlers.search({ query: 'zebra', limit: 20 })).toEqual([]);
    expect(app.handlers.search({ query: 'contractor', limit: 20 })).toEqual([]);
    const juneMinutes = JSON.stringify(composeMinutes(app.handlers.getMeeting({ meetingId: june.id }), { mode: 'full' }));
    expect(juneMinutes).not.toContain('Write to the contractor');

    const restored = app.handlers.restoreResolution({ resolutionId: resolution.id });
    expect(restored.resolution).toEqual(before.resolutions[1]);
    expect(restored.actions).toEqual(before.actions);
    const after = app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!;
    expect(after.resolutions).toEqual(before.resolutions);
    expect(after.actions).toEqual(before.actions);
    expect(reviewsOf(app, june.id)).toEqual(reviewed);
    expect(app.handlers.listActionLog({ committeeId: committee.id }).entries.map((entry) => [entry.action.id, entry.action.status, entry.history.map((step) => step.note)])).toEqual([
      [action.id, 'carried-forward', ['Awaiting the zebra quote.']],
    ]);
    expect(app.handlers.search({ query: 'zebra', limit: 20 }).map((result) => [result.meeting.id, result.matchedIn])).toEqual([[june.id, 'action-review']]);
    expect(app.handlers.search({ query: 'contractor', limit: 20 }).map((result) => result.matchedIn).sort()).toEqual(['action', 'action-review']);
    expect(JSON.stringify(composeMinutes(app.handlers.getMeeting({ meetingId: june.id }), { mode: 'full' }))).toContain('Write to the contractor');
  });

  it('undoes after the app was closed and opened again', () => {
    const first = openTestApp();
    const { meeting, item, resolution, june, review } = seedReviewedResolution(first);
    const before = first.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!;
    first.handlers.deleteResolution({ resolutionId: resolution.id });
    first.db.close();

    const reopened = openTestApp(first.file);
    expect(reopened.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.resolutions).toHaveLength(1);
    reopened.handlers.restoreResolution({ resolutionId: resolution.id });
    expect(reopened.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]).toEqual(before);
    expect(reviewsOf(reopened, june.id).map((each) => each.id)).toEqual([review.id]);
  });

  it('refuses to delete what is already deleted, changing nothing', () => {
    const app = openTestApp();
    const { meeting, item, resolution, action } = seedReviewedResolution(app);
    app.handlers.deleteResolution({ resolutionId: resolution.id });
    const deleted = app.handlers.getMeeting({ meetingId: meeting.id });
    expect(app.dispatch('deleteResolution', { resolutionId: resolution.id })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'That resolution has already been deleted.' },
    });
    expect(app.dispatch('deleteAction', { actionId: action.id })).toEqual({ ok: false, error: { code: 'conflict', message: 'That action has already been deleted.' } });
    expect(app.dispatch('updateResolution', { resolutionId: resolution.id, text: 'x' })).toEqual({ ok: false, error: { code: 'not-found', message: 'That resolution has been deleted.' } });
    expect(app.handlers.getMeeting({ meetingId: meeting.id })).toEqual(deleted);
    app.handlers.deleteAgendaItem({ itemId: item.id });
    expect(app.dispatch('deleteAgendaItem', { itemId: item.id })).toEqual({ ok: false, error: { code: 'conflict', message: 'That agenda item has already been deleted.' } });
  });

  it('puts back only what went with it: an action deleted on its own beforehand stays deleted', () => {
    const app = openTestApp();
    const { meeting, item, resolution, action, roster } = seedReviewedResolution(app);
    const second = app.handlers.addAction({ itemId: item.id, resolutionId: resolution.id, description: 'Tell the residents', owner: { memberId: roster[2]!.id }, dueDate: null });
    app.handlers.deleteAction({ actionId: second.id });
    app.handlers.deleteResolution({ resolutionId: resolution.id });
    expect(app.handlers.restoreResolution({ resolutionId: resolution.id }).actions.map((each) => each.id)).toEqual([action.id]);
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.actions.map((each) => each.id)).toEqual([action.id]);
    // Restoring what is not deleted changes nothing and says how it stands.
    expect(app.handlers.restoreResolution({ resolutionId: resolution.id }).actions.map((each) => each.id)).toEqual([action.id]);
  });

  it('goes back in its place after others were added and moved around the gap', () => {
    const app = openTestApp();
    const { meeting, item, resolution } = seedReviewedResolution(app);
    const order = () => app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.resolutions.map((each) => [each.id, each.position]);
    const [first] = app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.resolutions;
    app.handlers.deleteResolution({ resolutionId: resolution.id });
    const third = app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that it be noted.', parts: [] });
    app.handlers.restoreResolution({ resolutionId: resolution.id });
    expect(order()).toEqual([
      [first!.id, 0],
      [resolution.id, 1],
      [third.id, 2],
    ]);
  });
});

describe('restoring each kind of record', () => {
  it('an action, with its history, on its item when its resolution has gone since', () => {
    const app = openTestApp();
    const { meeting, item, resolution, action, june, review } = seedReviewedResolution(app);
    const before = app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.actions;
    app.handlers.deleteAction({ actionId: action.id });
    expect(reviewsOf(app, june.id)).toEqual([]);
    expect(app.handlers.restoreAction({ actionId: action.id })).toEqual(before[0]);
    expect(reviewsOf(app, june.id).map((each) => each.id)).toEqual([review.id]);

    app.handlers.deleteAction({ actionId: action.id });
    app.handlers.deleteResolution({ resolutionId: resolution.id });
    expect(app.handlers.restoreAction({ actionId: action.id })).toMatchObject({ id: action.id, resolutionId: null, description: 'Write to the contractor' });
  });

  it('a declaration, in the order it was made, and back in search', () => {
    const app = openTestApp();
    const { meeting, roster } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
    const first = app.handlers.addDeclaration({ meetingId: meeting.id, who: { memberId: roster[0]!.id }, itemId: item.id, nature: 'pecuniary', description: 'owns a quarry', leftRoom: false });
    const second = app.handlers.addDeclaration({ meetingId: meeting.id, who: { memberId: roster[1]!.id }, itemId: null, nature: 'other', description: 'school governor', leftRoom: false });
    const before = app.handlers.getMeeting({ meetingId: meeting.id }).declarations;
    app.handlers.deleteDeclaration({ declarationId: first.id });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).declarations).toEqual([second]);
    expect(app.handlers.search({ query: 'quarry', limit: 20 })).toEqual([]);
    expect(app.dispatch('deleteDeclaration', { declarationId: first.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(app.handlers.restoreDeclaration({ declarationId: first.id })).toEqual(first);
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).declarations).toEqual(before);
    expect(app.handlers.search({ query: 'quarry', limit: 20 })).toHaveLength(1);
  });

  it('a wording of the phrase bank, in its place', () => {
    const app = openTestApp();
    const { committee } = seedMeeting(app);
    const before = app.handlers.listPhrases({ committeeId: committee.id });
    app.handlers.deletePhrase({ phraseId: before[2]!.id });
    app.handlers.reorderPhrases({ committeeId: committee.id, phraseIds: app.handlers.listPhrases({ committeeId: committee.id }).map((phrase) => phrase.id) });
    expect(app.dispatch('deletePhrase', { phraseId: before[2]!.id })).toMatchObject({ ok: false, error: { code: 'conflict', message: 'That wording has already been deleted.' } });
    expect(app.handlers.restorePhrase({ phraseId: before[2]!.id }).map((phrase) => phrase.id)).toEqual(before.map((phrase) => phrase.id));
    expect(app.handlers.listPhrases({ committeeId: committee.id })).toEqual(before);
  });

  it('a paper, its copied file set aside meanwhile and back in place after', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
    const source = join(tempFolder(), 'Report.pdf');
    writeFileSync(source, 'a report');
    const paper = app.handlers.addPaper({ itemId: item.id, title: '', source: app.grant(source, 'paper') });
    const copy = join(papersFolder(app.db), paper.fileName!);
    app.handlers.removePaper({ paperId: paper.id });
    expect(existsSync(copy)).toBe(false);
    expect(app.dispatch('removePaper', { paperId: paper.id })).toMatchObject({ ok: false, error: { code: 'conflict', message: 'That paper has already been deleted.' } });
    expect(app.handlers.restorePaper({ paperId: paper.id })).toEqual(paper);
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.papers).toEqual([paper]);
    expect(readFileSync(copy, 'utf8')).toBe('a report');
  });

  it('a guest, whose action and declaration name them meanwhile and link to them again after', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
    const guest = app.handlers.addAttendee({ meetingId: meeting.id, name: 'Dawn Helps', role: '', organisation: 'Clarion', status: 'also_present', substituteForMemberId: null });
    const who = { attendeeId: guest.attendeeId! };
    app.handlers.addAction({ itemId: item.id, resolutionId: null, description: 'Send the figures', owner: who, dueDate: null });
    app.handlers.addDeclaration({ meetingId: meeting.id, who, itemId: null, nature: 'other', description: 'trustee', leftRoom: false });
    const detail = () => app.handlers.getMeeting({ meetingId: meeting.id });
    const before = detail();

    app.handlers.removeAttendee({ attendeeId: guest.attendeeId! });
    expect(detail().attendance.map((entry) => entry.name)).not.toContain('Dawn Helps');
    expect(detail().byItem[item.id]!.actions[0]!.owner).toEqual({ group: 'Dawn Helps' });
    expect(detail().declarations[0]!.who).toEqual({ name: 'Dawn Helps' });
    expect(app.dispatch('addAction', { itemId: item.id, owner: who })).toMatchObject({ ok: false, error: { message: 'That action owner was not at this meeting.' } });
    expect(app.dispatch('removeAttendee', { attendeeId: guest.attendeeId! })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(app.handlers.restoreAttendee({ attendeeId: guest.attendeeId! })).toEqual(guest);
    expect(detail()).toEqual(before);
  });
});

describe('ids chosen by the renderer', () => {
  it('makes adding the same record twice harmless, and refuses an id already used elsewhere', () => {
    const app = openTestApp();
    const { committee, meeting, roster } = seedMeeting(app);
    const [, , , , , item, other] = app.handlers.getMeeting({ meetingId: meeting.id }).agenda;
    const resolutionId = crypto.randomUUID();
    const added = app.handlers.addResolution({ itemId: item!.id, resolutionId, form: 'recommended', text: 'to the Board that fees rise.', parts: [] });
    expect(added.id).toBe(resolutionId);
    expect(app.handlers.addResolution({ itemId: item!.id, resolutionId, form: 'recommended', text: 'to the Board that fees rise.', parts: [] })).toEqual(added);
    const { confirmOffer: _confirmOffer, ...stored } = added;
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item!.id]!.resolutions).toEqual([stored]);
    expect(app.dispatch('addResolution', { itemId: other!.id, resolutionId, text: 'x' })).toEqual({ ok: false, error: { code: 'conflict', message: 'That id is already in use.' } });
    expect(app.dispatch('addResolution', { itemId: item!.id, resolutionId: 'not-a-uuid', text: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    const actionId = crypto.randomUUID();
    const action = app.handlers.addAction({ itemId: item!.id, actionId, resolutionId: null, description: 'Tell them', owner: { group: 'Officers' }, dueDate: null });
    expect(app.handlers.addAction({ itemId: item!.id, actionId, resolutionId: null, description: 'Tell them', owner: { group: 'Officers' }, dueDate: null })).toEqual(action);
    const declarationId = crypto.randomUUID();
    const declaration = app.handlers.addDeclaration({ meetingId: meeting.id, declarationId, who: { memberId: roster[0]!.id }, itemId: null, nature: 'other', description: '', leftRoom: false });
    expect(app.handlers.addDeclaration({ meetingId: meeting.id, declarationId, who: { memberId: roster[0]!.id }, itemId: null, nature: 'other', description: '', leftRoom: false })).toEqual(declaration);
    const phraseId = crypto.randomUUID();
    const phrase = app.handlers.addPhrase({ committeeId: committee.id, phraseId, inserts: 'sentence', text: 'The Chairman closed the meeting.', parts: [] });
    expect(app.handlers.addPhrase({ committeeId: committee.id, phraseId, inserts: 'sentence', text: 'The Chairman closed the meeting.', parts: [] })).toEqual(phrase);
    const attendeeId = crypto.randomUUID();
    const guest = app.handlers.addAttendee({ meetingId: meeting.id, attendeeId, name: 'Guest', role: '', organisation: '', status: 'in_attendance', substituteForMemberId: null });
    expect(app.handlers.addAttendee({ meetingId: meeting.id, attendeeId, name: 'Guest', role: '', organisation: '', status: 'in_attendance', substituteForMemberId: null })).toEqual(guest);
    const memberId = crypto.randomUUID();
    const member = app.handlers.addMember({ committeeId: committee.id, memberId, name: 'Pat New', role: '', organisation: '', initials: '', chairRole: null });
    expect(app.handlers.addMember({ committeeId: committee.id, memberId, name: 'Pat New', role: '', organisation: '', initials: '', chairRole: null })).toEqual(member);
    const detail = app.handlers.getMeeting({ meetingId: meeting.id });
    expect(detail.byItem[item!.id]!.actions).toEqual([action]);
    expect(detail.declarations).toEqual([declaration]);
    expect(detail.attendance.filter((entry) => entry.name === 'Guest')).toHaveLength(1);

    // A deleted record's id is not reused by an add: it can only be restored.
    app.handlers.deleteResolution({ resolutionId });
    expect(app.dispatch('addResolution', { itemId: item!.id, resolutionId, text: 'x' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('migration 5 (soft delete)', () => {
  it('upgrades a version 4 file with real rows, all of them live and deletable', () => {
    const file = join(tempFolder(), 'proceedings.sqlite');
    const old = new Database(file);
    for (const [index, migration] of migrations.slice(0, migrations.indexOf(softDelete)).entries()) {
      old.exec(migration);
      old.pragma(`user_version = ${index + 1}`);
    }
    const now = '2021-03-01T10:00:00.000Z';
    old.exec(`
      INSERT INTO committees (id, name, agenda_template, created_at, updated_at) VALUES ('c1', 'Trustees', '[]', '${now}', '${now}');
      INSERT INTO members (id, committee_id, name, position) VALUES ('m1', 'c1', 'Kate Lymer', 0);
      INSERT INTO meetings (id, committee_id, date, start_time, created_at, updated_at) VALUES ('g1', 'c1', '2021-03-25', '10:00', '${now}', '${now}');
      INSERT INTO agenda_items (id, meeting_id, position, title, notes, updated_at) VALUES ('a1', 'g1', 0, 'Budget', '{"type":"doc","content":[]}', '${now}');
      INSERT INTO attendees (id, meeting_id, name, status, position) VALUES ('t1', 'g1', 'Dawn Helps', 'also_present', 0);
      INSERT INTO resolutions (id, meeting_id, item_id, text, position, created_at, updated_at) VALUES ('r1', 'g1', 'a1', 'that the budget be agreed.', 0, '${now}', '${now}');
      INSERT INTO actions (id, meeting_id, item_id, resolution_id, description, owner_attendee_id, owner_name, position, created_at, updated_at)
        VALUES ('x1', 'g1', 'a1', 'r1', 'Send the figures', 't1', 'Dawn Helps', 0, '${now}', '${now}');
      INSERT INTO declarations (id, meeting_id, item_id, member_id, nature, position, created_at, updated_at) VALUES ('d1', 'g1', 'a1', 'm1', 'other', 0, '${now}', '${now}');
      INSERT INTO papers (id, meeting_id, item_id, title, position, added_at) VALUES ('p1', 'g1', 'a1', 'Budget report', 0, '${now}');
    `);
    old.close();

    const app = openTestApp(file);
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const detail = app.handlers.getMeeting({ meetingId: 'g1' });
    expect(detail.byItem.a1).toMatchObject({
      resolutions: [{ id: 'r1', text: 'that the budget be agreed.' }],
      actions: [{ id: 'x1', owner: { attendeeId: 't1' } }],
      papers: [{ id: 'p1', title: 'Budget report' }],
    });
    expect(detail.declarations.map((declaration) => declaration.id)).toEqual(['d1']);
    expect(app.handlers.listPhrases({ committeeId: 'c1' })).toHaveLength(0);
    app.handlers.deleteResolution({ resolutionId: 'r1' });
    app.handlers.restoreResolution({ resolutionId: 'r1' });
    expect(app.handlers.getMeeting({ meetingId: 'g1' })).toEqual(detail);
  });
});
