import Database from 'better-sqlite3';
import { ApiError } from '../../shared/errors.ts';
import { sqlFunctions } from './compact.ts';
import { migrations } from './migrations/index.ts';

export type Db = Database.Database;

export const schemaVersion = migrations.length;

/**
 * Opens (creating if needed) the one SQLite file that holds a user's committees.
 * A database written by a newer Proceedings is refused before anything touches it.
 */
export function openDatabase(file: string, options: { busyTimeoutMs?: number; beforeMigrate?: (from: number, to: number) => void } = {}): Db {
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
    // NORMAL in WAL mode: a commit reported as saved survives the app being killed or crashing;
    // only an operating-system crash or power cut can lose the last moments. FULL would add an
    // fsync to every keystroke's save (bench: p99 5.3 ms against 2.5 ms).
    db.pragma('synchronous = NORMAL');
    // Checkpoints run when typing pauses (see checkpointWhenIdle) rather than inside a save;
    // this ceiling only matters if the app is never idle.
    db.pragma('wal_autocheckpoint = 10000');
    db.pragma('foreign_keys = ON');
    // Search cuts its snippets in a scratch table (store/search-index.ts): in memory, not a temp file.
    db.pragma('temp_store = MEMORY');
    for (const [name, implementation] of Object.entries(sqlFunctions)) db.function(name, { deterministic: true }, implementation);
    if (found < latest) options.beforeMigrate?.(found, latest);
    migrate(db, found);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    // SQLITE_CORRUPT_VTAB too: a migration that reads the search index finds its damage.
    if (isSqliteError(error) && (error.code === 'SQLITE_NOTADB' || error.code.startsWith('SQLITE_CORRUPT'))) {
      throw new ApiError('database-corrupt', `${file} is not a Proceedings data file, or it is damaged.`);
    }
    throw error;
  }
}

/**
 * Copies the write-ahead log back into the main file once the app has been quiet for a moment,
 * so the cost never lands on a save the secretary is waiting for. Call `touch` after each call.
 * `tidyFirst` is other upkeep that waits for such a moment, run just before, so what it writes is
 * copied back too.
 */
export function checkpointWhenIdle(db: Db | null, idleMs = 2000, tidyFirst?: (db: Db) => void): { touch: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (!db?.open) return;
    try {
      tidyFirst?.(db);
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A busy or read-only file: the next quiet moment tries again.
    }
  };
  return {
    touch() {
      clearTimeout(timer);
      timer = setTimeout(run, idleMs);
      timer.unref?.();
    },
    stop: () => clearTimeout(timer),
  };
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
  // By its shape, not instanceof Error: the driver's errors may come from another realm (a worker's
  // or a test's VM context has an Error of its own).
  if (typeof error !== 'object' || error === null || !('code' in error) || !('message' in error)) return false;
  return typeof error.code === 'string' && error.code.startsWith('SQLITE_');
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement, compiled once per connection and reused: for the queries that run on
 * every save (the search index) or thousands of times in a row (creating meetings, carrying
 * actions), where compiling the SQL each time would cost more than running it.
 */
export function cachedStatement(db: Db, sql: string): Database.Statement {
  let statements = statementCache.get(db);
  if (!statements) {
    statements = new Map();
    statementCache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
