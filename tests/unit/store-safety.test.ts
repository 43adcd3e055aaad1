// Under test: electron/backend.ts with electron/store/open-store.ts, backups.ts and writer-lock.ts,
// on real SQLite files. Threats (issue 9, failures 2, 3, 7, 8): a damaged file written further, an
// empty or missing file silently replaced by a new store, a raw SqliteError for a read-only
// folder, two programs saving into one file; and backups that are missing when needed.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend.ts';
import { backUpFileNow, backupFolderFor, listBackups, pruneBackups } from '../../electron/store/backups.ts';
import { migrations } from '../../electron/store/migrations/index.ts';
import { sqlFunctions } from '../../electron/store/compact.ts';
import { lockFileFor } from '../../electron/store/writer-lock.ts';
import { tempFolder } from './harness.ts';

const opened: Backend[] = [];
function open(file: string, options: Parameters<typeof openBackend>[1] = {}): Backend {
  const backend = openBackend(file, options);
  opened.push(backend);
  return backend;
}
// Backends hold the writer lock: release them even when an assertion failed.
afterEach(() => opened.splice(0).forEach((backend) => backend.close()));

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A data file with a committee, a meeting and some notes, closed cleanly. */
function filledDataFile(): { file: string; committeeId: string; meetingId: string } {
  const file = join(tempFolder(), 'proceedings.sqlite');
  const backend = openBackend(file);
  const call = <T,>(method: string, input: unknown) => {
    const answer = backend.dispatch(method, input);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as T;
  };
  const committee = call<{ id: string }>('createCommittee', { name: 'Finance Committee' });
  const meeting = call<{ id: string }>('createMeeting', { committeeId: committee.id, date: '2026-03-25', startTime: '18:00' });
  // Enough rows that the file has many pages to damage.
  for (let index = 0; index < 60; index++) call('addMember', { committeeId: committee.id, name: `Member ${index} ${'x'.repeat(150)}`, role: 'r'.repeat(250), organisation: '', initials: '', chairRole: null });
  backend.close();
  return { file, committeeId: committee.id, meetingId: meeting.id };
}

/** 8 KB of garbage over the middle of the file, as a failing disk or a bad copy leaves it; its hash after. */
function damageMiddleOf(file: string): string {
  const size = statSync(file).size;
  const handle = openSync(file, 'r+');
  writeSync(handle, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
  closeSync(handle);
  return hashOf(file);
}

async function waitFor(condition: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a damaged data file', () => {
  it('is found on open, kept aside, and never written to again', () => {
    const { file, committeeId } = filledDataFile();
    const damaged = damageMiddleOf(file);

    const backend = open(file);
    expect(backend.status).toMatchObject({ state: 'damaged', message: expect.stringContaining('The data file is damaged') });
    expect(backend.status.keptAside).not.toBeNull();
    expect(hashOf(backend.status.keptAside!)).toBe(damaged);

    for (const [method, input] of [
      ['createCommittee', { name: 'Written anyway?' }],
      ['updateCommittee', { committeeId, name: 'Renamed anyway?' }],
    ] as const) {
      expect(backend.dispatch(method, input)).toMatchObject({ ok: false, error: { code: 'database-corrupt', message: expect.stringContaining('will not change it') } });
    }
    backend.close();
    expect(hashOf(file)).toBe(damaged);
  });
});

describe('a large data file, checked on a worker after opening', () => {
  // Every file counts as large here; the real threshold is 32 MiB (open-store.ts).
  const asLarge = { checkOnWorkerFromBytes: 0 };
  const committeesIn = (file: string) => {
    const reader = new Database(file, { readonly: true });
    try {
      return reader.prepare('SELECT count(*) FROM committees').pluck().get();
    } finally {
      reader.close();
    }
  };

  it('answers reads at once, holds writes until the check has passed, then backs the file up', async () => {
    const { file, committeeId } = filledDataFile();
    const backend = open(file, asLarge);
    const read = backend.dispatch('getCommittee', { committeeId });
    expect(read).not.toBeInstanceOf(Promise);
    expect(read).toMatchObject({ ok: true, value: { committee: { name: 'Finance Committee' } } });

    // Nothing can write before the check has passed, whatever asks.
    expect(() => backend.db.exec("UPDATE committees SET name = 'Written early?'")).toThrow(/readonly/);
    const write = backend.dispatch('createCommittee', { name: 'Audit Committee' });
    expect(write).toBeInstanceOf(Promise);
    expect(committeesIn(file)).toBe(1);
    // A read asked for after a change waits behind it, so it does not answer from before the change.
    const listed = backend.dispatch('listCommittees', {});
    // search writes its snippets to a scratch table: refused by the query-only connection, asked again after the check.
    const search = backend.dispatch('search', { query: 'Member' });
    await expect(write).resolves.toMatchObject({ ok: true, value: { name: 'Audit Committee' } });
    await expect(listed).resolves.toMatchObject({ ok: true, value: [{ name: 'Audit Committee' }, { name: 'Finance Committee' }] });
    await expect(search).resolves.toMatchObject({ ok: true });
    expect(committeesIn(file)).toBe(2);
    expect(backend.status.fullCheck).not.toBe('not-run');
    await waitFor(() => listBackups(backupFolderFor(file)).some((backup) => backup.reason === 'start'));
  });

  it('found damaged by that check: kept aside, the writes that waited refused, and never written to', async () => {
    const { file, committeeId } = filledDataFile();
    const damaged = damageMiddleOf(file);

    const unexpected: unknown[] = [];
    const backend = open(file, { ...asLarge, onUnexpected: (error) => unexpected.push(error) });
    // The status, asked for first, is not answered before the check: the screens' warning must not miss the damage.
    const status = backend.dispatch('getStoreStatus', {});
    const writes = [backend.dispatch('createCommittee', { name: 'Written anyway?' }), backend.dispatch('updateCommittee', { committeeId, name: 'Renamed anyway?' })];
    await expect(status).resolves.toMatchObject({ ok: true, value: { state: 'damaged' } });
    for (const write of writes) {
      await expect(write).resolves.toMatchObject({ ok: false, error: { code: 'database-corrupt', message: expect.stringContaining('will not change it') } });
    }
    expect(backend.status).toMatchObject({ state: 'damaged' });
    expect(hashOf(backend.status.keptAside!)).toBe(damaged);
    expect(listBackups(backupFolderFor(file)).filter((backup) => backup.reason === 'start')).toEqual([]);
    expect(String(unexpected[0])).toMatch(/quick_check/);
    backend.close();
    expect(hashOf(file)).toBe(damaged);
  });

  it('closed while the check runs: a call still waiting is told so, as a refusal the screen retries', async () => {
    const { file } = filledDataFile();
    const unexpected: unknown[] = [];
    const backend = openBackend(file, { ...asLarge, onUnexpected: (error) => unexpected.push(error) });
    const write = backend.dispatch('createCommittee', { name: 'Audit Committee' });
    backend.close();
    await expect(write).resolves.toEqual({ ok: false, error: { code: 'database-locked', message: 'The data file was closed before this could be done.' } });
    expect(unexpected).toEqual([]);
    expect(committeesIn(file)).toBe(1);
  });
});

describe('an empty or missing data file', () => {
  it('is not turned into a new empty store: a 0-byte file stays 0 bytes and the app says so', () => {
    const file = join(tempFolder(), 'proceedings.sqlite');
    writeFileSync(file, '');
    const backend = open(file);
    expect(backend.status).toMatchObject({ state: 'missing', message: expect.stringContaining('is empty (0 bytes)') });
    expect(backend.dispatch('listCommittees', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('Nothing has been created in its place') } });
    backend.close();
    expect(statSync(file).size).toBe(0);
  });

  it('when backups exist, a missing file is reported, and the latest backup brings the data back', async () => {
    const { file, committeeId } = filledDataFile();
    // Opening it again takes the start-up backup.
    const first = open(file);
    await waitFor(() => listBackups(backupFolderFor(file)).length > 0);
    first.close();
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) writeFileSync(file + suffix, '');
    spawnSync('rm', ['-f', file, `${file}-wal`, `${file}-shm`]);

    const backend = open(file);
    expect(backend.status).toMatchObject({ state: 'missing', message: expect.stringContaining('is missing') });
    expect(existsSync(file)).toBe(false);
    const latest = backend.status.latestBackup!;
    expect(latest.reason).toBe('start');
    const restored = await backend.dispatch('restoreBackup', { name: latest.name });
    expect(restored).toMatchObject({ ok: true, value: { state: 'ok' } });
    expect(backend.dispatch('getCommittee', { committeeId })).toMatchObject({ ok: true, value: { committee: { name: 'Finance Committee' } } });
  });
});

/**
 * A folder this process cannot write to. Root writes anywhere a permission bit forbids, so as root
 * the folder is a read-only bind mount (where the system allows mounting); otherwise chmod 555.
 */
function readOnlyCopyOf(folder: string): { path: string; undo: () => void } | null {
  if (process.getuid?.() !== 0) {
    chmodSync(folder, 0o555);
    return { path: folder, undo: () => chmodSync(folder, 0o755) };
  }
  const mountPoint = tempFolder();
  const bind = spawnSync('mount', ['--bind', folder, mountPoint]);
  if (bind.status !== 0) return null;
  if (spawnSync('mount', ['-o', 'remount,ro,bind', mountPoint]).status !== 0) {
    spawnSync('umount', [mountPoint]);
    return null;
  }
  return { path: mountPoint, undo: () => void spawnSync('umount', [mountPoint]) };
}

describe('a read-only data folder', () => {
  it('is told plainly, not with a raw SqliteError, and nothing is written', (context) => {
    const { file } = filledDataFile();
    const readOnly = readOnlyCopyOf(dirname(file));
    if (!readOnly) return context.skip('this machine allows neither chmod nor a read-only mount for the test');
    try {
      const backend = open(join(readOnly.path, basename(file)));
      expect(backend.status).toMatchObject({ state: 'read-only', message: expect.stringContaining('the folder is read-only') });
      expect(backend.dispatch('createCommittee', { name: 'Anyone?' })).toMatchObject({
        ok: false,
        error: { code: 'database-read-only', message: expect.stringContaining('the folder is read-only') },
      });
      expect(backend.status.message).not.toMatch(/SqliteError|unable to open/);
    } finally {
      opened.splice(0).forEach((backend) => backend.close());
      readOnly.undo();
    }
  });
});

describe('one writer per data file', () => {
  it('refuses a second program on the same file with a clear message, and allows it once the first has closed', () => {
    const { file } = filledDataFile();
    const first = open(file);
    expect(() => openBackend(file)).toThrow(/already open in another Proceedings \(process \d+/);
    first.close();
    open(file).close();
  });

  it('takes over the lock of a process that was killed (SIGKILL leaves its lock file behind)', async () => {
    const { file } = filledDataFile();
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    await new Promise((resolve) => child.once('spawn', resolve));
    writeFileSync(lockFileFor(file), JSON.stringify({ pid: child.pid, host: (await import('node:os')).hostname(), started: null, at: new Date().toISOString() }));
    expect(() => openBackend(file)).toThrow(/already open/);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const backend = open(file);
    expect(backend.status.state).toBe('ok');
  });
});

describe('backups', () => {
  it('are taken on start, before a migration, and on the hourly timer after edits — with the SQLite backup API', async () => {
    // A file at the previous schema version with real rows in it.
    const file = join(tempFolder(), 'proceedings.sqlite');
    const old = new Database(file);
    // Migration 7 calls the app's own SQL functions, as the app registers them before migrating.
    for (const [name, implementation] of Object.entries(sqlFunctions)) old.function(name, { deterministic: true }, implementation);
    for (const sql of migrations.slice(0, -1)) old.exec(sql);
    old.pragma(`user_version = ${migrations.length - 1}`);
    old.prepare("INSERT INTO committees (id, name, default_venue, default_start_time, agenda_template, created_at, updated_at) VALUES ('c1', 'Old Committee', '', '10:00', '[]', '2020-01-01', '2020-01-01')").run();
    old.close();

    const backend = open(file, { backupEveryMs: 200 });
    const folder = backupFolderFor(file);
    const before = listBackups(folder).find((backup) => backup.reason === 'migration')!;
    expect(before).toBeDefined();
    const copy = new Database(join(folder, before.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.length - 1);
    expect(copy.prepare('SELECT name FROM committees').pluck().all()).toEqual(['Old Committee']);
    copy.close();
    await waitFor(() => listBackups(folder).some((backup) => backup.reason === 'start'));

    expect(backend.dispatch('createCommittee', { name: 'New Committee' })).toMatchObject({ ok: true });
    await waitFor(() => listBackups(folder).some((backup) => backup.reason === 'hourly'));
    const hourly = listBackups(folder).find((backup) => backup.reason === 'hourly')!;
    const copied = new Database(join(folder, hourly.name), { readonly: true });
    expect(copied.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copied.prepare('SELECT name FROM committees ORDER BY name').pluck().all()).toEqual(['New Committee', 'Old Committee']);
    copied.close();
    // No edits since: the timer does not copy the same data again.
    const count = listBackups(folder).length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(listBackups(folder).length).toBe(count);
  });

  it('are copied off the app’s thread: saves go on during the copy, and the copy is one moment of the file', async () => {
    const { file, committeeId } = filledDataFile();
    const backend = open(file);
    const folder = backupFolderFor(file);
    await waitFor(() => listBackups(folder).some((backup) => backup.reason === 'start'));
    // Two tables written together, transaction by transaction, through the app's own connection:
    // a copy that mixed moments (pages from before and after a save) would hold different counts.
    backend.db.exec('CREATE TABLE paired_a (n INTEGER); CREATE TABLE paired_b (n INTEGER)');
    const pairedSave = backend.db.transaction((n: number) => {
      backend.db.prepare('INSERT INTO paired_a VALUES (?)').run(n);
      backend.db.prepare('INSERT INTO paired_b VALUES (?)').run(n);
    });
    const taken = backend.dispatch('backUpNow', {}) as Promise<{ ok: boolean; value: { name: string } }>;
    let isTaken = false;
    void taken.finally(() => (isTaken = true));
    // A copy made on this thread would hold these up until it was done.
    let saves = 0;
    while (!isTaken) {
      pairedSave(++saves);
      expect(backend.dispatch('updateCommittee', { committeeId, name: `Renamed ${saves}` })).toMatchObject({ ok: true });
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(saves).toBeGreaterThan(1);
    const { value } = await taken;
    const copy = new Database(join(folder, value.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM members').pluck().get()).toBe(60);
    const counts = ['paired_a', 'paired_b'].map((table) => copy.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    copy.close();
    expect(counts[0]).toBe(counts[1]);
  });

  it('stop when the file is closed, and a restore waits for one still copying', async () => {
    const { file } = filledDataFile();
    const folder = backupFolderFor(file);
    const first = open(file);
    // Closed at once: the start-up copy is stopped, and leaves neither a backup nor a half copy.
    first.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listBackups(folder).filter((backup) => backup.reason === 'start')).toHaveLength(0);
    expect(existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.partial')) : []).toEqual([]);

    const backend = open(file);
    await waitFor(() => listBackups(folder).some((backup) => backup.reason === 'start'));
    const manual = (await backend.dispatch('backUpNow', {})) as { value: { name: string } };
    // A copy is running when the restore is asked for; the restore still puts the chosen file back.
    const running = backend.dispatch('backUpNow', {}) as Promise<{ ok: boolean }>;
    expect(await backend.dispatch('restoreBackup', { name: manual.value.name })).toMatchObject({ ok: true, value: { state: 'ok' } });
    expect(await running).toMatchObject({ ok: true });
    expect(backend.dispatch('listCommittees', {})).toMatchObject({ ok: true, value: [{ name: 'Finance Committee' }] });
  });

  it('keep the newest 10 and one a day for 30 days', () => {
    // Only the names and dates matter here: 120 copies of a small file.
    const file = join(tempFolder(), 'proceedings.sqlite');
    new Database(file).exec('CREATE TABLE t (x)').close();
    const folder = join(tempFolder(), 'backups');
    mkdirSync(folder);
    const now = new Date('2026-06-30T12:00:00Z');
    // Three a day for 40 days.
    for (let day = 0; day < 40; day++) {
      for (const hour of [9, 13, 17]) {
        const at = new Date(now.getTime() - day * 86_400_000);
        at.setUTCHours(hour, 0, 0, 0);
        if (at > now) continue;
        backUpFileNow(file, folder, 'hourly', at);
      }
    }
    pruneBackups(folder, now);
    const kept = listBackups(folder).map((backup) => backup.createdAt);
    const newest = kept.slice(0, 10);
    const days = new Set(kept.map((at) => at.slice(0, 10)));
    expect(newest[0]).toBe('2026-06-30T09:00:00.000Z');
    // 10 newest (about three days) plus the newest of each further day back to 30 days ago.
    expect(days.size).toBe(31);
    expect([...days].sort()[0]).toBe('2026-05-31');
    expect(kept.length).toBe(10 + 31 - 4);
  });

  it('restore backs up the current state first, then puts the chosen copy back', async () => {
    const { file, committeeId } = filledDataFile();
    const backend = open(file);
    const taken = await backend.dispatch('backUpNow', {});
    expect(taken).toMatchObject({ ok: true, value: { reason: 'manual' } });
    expect(backend.dispatch('updateCommittee', { committeeId, name: 'Renamed after the backup' })).toMatchObject({ ok: true });

    const name = (taken as { value: { name: string } }).value.name;
    expect(await backend.dispatch('restoreBackup', { name })).toMatchObject({ ok: true, value: { state: 'ok' } });
    expect(backend.dispatch('getCommittee', { committeeId })).toMatchObject({ ok: true, value: { committee: { name: 'Finance Committee' } } });
    const safety = listBackups(backupFolderFor(file)).find((backup) => backup.reason === 'before-restore')!;
    const copy = new Database(join(backupFolderFor(file), safety.name), { readonly: true });
    expect(copy.prepare('SELECT name FROM committees').pluck().get()).toBe('Renamed after the backup');
    copy.close();

    expect(await backend.dispatch('restoreBackup', { name: '../proceedings.sqlite' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('restore refuses a backup that is damaged too, and changes nothing', async () => {
    const { file, committeeId } = filledDataFile();
    const backend = open(file);
    const taken = await backend.dispatch('backUpNow', {});
    const name = (taken as { value: { name: string } }).value.name;
    damageMiddleOf(join(backupFolderFor(file), name));
    expect(backend.dispatch('updateCommittee', { committeeId, name: 'Renamed after the backup' })).toMatchObject({ ok: true });

    expect(await backend.dispatch('restoreBackup', { name })).toEqual({
      ok: false,
      error: { code: 'database-corrupt', message: 'That backup is damaged too. Nothing was changed; choose an older one.' },
    });
    expect(backend.dispatch('getCommittee', { committeeId })).toMatchObject({ ok: true, value: { committee: { name: 'Renamed after the backup' } } });
    expect(listBackups(backupFolderFor(file)).map((backup) => backup.reason)).not.toContain('before-restore');
  });
});
