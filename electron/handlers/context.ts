import { format } from 'date-fns/format';
import { ApiError, found } from '../../shared/errors.ts';
import type { BackupInfo, StoreStatus } from '../../shared/store-status.ts';
import type { Db } from '../store/database.ts';
import { createFileGrants, noFileAccess, type FileAccess, type FileGrants } from './files.ts';

/** The data file as a whole (its state, backups, restore): the backend's, since it can swap the file. */
export type StoreAdmin = {
  status: () => StoreStatus;
  listBackups: () => { folder: string; backups: BackupInfo[] };
  backUpNow: () => Promise<BackupInfo>;
  restore: (name: string) => Promise<StoreStatus>;
};

export type HandlerContext = {
  db: Db;
  store: StoreAdmin;
  /** Injected so tests can fix "now"; the app passes () => new Date(). */
  clock: () => Date;
  newId: () => string;
  /** The host's file dialogs (none by default: every choice is cancelled). */
  files: FileAccess;
  grants: FileGrants;
  /** Review and response files handed to the app by the system (double-click, the preview's --open), oldest first. */
  openedFiles?: { path: string; purpose: 'review-open' | 'response-open' }[];
};

export function createContext(db: Db, overrides: Partial<Omit<HandlerContext, 'db'>> = {}): HandlerContext {
  return {
    db,
    clock: () => new Date(),
    newId: () => crypto.randomUUID(),
    files: noFileAccess,
    grants: createFileGrants(),
    store: bareStore(db),
    ...overrides,
  };
}

/** A database opened on its own (tests, tools): taken as it is, with no backups of its own. */
function bareStore(db: Db): StoreAdmin {
  const refuse = () => Promise.reject(new ApiError('not-found', 'Backups are kept by the app itself, not by this tool.'));
  return {
    status: () => ({ state: 'ok', message: '', dataFile: db.name, backupsFolder: '', keptAside: null, latestBackup: null, fullCheck: 'not-run' }),
    listBackups: () => ({ folder: '', backups: [] }),
    backUpNow: refuse,
    restore: refuse,
  };
}

/** One write = one IMMEDIATE transaction: it takes the write lock up front, and a throw undoes all of it. */
export function write<T>(context: HandlerContext, work: () => T): T {
  return context.db.transaction(work).immediate();
}

export function timestamp(context: HandlerContext): string {
  return context.clock().toISOString();
}

export function localDate(context: HandlerContext): string {
  return format(context.clock(), 'yyyy-MM-dd');
}

// Handlers take it from here with the rest of their helpers; the read models use it too.
export { found };

export function conflict(message: string): never {
  throw new ApiError('conflict', message);
}

/** Input that passed its schema but makes no sense with what is already saved. */
export function invalid(message: string): never {
  throw new ApiError('invalid-input', message);
}

/** Applies only the fields the caller sent; undefined means "leave as it is". */
export function patch<T extends object>(record: T, changes: Partial<T>): T {
  const next = { ...record };
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  return next;
}

type Deletable = { deletedAt: string | null };

const lastDeletion = new WeakMap<HandlerContext, number>();

/**
 * The time a delete marks its records with (store/soft-delete.ts): a restore brings back what
 * carries the same time, so two deletes must never share one, even within a millisecond or under
 * a test's fixed clock. Each is at least a millisecond after the one before.
 */
export function deletionTime(context: HandlerContext): string {
  const at = Math.max(context.clock().getTime(), (lastDeletion.get(context) ?? -Infinity) + 1);
  lastDeletion.set(context, at);
  return new Date(at).toISOString();
}

/** A record still on the minutes, without its deleted mark; a deleted one can only be restored. */
export function live<T extends Deletable>(record: T | undefined, what: string): Omit<T, 'deletedAt'> {
  const { deletedAt, ...value } = found(record, what);
  if (deletedAt) throw new ApiError('not-found', `${what} has been deleted.`);
  return value;
}

/** Deleting what is already deleted (a second window, a lost undo) is refused, so nothing moves. */
export function notYetDeleted<T extends Deletable>(record: T | undefined, what: string): Omit<T, 'deletedAt'> {
  const { deletedAt, ...value } = found(record, what);
  if (deletedAt) conflict(`${what} has already been deleted.`);
  return value;
}

/**
 * An add whose id is already in the file: the same add again (its first reply was lost) hands back
 * the record as it is; an id that belongs to anything else is refused.
 */
export function alreadyAdded<T extends Deletable>(record: T | undefined, isSameAdd: (record: T) => boolean): Omit<T, 'deletedAt'> | undefined {
  if (!record) return undefined;
  if (record.deletedAt || !isSameAdd(record)) conflict('That id is already in use.');
  const { deletedAt: _deletedAt, ...value } = record;
  return value;
}
