// Under test: shared/meeting-file.ts (format, validation messages) and the importMeetingFile /
// exportMeetingFile handlers on a real data file; threat: a broken or hostile file that changes
// something, or a file the app writes that it cannot read back. Also the headless CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeMinutes } from '../../shared/compose/index.ts';
import { detailFromMeetingFile, parseMeetingFile as parseWithHash, type MeetingFile } from '../../shared/meeting-file.ts';
import { sha256Hex } from '../../electron/hash.ts';
import { readDocx } from './docx-reader.ts';
import { openTestApp, tempFolder, type TestApp } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixturePath = join(root, 'tests', 'fixtures', 'reference-meeting.json');
const fixtureText = readFileSync(fixturePath, 'utf8');
const fixture = () => JSON.parse(fixtureText) as Record<string, unknown> & MeetingFile;

const tables = ['committees', 'house_styles', 'members', 'meetings', 'agenda_items', 'attendees', 'part2_items', 'sentence_overrides', 'papers', 'resolutions', 'actions'];
const rowCounts = (app: TestApp) =>
  Object.fromEntries(tables.map((table) => [table, app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()]));

function writeJson(value: unknown, name = 'meeting.json'): string {
  const path = join(tempFolder(), name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const parseMeetingFile = (text: string) => parseWithHash(text, sha256Hex);

function parsed(value: unknown) {
  const result = parseMeetingFile(JSON.stringify(value));
  if (!result.ok) throw new Error(result.message);
  return result.file;
}

describe('the reference fixture', () => {
  it('is a valid meeting file with every item of the reference', () => {
    const file = parsed(fixture());
    expect(file.agenda.map((item) => item.title)).toHaveLength(17);
    expect(file.resolutions).toHaveLength(10);
    expect(file.actions.map((action) => action.owner)).toEqual([{ group: 'Partners' }, { memberId: 'm-joanne-stowell' }]);
  });
});

describe('round trip', () => {
  it('imports a meeting file and exports the same meeting again', () => {
    const app = openTestApp();
    const imported = app.handlers.importMeetingFile({ source: app.grant(fixturePath, 'meeting-file-open') });
    expect(imported).toEqual({ outcome: 'added', committeeId: 'c-safer-bromley-partnership', meetingId: 'g-2021-03-25', isNewCommittee: true });
    const targetPath = join(tempFolder(), 'again.json');
    const saved = app.handlers.exportMeetingFile({ meetingId: imported.meetingId, target: app.grant(targetPath, 'meeting-file-save') });
    expect(saved.byteLength).toBe(readFileSync(targetPath).length);
    // Version 1 in, version 2 out: the same meeting, with what version 1 could not say left empty.
    const again = parsed(JSON.parse(readFileSync(targetPath, 'utf8')));
    expect(again.version).toBe(2);
    expect(again).toEqual(parsed(fixture()));
  });

  it('composes the same minutes from the file (headless export) as from the imported meeting (the app)', () => {
    const app = openTestApp();
    const { meetingId } = app.handlers.importMeetingFile({ source: app.grant(fixturePath, 'meeting-file-open') });
    for (const mode of ['public', 'full'] as const) {
      expect(composeMinutes(detailFromMeetingFile(parsed(fixture())), { mode })).toEqual(
        composeMinutes(app.handlers.getMeeting({ meetingId }), { mode }),
      );
    }
  });

  it('adds a meeting to a committee that is already here, keeping its roster and house style', () => {
    const app = openTestApp();
    app.handlers.importMeetingFile({ source: app.grant(fixturePath, 'meeting-file-open') });
    app.handlers.updateHouseStyle({ committeeId: 'c-safer-bromley-partnership', dateStyle: 'ordinal' });
    app.handlers.updateMember({ memberId: 'm-kate-lymer', role: 'Chair of the Partnership' });
    const next = fixture();
    next.meeting = { ...next.meeting, id: 'g-2021-06-17', date: '2021-06-17' };
    const suffix = <T extends { id: string }>(value: T): T => ({ ...value, id: `${value.id}-june` });
    next.agenda = next.agenda.map((item) => ({ ...suffix(item), parentId: item.parentId && `${item.parentId}-june` }));
    next.attendance = next.attendance.map((entry) => suffix(entry));
    next.resolutions = next.resolutions.map((resolution) => ({ ...suffix(resolution), itemId: `${resolution.itemId}-june` }));
    next.actions = next.actions.map((action) => ({
      ...suffix(action),
      itemId: `${action.itemId}-june`,
      resolutionId: action.resolutionId && `${action.resolutionId}-june`,
    }));
    const result = app.handlers.importMeetingFile({ source: app.grant(writeJson(next), 'meeting-file-open') });
    expect(result).toEqual({ outcome: 'added', committeeId: 'c-safer-bromley-partnership', meetingId: 'g-2021-06-17', isNewCommittee: false });
    expect(app.handlers.listMeetings({ committeeId: result.committeeId }).map((meeting) => meeting.date)).toEqual(['2021-06-17', '2021-03-25']);
    const detail = app.handlers.getMeeting({ meetingId: 'g-2021-06-17' });
    expect(detail.houseStyle.dateStyle).toBe('ordinal');
    expect(detail.members.find((member) => member.id === 'm-kate-lymer')!.role).toBe('Chair of the Partnership');
    expect(detail.members).toHaveLength(25);
  });
});

describe('a bad file', () => {
  it('names the field at fault', () => {
    const longTitle = fixture();
    longTitle.agenda[3]!.title = 'x'.repeat(501);
    expect(parseMeetingFile(JSON.stringify(longTitle))).toEqual({
      ok: false,
      message: 'agenda[3].title: Item title is too long (at most 500 characters).',
    });
    const badDate = fixture();
    badDate.meeting.date = '2021-02-30';
    expect(parseMeetingFile(JSON.stringify(badDate))).toEqual({ ok: false, message: 'meeting.date: That date does not exist.' });
    const strayOwner = fixture();
    strayOwner.actions[1]!.owner = { memberId: 'nobody' };
    expect(parseMeetingFile(JSON.stringify(strayOwner))).toEqual({ ok: false, message: 'actions[1].owner.memberId: That person is not in members.' });
    const control = fixture();
    control.members[0]!.name = 'Kate\u0007 Lymer';
    expect(parseMeetingFile(JSON.stringify(control))).toEqual({ ok: false, message: 'members[0].name: Name contains a control character.' });
    const extra = fixture() as Record<string, unknown>;
    extra['script'] = '<script>alert(1)</script>';
    expect(parseMeetingFile(JSON.stringify(extra))).toMatchObject({ ok: false, message: expect.stringContaining('script') });
    const orphan = fixture();
    orphan.agenda[0]!.parentId = 'i-13';
    expect(parseMeetingFile(JSON.stringify(orphan))).toEqual({ ok: false, message: 'agenda: A sub-item must sit directly under a main item.' });
  });

  it('tells a file from elsewhere, and one from a newer Proceedings, from a broken one', () => {
    expect(parseMeetingFile('{"format": "proceedings-meeting", "version": 1,')).toEqual({
      ok: false,
      message: 'This is not a meeting file: it is not valid JSON (it may be cut short or damaged).',
    });
    expect(parseMeetingFile('{"name": "package"}')).toEqual({ ok: false, message: 'This is not a Proceedings meeting file.' });
    expect(parseMeetingFile(JSON.stringify({ ...fixture(), version: 3 }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('saved by a newer version of Proceedings (format version 3'),
    });
  });

  it('is refused with a clear message and changes nothing', () => {
    const app = openTestApp();
    const before = rowCounts(app);
    const broken = fixture();
    broken.resolutions[2]!.itemId = 'i-99';
    expect(app.dispatch('importMeetingFile', { source: app.grant(writeJson(broken, 'broken.json'), 'meeting-file-open') })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'broken.json could not be imported. resolutions[2].itemId: That item is not in the agenda.' },
    });
    expect(app.dispatch('importMeetingFile', { source: app.grant(writeJson('<html><script>alert(1)</script>', 'page.json'), 'meeting-file-open') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(app.dispatch('importMeetingFile', { source: app.grant(join(tempFolder(), 'missing.json'), 'meeting-file-open') })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'missing.json could not be read. Check that it still exists and try again.' },
    });
    expect(app.dispatch('importMeetingFile', { source: app.grant(fixturePath, 'paper') })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(rowCounts(app)).toEqual(before);
  });

  it('a file that clashes with what is here is refused whole, even after its committee would have been added', () => {
    const app = openTestApp();
    app.handlers.importMeetingFile({ source: app.grant(fixturePath, 'meeting-file-open') });
    // The same file again: nothing to do, and nothing duplicated (what differs is tested in minutes-versions.test.ts).
    expect(app.handlers.importMeetingFile({ source: app.grant(fixturePath, 'meeting-file-open') })).toMatchObject({ outcome: 'unchanged' });
    // A new committee and meeting whose item ids are already taken: the committee must not stay behind.
    const clash = fixture();
    clash.committee = { ...clash.committee, id: 'c-other', name: 'Another committee' };
    clash.members = clash.members.map((member) => ({ ...member, id: `${member.id}-other` }));
    clash.attendance = [];
    clash.actions = [];
    clash.meeting = { ...clash.meeting, id: 'g-other' };
    const before = rowCounts(app);
    expect(app.dispatch('importMeetingFile', { source: app.grant(writeJson(clash, 'clash.json'), 'meeting-file-open') })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('Nothing was changed.') },
    });
    expect(rowCounts(app)).toEqual(before);
    expect(app.handlers.listCommittees({}).map((committee) => committee.name)).toEqual(['Safer Bromley Partnership Strategic Group']);
  });
});

describe('the headless export', () => {
  // What `npm run export` runs: the bundle's start-up snapshot, (re)built first if any source is newer.
  beforeAll(() => {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'fresh-bundle.mjs'), 'export'], { encoding: 'utf8', cwd: root });
    expect(build.status, build.stderr).toBe(0);
  }, 120_000);
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--snapshot-blob', join(root, 'dist', 'node', 'export.blob'), ...args], { encoding: 'utf8', cwd: root });
  const runFromSource = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts', 'export.ts'), ...args], { encoding: 'utf8', cwd: root });

  it('writes the Word minutes straight from a meeting file, public or full', () => {
    const folder = tempFolder();
    const full = run(fixturePath, join(folder, 'full.docx'));
    expect(full.stderr).toBe('');
    expect(full.status).toBe(0);
    expect(full.stdout).toMatch(/^Wrote .*full\.docx \(full minutes, [\d,]+ bytes, \d+ ms\)\.\n$/);
    const withPart2 = fixture();
    withPart2.agenda.find((item) => item.id === 'i-12')!.part2 = { paragraph: 3, reason: '' };
    const publicRun = run(writeJson(withPart2), join(folder, 'public.docx'), '--public');
    expect(publicRun.status).toBe(0);
    const xml = readDocx(readFileSync(join(folder, 'public.docx'))).xml('word/document.xml');
    expect(xml).toContain('exempt information under paragraph 3 of Schedule 12A');
    expect(xml.includes('Operation Medusa')).toBe(false);
    expect(readDocx(readFileSync(join(folder, 'full.docx'))).xml('word/document.xml').includes('Operation Medusa')).toBe(true);
  }, 60_000);

  it('names the field of a bad file and exits non-zero without writing', () => {
    const folder = tempFolder();
    const broken = fixture();
    broken.agenda[3]!.title = 'x'.repeat(501);
    const result = run(writeJson(broken), join(folder, 'out.docx'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('agenda[3].title: Item title is too long (at most 500 characters).');
    expect(existsSync(join(folder, 'out.docx'))).toBe(false);
    expect(run(fixturePath).status).toBe(2);
    expect(runFromSource(fixturePath).status).toBe(2);
  }, 60_000);
});
