import Database from 'better-sqlite3';
import { accessSync, constants, copyFileSync, existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import type { StoreStatus } from '../../shared/store-status.ts';
import { backUpFileNow, backupFolderFor, listBackups } from './backups.ts';
import { isSqliteError, openDatabase, type Db } from './database.ts';
import { quickCheck } from './background-work.ts';

// Opening the data file with its checks: a file that fails them is never written to, a file that
// has gone is never silently replaced by an empty one, and a folder that cannot be written says so.

/**
 * `isNew`: the file was created just now (nothing in it yet worth a backup or a full check).
 * `isUnchecked`: a large file whose quick check is still to run, on a worker (backend.ts); until
 * it passes, the connection is query-only, so nothing is written to a file that may be damaged.
 */
export type OpenedStore = { db: Db | null; status: StoreStatus; isNew: boolean; isUnchecked: boolean };

/**
 * From this size a file's quick check runs on a worker after opening instead of before the first
 * screen. Below it, starting a worker (some 30 ms) costs more than the check (2 s at 200 MB).
 */
export const checkOnWorkerFromBytes = 32 * 2 ** 20;

function describe(file: string, state: StoreStatus['state'], message: string, keptAside: string | null = null): StoreStatus {
  const backupsFolder = backupFolderFor(file);
  return { state, message, dataFile: file, backupsFolder, keptAside, latestBackup: listBackups(backupsFolder)[0] ?? null, fullCheck: 'not-run' };
}

export function openStore(file: string, options: { now?: () => Date; checkOnWorkerFromBytes?: number } = {}): OpenedStore {
  const now = options.now ?? (() => new Date());
  const folder = dirname(file);
  const backupsFolder = backupFolderFor(file);
  const status = (state: StoreStatus['state'], message: string) => describe(file, state, message);

  const size = existsSync(file) ? statSync(file).size : null;
  const hasBackups = listBackups(backupsFolder).length > 0;
  if (size === 0 || (size === null && hasBackups)) {
    // SQLite would take an empty or absent file for a new store and start one: the secretary's
    // committees would seem to vanish. Say so and leave everything as it is.
    const what = size === 0 ? 'is empty (0 bytes)' : 'is missing';
    return {
      db: null,
      isNew: false,
      isUnchecked: false,
      status: status(
        'missing',
        `The data file ${file} ${what}, although Proceedings has kept data here before. Nothing has been created in its place. ${
          hasBackups ? 'Restore the latest backup (Settings → Backups), or put the file back.' : 'If you have a copy of the file, put it back.'
        }`,
      ),
    };
  }

  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return { db: null, isNew: false, isUnchecked: false, status: status('read-only', readOnlyFolderMessage(folder)) };
  }

  const isNew = size === null;
  let db: Db;
  try {
    db = openDatabase(file, {
      // A copy of the file as it was before its schema changes, whatever the migration does.
      beforeMigrate: (from) => {
        if (from > 0) backUpFileNow(file, backupsFolder, 'migration', now());
      },
    });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'database-corrupt') return openDamagedStore(file, now());
    if (isSqliteError(error) && (error.code === 'SQLITE_CANTOPEN' || error.code.startsWith('SQLITE_READONLY'))) {
      return { db: null, isNew: false, isUnchecked: false, status: status('read-only', readOnlyFolderMessage(folder)) };
    }
    throw error;
  }
  if (size !== null && size >= (options.checkOnWorkerFromBytes ?? checkOnWorkerFromBytes)) {
    db.pragma('query_only = ON');
    return { db, isNew, isUnchecked: true, status: status('ok', '') };
  }
  let check: string;
  try {
    check = quickCheck(db);
  } catch (error) {
    check = error instanceof Error ? error.message : String(error);
  }
  if (check !== 'ok') {
    db.close();
    return openDamagedStore(file, now());
  }
  return { db, isNew, isUnchecked: false, status: status('ok', '') };
}

function readOnlyFolderMessage(folder: string): string {
  return `Proceedings cannot save in ${folder}: the folder is read-only. Nothing has been changed. Ask whoever looks after this computer to let you write there, or set PROCEEDINGS_DATA_DIR to a folder you can write to.`;
}

/**
 * A damaged file: first a copy of it (and its write-ahead log) kept aside, for recovery by hand;
 * then the file opened read-only, so what can still be read is shown and nothing is written.
 */
export function openDamagedStore(file: string, at = new Date()): OpenedStore {
  const keptAside = join(dirname(file), `${basename(file, '.sqlite')}.damaged-${at.toISOString().replace(/[:.]/g, '-')}.sqlite`);
  try {
    copyFileSync(file, keptAside, constants.COPYFILE_EXCL);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${keptAside}-wal`, constants.COPYFILE_EXCL);
  } catch {
    // Nothing more can be done for it here; the message still says the file is damaged.
  }
  const message = `The data file is damaged, so Proceedings will not change it: you can read what it still holds, but nothing new is saved. A copy of it was kept as ${keptAside}. Restore the latest backup (Settings → Backups).`;
  let db: Db | null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    db = null;
  }
  return { db, isNew: false, isUnchecked: false, status: describe(file, 'damaged', message, keptAside) };
}
