// Under test: the meeting file version 2 round trip (electron/handlers/exports.ts, meeting-content.ts,
// shared/meeting-file.ts), importing a meeting that is already here (compare, update as a new
// version, separate copy), the minutes' states and versions (handlers/minutes-versions.ts) and the
// lock on approved minutes (migration 4's triggers). Threat: a meeting that loses something on its
// way to another computer and back, a duplicate or a silent refusal, approved minutes changed.
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeMinutes } from '../../shared/compose/index.ts';
import { parseMeetingFile, withHash, type MeetingFile } from '../../shared/meeting-file.ts';
import { sha256Hex } from '../../electron/hash.ts';
import { migrations } from '../../electron/store/migrations/index.ts';
import { readDocx } from './docx-reader.ts';
import { seedEveryFeature } from './every-feature.ts';
import { openTestApp, seedMeeting, tempFolder, type TestApp } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixturePath = join(root, 'tests', 'fixtures', 'reference-meeting.json');

function exportFile(app: TestApp, meetingId: string, name = 'meeting.json'): string {
  const path = join(tempFolder(), name);
  app.handlers.exportMeetingFile({ meetingId, target: app.grant(path, 'meeting-file-save') });
  return path;
}
const importFile = (app: TestApp, path: string) => app.handlers.importMeetingFile({ source: app.grant(path, 'meeting-file-open') });
const readFile = (path: string) => {
  const parsed = parseMeetingFile(readFileSync(path, 'utf8'), sha256Hex);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.file;
};
function writeFile(file: Omit<MeetingFile, 'hash'>, name = 'edited.json'): string {
  const path = join(tempFolder(), name);
  writeFileSync(path, `${JSON.stringify(withHash(file, sha256Hex), null, 2)}\n`);
  return path;
}

/** Export → import into an empty data folder → export again: the same bytes, the same minutes. */
function expectLosslessRoundTrip(from: TestApp, meetingId: string) {
  const first = exportFile(from, meetingId, 'first.json');
  const elsewhere = openTestApp();
  expect(importFile(elsewhere, first)).toMatchObject({ outcome: 'added', meetingId });
  const second = exportFile(elsewhere, meetingId, 'second.json');
  expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  for (const mode of ['public', 'full'] as const) {
    expect(composeMinutes(elsewhere.handlers.getMeeting({ meetingId }), { mode })).toEqual(
      composeMinutes(from.handlers.getMeeting({ meetingId }), { mode }),
    );
  }
  return { first, elsewhere };
}

describe('meeting file version 2: a meeting travels whole', () => {
  it('the reference meeting: export, import into an empty data folder, export again gives the same file and the same minutes', () => {
    const app = openTestApp();
    importFile(app, fixturePath);
    expectLosslessRoundTrip(app, 'g-2021-03-25');
  });

  it('a meeting using every feature comes back with nothing lost', () => {
    const app = openTestApp();
    const { meetingId } = seedEveryFeature(app);
    const { first, elsewhere } = expectLosslessRoundTrip(app, meetingId);
    const file = readFile(first);
    expect(file.version).toBe(2);
    expect(file.declarations).toHaveLength(2);
    expect(file.resolutions.find((resolution) => resolution.vote)?.vote).toMatchObject({ outcome: 'carried', counts: { for: 7, against: 2, abstentions: 1 } });
    expect(file.actionReviews.map((review) => [review.action.description, review.status])).toEqual([
      ['Circulate the plan', 'done'],
      ['Report back on funding', 'open'],
    ]);
    expect(file.meeting).toMatchObject({ nextMeetingDate: '2021-09-23', previousMeeting: { date: '2021-03-25' } });
    expect(file.meeting.firstMinuteNumber).toBeGreaterThan(1);
    expect(file.committee.minuteNumbering).toEqual({ mode: 'continuous', restartMonth: 1, carriedOn: null });
    // Where the earlier meeting is not, the minutes still word its actions and number as they did.
    const minutes = composeMinutes(elsewhere.handlers.getMeeting({ meetingId }), { mode: 'full' });
    expect(JSON.stringify(minutes)).toContain('Circulate the plan (minute 5, 25 March 2021): completed.');
    expect(minutes.items[0]!.number).toBe(String(file.meeting.firstMinuteNumber));
  });

  it('refuses a version 2 file whose content does not match its hash, naming the problem, and changes nothing', () => {
    const app = openTestApp();
    importFile(app, fixturePath);
    const text = readFileSync(exportFile(app, 'g-2021-03-25'), 'utf8').replace('Safer Bromley', 'Safer Bromlex');
    const path = join(tempFolder(), 'damaged.json');
    writeFileSync(path, text);
    const elsewhere = openTestApp();
    expect(elsewhere.dispatch('importMeetingFile', { source: elsewhere.grant(path, 'meeting-file-open') })).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'damaged.json could not be imported. The file has been changed or damaged since Proceedings wrote it: its content does not match its hash.',
      },
    });
    expect(elsewhere.handlers.listCommittees({})).toEqual([]);
  });
});

describe('importing a meeting that is already here', () => {
  function changedElsewhere() {
    const app = openTestApp();
    importFile(app, fixturePath);
    const file = readFile(exportFile(app, 'g-2021-03-25'));
    const { hash: _hash, ...content } = file;
    const edited = writeFile({
      ...content,
      meeting: { ...content.meeting, venue: 'Bromley Civic Centre' },
      resolutions: content.resolutions.map((resolution, index) => (index === 0 ? { ...resolution, text: resolution.text.replace('correct record', 'correct and complete record') } : resolution)),
    });
    return { app, edited, file };
  }

  it('the same content again: nothing to do, nothing duplicated', () => {
    const app = openTestApp();
    importFile(app, fixturePath);
    expect(importFile(app, exportFile(app, 'g-2021-03-25'))).toMatchObject({ outcome: 'unchanged', meetingId: 'g-2021-03-25' });
    expect(app.handlers.listMeetings({ committeeId: 'c-safer-bromley-partnership' })).toHaveLength(1);
  });

  it('says what differs, then updates the meeting from the file as a new version', () => {
    const { app, edited } = changedElsewhere();
    const result = importFile(app, edited);
    if (result.outcome !== 'exists') throw new Error(`expected exists, got ${result.outcome}`);
    expect(result.comparison.meeting).toEqual([{ field: 'Venue', from: 'Virtual', to: 'Virtual (Bromley Civic Centre)' }]);
    const changed = result.comparison.items.filter((item) => item.change !== 'unchanged');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.resolutions[0]!.text.filter((run) => run.kind !== 'same')).toEqual([
      { kind: 'inserted', text: 'and complete ' },
    ]);
    expect(app.handlers.listMeetings({ committeeId: 'c-safer-bromley-partnership' })).toHaveLength(1);

    const updated = app.handlers.resolveMeetingImport({ pendingImportId: result.pendingImportId, choice: 'update', reason: '', by: 'Clerk' });
    expect(updated).toMatchObject({ outcome: 'updated', meetingId: 'g-2021-03-25', version: { version: 1, change: 'imported', by: 'Clerk', reason: 'Updated from edited.json' } });
    const detail = app.handlers.getMeeting({ meetingId: 'g-2021-03-25' });
    expect(detail.meeting.venue).toBe('Bromley Civic Centre');
    expect(Object.values(detail.byItem).flatMap((record) => record.resolutions)[0]!.text).toContain('a correct and complete record');
    expect(detail.minutes).toMatchObject({ state: 'draft', version: 1 });
    expect(importFile(app, edited)).toMatchObject({ outcome: 'unchanged' });
    expect(app.dispatch('resolveMeetingImport', { pendingImportId: result.pendingImportId, choice: 'update' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('or keeps the file as a separate copy with new ids throughout', () => {
    const { app, edited, file } = changedElsewhere();
    const result = importFile(app, edited);
    if (result.outcome !== 'exists') throw new Error('expected exists');
    const copied = app.handlers.resolveMeetingImport({ pendingImportId: result.pendingImportId, choice: 'copy', reason: '', by: '' });
    if (copied.outcome !== 'copied') throw new Error('expected copied');
    expect(copied.meetingId).not.toBe('g-2021-03-25');
    const copy = app.handlers.getMeeting({ meetingId: copied.meetingId });
    expect(copy.meeting).toMatchObject({ venue: 'Bromley Civic Centre', title: '(copy)', status: 'draft' });
    const oldIds = new Set([...file.agenda.map((item) => item.id), ...file.resolutions.map((r) => r.id), ...file.actions.map((a) => a.id), ...file.attendance.map((a) => a.id)]);
    const copyIds = [...copy.agenda.map((item) => item.id), ...Object.values(copy.byItem).flatMap((record) => [...record.resolutions, ...record.actions].map((r) => r.id))];
    expect(copyIds.filter((id) => oldIds.has(id))).toEqual([]);
    expect(copyIds).toHaveLength(file.agenda.length + file.resolutions.length + file.actions.length);
    // The original is untouched.
    expect(app.handlers.getMeeting({ meetingId: 'g-2021-03-25' }).meeting.venue).toBe('');
  });
});

describe('states, versions and the lock on approved minutes', () => {
  /** A data folder holding the reference meeting as approved minutes, version 3 (as if approved on the chairman's return). */
  function approvedHere() {
    const source = openTestApp();
    importFile(source, fixturePath);
    const { hash: _hash, ...content } = readFile(exportFile(source, 'g-2021-03-25'));
    const approval = { version: 3, by: 'Councillor Kate Lymer', at: '2021-04-02T14:15:00.000Z' };
    const path = writeFile({ ...content, meeting: { ...content.meeting, status: 'approved', minutes: { version: 3, approval, confirmation: null } } }, 'approved.json');
    const app = openTestApp();
    importFile(app, path);
    return { app, meetingId: 'g-2021-03-25' };
  }

  it('approved minutes travel as approved, read-only, with their version', () => {
    const { app, meetingId } = approvedHere();
    const detail = app.handlers.getMeeting({ meetingId });
    expect(detail.minutes).toMatchObject({ state: 'approved', version: 3, isReadOnly: true, approval: { by: 'Councillor Kate Lymer' } });
    expect(app.handlers.listMeetings({ committeeId: detail.committee.id })[0]!.status).toBe('approved');
    expect(app.handlers.listMinutesVersions({ meetingId }).map((version) => [version.version, version.state, version.change])).toEqual([[3, 'approved', 'imported']]);
  });

  it('every write to approved minutes is refused with a clear message, and nothing changes', () => {
    const { app, meetingId } = approvedHere();
    const detail = app.handlers.getMeeting({ meetingId });
    const item = detail.agenda[5]!;
    const resolution = Object.values(detail.byItem).flatMap((record) => record.resolutions)[0]!;
    const locked = { ok: false, error: { code: 'minutes-locked', message: 'These minutes have been approved by the chairman, so they cannot be changed. Start a new draft (and say why) to change them.' } };
    expect(app.dispatch('updateAgendaItem', { itemId: item.id, title: 'Changed' })).toEqual(locked);
    expect(app.dispatch('addAgendaItem', { meetingId, title: 'New' })).toEqual(locked);
    expect(app.dispatch('updateResolution', { resolutionId: resolution.id, text: 'that nothing be noted.' })).toEqual(locked);
    expect(app.dispatch('updateMeeting', { meetingId, venue: 'Elsewhere' })).toEqual(locked);
    expect(app.dispatch('setAttendance', { meetingId, who: { memberId: detail.members[0]!.id }, status: 'absent' })).toEqual(locked);
    expect(app.dispatch('setSentenceOverride', { itemId: item.id, key: 'apologies', text: 'None.' })).toEqual(locked);
    expect(app.dispatch('deleteAgendaItem', { itemId: item.id })).toEqual(locked);
    expect(app.handlers.getMeeting({ meetingId })).toEqual(detail);
  });

  it('a new draft (with a reason) unlocks them as a new version; an older version can be restored', () => {
    const { app, meetingId } = approvedHere();
    expect(app.dispatch('startNewDraft', { meetingId, reason: '' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Reason is required.' } });
    const status = app.handlers.startNewDraft({ meetingId, reason: 'The chairman asked for a correction', by: 'Clerk' });
    expect(status).toMatchObject({ state: 'draft', version: 4, isReadOnly: false });
    const item = app.handlers.getMeeting({ meetingId }).agenda[5]!;
    app.handlers.updateAgendaItem({ itemId: item.id, title: 'Corrected title' });
    expect(app.dispatch('startNewDraft', { meetingId, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'conflict', message: 'The minutes are draft, so they cannot be made a new draft.' } });

    app.handlers.restoreMinutesVersion({ meetingId, version: 3, reason: 'Back to what was approved', by: '' });
    expect(app.handlers.getMeeting({ meetingId }).agenda[5]!.title).toBe(item.title);
    // The corrected title was typed after version 4: it is kept as version 5 before version 3 comes back.
    expect(app.handlers.listMinutesVersions({ meetingId }).map((version) => [version.version, version.change, version.reason])).toEqual([
      [6, 'restored', 'Back to what was approved'],
      [5, 'kept', 'The draft as it stood before version 3 was restored'],
      [4, 'new-draft', 'The chairman asked for a correction'],
      [3, 'imported', 'Imported from a meeting file'],
    ]);
    expect(app.handlers.getMinutesVersion({ meetingId, version: 5 }).detail.agenda[5]!.title).toBe('Corrected title');
    const older = app.handlers.getMinutesVersion({ meetingId, version: 4 });
    expect(older.detail.agenda[5]!.title).toBe(item.title);
    expect(older.summary).toMatchObject({ version: 4, state: 'draft', by: 'Clerk' });
    expect(app.dispatch('getMinutesVersion', { meetingId, version: 9 })).toMatchObject({ ok: false, error: { code: 'not-found', message: 'Version 9 of these minutes does not exist.' } });
  });

  it('the Word export follows the state: DRAFT until approved, the approval in the properties, an older version on request', async () => {
    const { app, meetingId } = approvedHere();
    const path = join(tempFolder(), 'approved.docx');
    await app.handlers.exportMinutes({ meetingId, mode: 'full', target: app.grant(path, 'minutes'), openAfterwards: false });
    const approved = readDocx(readFileSync(path));
    expect(approved.xml('word/header1.xml')).not.toContain('DRAFT');
    expect(approved.xml('docProps/core.xml')).toMatch(/Approved by Councillor Kate Lymer on 2 April 2021 at \d+\.15 [ap]m/);
    expect(approved.xml('docProps/custom.xml')).toContain('Councillor Kate Lymer');

    app.handlers.startNewDraft({ meetingId, reason: 'A correction', by: '' });
    const draftPath = join(tempFolder(), 'draft.docx');
    await app.handlers.exportMinutes({ meetingId, mode: 'full', target: app.grant(draftPath, 'minutes'), openAfterwards: false });
    expect(readDocx(readFileSync(draftPath)).xml('word/header1.xml')).toContain('DRAFT');
    const olderPath = join(tempFolder(), 'v3.docx');
    await app.handlers.exportMinutes({ meetingId, mode: 'full', target: app.grant(olderPath, 'minutes'), openAfterwards: false, version: 3 });
    expect(readDocx(readFileSync(olderPath)).xml('word/header1.xml')).not.toContain('DRAFT');
  }, 30_000);

  it('draft minutes start at version 0 and move only along the allowed paths', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).minutes).toMatchObject({ state: 'draft', version: 0, sent: null, approval: null });
    expect(app.dispatch('confirmMinutes', { meetingId: meeting.id, resolutionId: 'none' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('migration 4', () => {
  it('brings a version 3 data file up to date: its meetings are drafts at version 0, editable, and export as version 2 files', () => {
    const file = join(tempFolder(), 'older.sqlite');
    const old = new Database(file);
    for (const migration of migrations.slice(0, 3)) old.exec(migration);
    old.pragma('user_version = 3');
    old.prepare(`INSERT INTO committees VALUES ('c', 'Trustees', '', '10:00', '[]', 'now', 'now')`).run();
    old.prepare(`INSERT INTO meetings (id, committee_id, date, start_time, created_at, updated_at) VALUES ('m', 'c', '2021-03-25', '10:00', 'now', 'now')`).run();
    old.prepare(`INSERT INTO agenda_items (id, meeting_id, position, title, notes, updated_at) VALUES ('i', 'm', 0, 'Property', '{"type":"doc","content":[]}', 'now')`).run();
    old.prepare(`INSERT INTO resolutions (id, meeting_id, item_id, text, parts, position, created_at, updated_at) VALUES ('r', 'm', 'i', 'that the roof be mended.', '[]', 0, 'now', 'now')`).run();
    old.close();

    const app = openTestApp(file);
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(app.handlers.getMeeting({ meetingId: 'm' }).minutes).toMatchObject({ state: 'draft', version: 0, isReadOnly: false });
    app.handlers.updateAgendaItem({ itemId: 'i', title: 'Property repairs' });
    expect(app.handlers.listMinutesVersions({ meetingId: 'm' })).toEqual([]);
    const exported = readFile(exportFile(app, 'm'));
    expect(exported).toMatchObject({ version: 2, agenda: [{ title: 'Property repairs' }], resolutions: [{ text: 'that the roof be mended.' }] });
  });
});
