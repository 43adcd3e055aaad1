import { format } from 'date-fns/format';
import { ApiError } from '../../shared/errors.ts';
import type { Db } from '../store/database.ts';
import { createFileGrants, noFileAccess, type FileAccess, type FileGrants } from './files.ts';

export type HandlerContext = {
  db: Db;
  /** Injected so tests can fix "now"; the app passes () => new Date(). */
  clock: () => Date;
  newId: () => string;
  /** The host's file dialogs (none by default: every choice is cancelled). */
  files: FileAccess;
  grants: FileGrants;
};

export function createContext(db: Db, overrides: Partial<Omit<HandlerContext, 'db'>> = {}): HandlerContext {
  return {
    db,
    clock: () => new Date(),
    newId: () => crypto.randomUUID(),
    files: noFileAccess,
    grants: createFileGrants(),
    ...overrides,
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

export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new ApiError('not-found', `${what} no longer exists.`);
  return value;
}

export function conflict(message: string): never {
  throw new ApiError('conflict', message);
}

/** Applies only the fields the caller sent; undefined means "leave as it is". */
export function patch<T extends object>(record: T, changes: Partial<T>): T {
  const next = { ...record };
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  return next;
}
