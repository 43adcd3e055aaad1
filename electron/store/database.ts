import Database from 'better-sqlite3';
import { ApiError } from '../../shared/errors.ts';
import { migrations } from './migrations.ts';

export type Db = Database.Database;

export const schemaVersion = migrations.length;

/**
 * Opens (creating if needed) the one SQLite file that holds a user's committees.
 * A database written by a newer Proceedings is refused before anything touches it.
 */
export function openDatabase(file: string, options: { busyTimeoutMs?: number } = {}): Db {
  const db = new Database(file);
  try {
    const found = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.length;
    if (found > latest) {
      throw new ApiError(
        'database-newer',
        `This file was saved by a newer version of Proceedings (data version ${found}; this version understands up to ${latest}). Please update Proceedings; the file has not been changed.`,
      );
    }
    // Short busy wait: a locked file should surface as "Not saved — retrying" quickly rather
    // than freeze typing; the renderer retries.
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 250}`);
    db.pragma('journal_mode = WAL');
    // FULL: a commit reported as saved survives a power cut, not only a killed process.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, found);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    if (isSqliteError(error) && (error.code === 'SQLITE_NOTADB' || error.code === 'SQLITE_CORRUPT')) {
      throw new ApiError('database-corrupt', `${file} is not a Proceedings data file, or it is damaged.`);
    }
    throw error;
  }
}

function migrate(db: Db, from: number): void {
  for (let version = from + 1; version <= migrations.length; version++) {
    // Each step and its version bump commit together, so a failed step leaves the previous version.
    db.transaction(() => {
      db.exec(migrations[version - 1]!);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}

export function isSqliteError(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error) || !('code' in error)) return false;
  return typeof error.code === 'string' && error.code.startsWith('SQLITE_');
}
