import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../shared/store-status.ts';
import { copyInBackground } from './background-work.ts';

// Copies of the data file in a folder beside it that the secretary can see and copy elsewhere.
// They are made with SQLite's own backup (a consistent copy even while the app writes), and a
// copy only gets its final name once it is complete, so a crash mid-backup leaves no half file
// that looks like a backup.

export const backupFolderName = 'backups';
const backupPattern = /^proceedings-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite$/;
const partialSuffix = '.partial';

/** How many to keep: the newest few, and one a day for a month. */
export const backupRetention = { newest: 10, dailyForDays: 30 } as const;

export function backupFolderFor(dataFile: string): string {
  return join(dirname(dataFile), backupFolderName);
}

function backupName(at: Date, reason: BackupReason): string {
  return `proceedings-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite`;
}

/** Every complete backup in the folder, newest first. */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const match = backupPattern.exec(name);
    if (!match) continue;
    const [, day, hours, minutes, seconds, millis, reason] = match;
    try {
      const bytes = statSync(join(folder, name)).size;
      backups.push({ name, createdAt: `${day}T${hours}:${minutes}:${seconds}.${millis}Z`, reason: reason as BackupReason, bytes });
    } catch {
      // Removed while we looked: not a backup any more.
    }
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Copies the data file, open in the app, into the folder with SQLite's backup API on a worker
 * thread (background-work.ts), so a ten-year archive does not freeze the app; `signal` stops it.
 * Then drops what the retention no longer needs.
 */
export async function backUpDatabase(dataFile: string, folder: string, reason: BackupReason, now = new Date(), signal?: AbortSignal): Promise<BackupInfo> {
  mkdirSync(folder, { recursive: true });
  const name = backupName(now, reason);
  const target = join(folder, name);
  const partial = target + partialSuffix;
  try {
    await copyInBackground(dataFile, partial, signal);
    renameSync(partial, target);
  } catch (error) {
    // Retried: on Windows a stopped worker may hold the half copy open for a moment.
    rmSync(partial, { force: true, maxRetries: 5 });
    throw error;
  }
  pruneBackups(folder, now);
  return { name, createdAt: now.toISOString(), reason, bytes: statSync(target).size };
}

/**
 * The same copy, made synchronously from a closed file: before a migration, when nothing else
 * can be running yet. VACUUM INTO writes a consistent, compacted copy in one statement.
 */
export function backUpFileNow(file: string, folder: string, reason: BackupReason, now = new Date()): BackupInfo {
  mkdirSync(folder, { recursive: true });
  const name = backupName(now, reason);
  const target = join(folder, name);
  const partial = target + partialSuffix;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  pruneBackups(folder, now);
  return { name, createdAt: now.toISOString(), reason, bytes: statSync(target).size };
}

/** Keeps the newest `backupRetention.newest`, plus the newest of each of the last 30 days. */
export function pruneBackups(folder: string, now = new Date()): string[] {
  const backups = listBackups(folder);
  const keep = new Set(backups.slice(0, backupRetention.newest).map((backup) => backup.name));
  const oldestDay = new Date(now.getTime() - backupRetention.dailyForDays * 86_400_000).toISOString().slice(0, 10);
  const daysKept = new Set<string>();
  for (const backup of backups) {
    const day = backup.createdAt.slice(0, 10);
    if (day < oldestDay || daysKept.has(day)) continue;
    daysKept.add(day);
    keep.add(backup.name);
  }
  const removed = backups.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
  for (const name of removed) rmSync(join(folder, name), { force: true });
  removeInterruptedCopies(folder, now);
  return removed;
}

/** Half-copies left by a backup that was killed; a recent one may still be being written. */
function removeInterruptedCopies(folder: string, now: Date): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith(partialSuffix)) continue;
    const path = join(folder, name);
    try {
      if (now.getTime() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
    } catch {
      // Finished and renamed meanwhile.
    }
  }
}

/** The backup's path, only if `name` is one of the folder's own backups (never a path from the page). */
export function backupPath(folder: string, name: string): string | null {
  if (basename(name) !== name || !backupPattern.test(name)) return null;
  return listBackups(folder).some((backup) => backup.name === name) ? join(folder, name) : null;
}
