import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { ApiError } from '../../shared/errors.ts';

// One writer per data file. Electron's single-instance lock keeps a second app window away, but
// not the preview host, the headless export or a second copy installed elsewhere: they all take
// this lock file beside the data file. A lock whose process is gone (killed, crashed, the power
// cut) is stale and taken over; SQLite's own locks stay free for the short write transactions.

type LockRecord = { pid: number; host: string; started: string | null; at: string };

export type WriterLock = { file: string; release: () => void };

export function lockFileFor(dataFile: string): string {
  return `${dataFile}.lock`;
}

export function acquireWriterLock(dataFile: string): WriterLock {
  const file = lockFileFor(dataFile);
  const mine: LockRecord = { pid: process.pid, host: hostname(), started: processStart(process.pid), at: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      return { file, release: () => releaseIfMine(file) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A folder nobody can write to has no second writer either; opening the store says why it cannot save.
      if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return { file, release: () => {} };
      if (code !== 'EEXIST') throw error;
    }
    const holder = readLock(file);
    if (holder && isAlive(holder)) {
      const where = holder.host === mine.host ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.host}`;
      throw new ApiError(
        'database-locked',
        `This data file is already open in another Proceedings (${where}, since ${holder.at.slice(0, 16).replace('T', ' ')} UTC). Close that one first: two programs saving into one file would overwrite each other's work.`,
      );
    }
    // Stale: its process has gone. Remove it and try again (another starter may win the race).
    rmSync(file, { force: true });
  }
  throw new ApiError('database-locked', 'This data file is being opened by another Proceedings at this moment. Try again.');
}

function readLock(file: string): LockRecord | null {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockRecord>;
    if (typeof record.pid !== 'number' || typeof record.host !== 'string') return null;
    return { pid: record.pid, host: record.host, started: record.started ?? null, at: String(record.at ?? '') };
  } catch {
    // Half-written by a process killed mid-write: nobody holds it.
    return null;
  }
}

function isAlive(holder: LockRecord): boolean {
  // A lock from another machine (a shared folder) cannot be checked: it is respected.
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // The number may have been handed to a new process since: where the system says when a
  // process started, a different start time means the holder is gone.
  const started = processStart(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

/** When the process started, in clock ticks since boot (Linux); null where that cannot be read. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and brackets: count fields after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function releaseIfMine(file: string): void {
  const holder = readLock(file);
  if (holder && holder.pid === process.pid && holder.host === hostname()) rmSync(file, { force: true });
}
