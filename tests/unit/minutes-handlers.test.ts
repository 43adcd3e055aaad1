// Under test: the minutes handlers (electron/handlers/house-style, item-minutes, papers,
// resolutions) and migration 2, through the dispatch gate on a real SQLite file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { papersFolder } from '../../electron/handlers/papers.ts';
import { migrations } from '../../electron/store/migrations/index.ts';
import { defaultHouseStyle } from '../../shared/domain.ts';
import { openTestApp, seedMeeting, tempFolder } from './harness.ts';

describe('house style', () => {
  it('starts from the defaults and keeps what the secretary changes', () => {
    const app = openTestApp();
    const { committee, meeting } = seedMeeting(app);
    expect(app.handlers.getHouseStyle({ committeeId: committee.id })).toEqual(defaultHouseStyle);
    const changed = app.handlers.updateHouseStyle({ committeeId: committee.id, layout: 'single-column', fontFamily: ' Calibri ', fontSize: 10.5, dateStyle: 'ordinal', referTo: 'role' });
    expect(changed).toEqual({ ...defaultHouseStyle, layout: 'single-column', fontFamily: 'Calibri', fontSize: 10.5, dateStyle: 'ordinal', referTo: 'role' });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).houseStyle).toEqual(changed);
    expect(app.dispatch('updateHouseStyle', { committeeId: committee.id, fontSize: 10.25 })).toMatchObject({
      ok: false,
      error: { message: 'The font size goes in whole or half points.' },
    });
    expect(app.dispatch('updateHouseStyle', { committeeId: committee.id, layout: 'two-column' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('Part 2 and sentence overrides', () => {
  it('marks an item Part 2 with a paragraph or a reason, and clears it', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
    expect(app.handlers.setItemPart2({ itemId: item.id, part2: { paragraph: 3, reason: '' } })).toEqual({ paragraph: 3, reason: '' });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.part2).toEqual({ paragraph: 3, reason: '' });
    expect(app.dispatch('setItemPart2', { itemId: item.id, part2: { paragraph: 8, reason: '' } })).toMatchObject({ ok: false, error: { message: 'Schedule 12A has paragraphs 1 to 7.' } });
    expect(app.dispatch('setItemPart2', { itemId: item.id, part2: { paragraph: null, reason: ' ' } })).toMatchObject({ ok: false, error: { message: 'Give the paragraph of Schedule 12A or a reason.' } });
    app.handlers.setItemPart2({ itemId: item.id, part2: null });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.part2).toBeNull();
  });

  it('keeps, replaces and clears a sentence override', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[1]!;
    expect(app.handlers.setSentenceOverride({ itemId: item.id, key: 'apologies', text: 'Apologies were received from all.' })).toEqual([
      { key: 'apologies', text: 'Apologies were received from all.' },
    ]);
    app.handlers.setSentenceOverride({ itemId: item.id, key: 'arrival:abc-123', text: '' });
    expect(app.handlers.setSentenceOverride({ itemId: item.id, key: 'apologies', text: null })).toEqual([{ key: 'arrival:abc-123', text: '' }]);
    expect(app.dispatch('setSentenceOverride', { itemId: item.id, key: 'Apologies <b>', text: 'x' })).toMatchObject({ ok: false, error: { message: 'That is not a generated sentence.' } });
  });
});

describe('papers', () => {
  it('copies the file into the data folder, lists it under the item, and removes both', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
    const source = join(tempFolder(), 'Budget report.PDF');
    writeFileSync(source, 'a report');
    const paper = app.handlers.addPaper({ itemId: item.id, title: ' Budget monitoring report ', source: app.grant(source, 'paper') });
    expect(paper).toMatchObject({ itemId: item.id, title: 'Budget monitoring report', fileName: `${paper.id}.pdf`, position: 0 });
    const copy = join(papersFolder(app.db), paper.fileName!);
    expect(readFileSync(copy, 'utf8')).toBe('a report');
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.papers).toEqual([paper]);
    expect(app.handlers.updatePaper({ paperId: paper.id, title: 'Budget report (revised)' }).title).toBe('Budget report (revised)');
    app.handlers.removePaper({ paperId: paper.id });
    expect(existsSync(copy)).toBe(false);
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.papers).toEqual([]);
  });

  it('refuses a missing file with its name, adding nothing', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
    expect(app.dispatch('addPaper', { itemId: item.id, title: 'Gone', source: app.grant(join(tempFolder(), 'gone.pdf'), 'paper') })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'The file “gone.pdf” could not be found.' },
    });
    expect(app.dispatch('addPaper', { itemId: item.id, title: 'Made up', source: 'not-a-grant' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(app.db.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(0);
  });
});

describe('resolutions and actions', () => {
  it('adds resolutions in order, inserts after one, reorders and deletes one with its actions', () => {
    const app = openTestApp();
    const { meeting, roster } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
    const dispatch = (method: string, input: unknown) => {
      const envelope = app.dispatch(method, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as { id: string };
    };
    const first = dispatch('addResolution', { itemId: item.id, text: ' that the update be noted. ' });
    const last = dispatch('addResolution', { itemId: item.id, text: 'that', parts: ['Partners sign up.', 'Officers report back.'] });
    const middle = dispatch('addResolution', { itemId: item.id, form: 'recommended', text: 'to the Executive that the fees be agreed.', afterResolutionId: first.id });
    const action = dispatch('addAction', { itemId: item.id, resolutionId: last.id, owner: { group: ' Partners ' }, dueDate: '2021-04-30' });
    dispatch('addAction', { itemId: item.id, owner: { memberId: roster[1]!.id }, description: 'Report back' });
    const record = () => app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!;
    expect(record().resolutions.map((resolution) => [resolution.id, resolution.form, resolution.text])).toEqual([
      [first.id, 'resolved', 'that the update be noted.'],
      [middle.id, 'recommended', 'to the Executive that the fees be agreed.'],
      [last.id, 'resolved', 'that'],
    ]);
    expect(record().actions.map((entry) => [entry.resolutionId, entry.owner, entry.dueDate, entry.status])).toEqual([
      [last.id, { group: 'Partners' }, '2021-04-30', 'open'],
      [null, { memberId: roster[1]!.id }, null, 'open'],
    ]);
    app.handlers.reorderResolutions({ itemId: item.id, resolutionIds: [last.id, first.id, middle.id] });
    expect(record().resolutions.map((resolution) => resolution.id)).toEqual([last.id, first.id, middle.id]);
    expect(app.dispatch('reorderResolutions', { itemId: item.id, resolutionIds: [last.id] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(app.handlers.deleteResolution({ resolutionId: last.id })).toEqual({ deletedActionIds: [action.id] });
    expect(record().actions).toHaveLength(1);
    expect(record().resolutions).toHaveLength(2);
  });

  it('updates an action, and refuses an owner or resolution from elsewhere', () => {
    const app = openTestApp();
    const { meeting, roster } = seedMeeting(app);
    const [, , , , , item, other] = app.handlers.getMeeting({ meetingId: meeting.id }).agenda;
    const guest = app.handlers.addAttendee({ meetingId: meeting.id, name: 'Anthony Baldock', role: '', organisation: '', status: 'also_present', substituteForMemberId: null });
    const action = app.handlers.addAction({ itemId: item!.id, resolutionId: null, description: 'Send the figures', owner: { attendeeId: guest.attendeeId! }, dueDate: null });
    const done = app.handlers.updateAction({ actionId: action.id, status: 'done', dueDate: '2021-05-01' });
    expect(done).toMatchObject({ status: 'done', dueDate: '2021-05-01', owner: { attendeeId: guest.attendeeId } });
    expect(app.handlers.updateAction({ actionId: action.id, dueDate: null }).dueDate).toBeNull();
    // The guest leaves the list: the action keeps their name as its owner.
    app.handlers.removeAttendee({ attendeeId: guest.attendeeId! });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item!.id]!.actions[0]!.owner).toEqual({ group: 'Anthony Baldock' });

    const stranger = app.handlers.addMember({ committeeId: app.handlers.createCommittee({ name: 'Trustees', defaultVenue: '', defaultStartTime: '10:00' }).id, name: 'Pat Stranger', role: '', organisation: '', initials: '', chairRole: null });
    expect(app.dispatch('addAction', { itemId: item!.id, owner: { memberId: stranger.id } })).toMatchObject({ ok: false, error: { message: 'That action owner is not on this committee’s roster.' } });
    const resolution = app.handlers.addResolution({ itemId: other!.id, form: 'resolved', text: 'that it be noted.', parts: [] });
    expect(app.dispatch('addAction', { itemId: item!.id, resolutionId: resolution.id, owner: { memberId: roster[0]!.id } })).toMatchObject({ ok: false, error: { message: 'That resolution belongs to another item.' } });
    expect(app.dispatch('addAction', { itemId: item!.id, owner: { group: '' } })).toMatchObject({ ok: false, error: { message: 'Action owner is required.' } });
  });

  it('keeps what a deleted item held, and brings it back with the item', () => {
    const app = openTestApp();
    const { meeting } = seedMeeting(app);
    const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
    app.handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that it be noted.', parts: [] });
    app.handlers.deleteAgendaItem({ itemId: item.id });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]).toBeUndefined();
    expect(app.dispatch('addResolution', { itemId: item.id, text: 'x' })).toMatchObject({ ok: false, error: { message: 'That agenda item has been deleted.' } });
    app.handlers.restoreAgendaItem({ itemId: item.id });
    expect(app.handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.resolutions).toHaveLength(1);
  });
});

describe('migration 2', () => {
  it('brings a data file from version 1 up to date, keeping its meetings', () => {
    const file = join(tempFolder(), 'old.sqlite');
    const old = new Database(file);
    old.exec(migrations[0]!);
    old.pragma('user_version = 1');
    old.prepare(`INSERT INTO committees VALUES ('c', 'Trustees', '', '10:00', '[]', 'now', 'now')`).run();
    old.prepare(`INSERT INTO meetings (id, committee_id, date, start_time, created_at, updated_at) VALUES ('m', 'c', '2021-03-25', '10:00', 'now', 'now')`).run();
    old.close();
    const app = openTestApp(file);
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(app.handlers.getMeeting({ meetingId: 'm' })).toMatchObject({ houseStyle: defaultHouseStyle, byItem: {} });
  });
});
