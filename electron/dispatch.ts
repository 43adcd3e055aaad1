import { z } from 'zod';
import { contract, isMethodName, type HandlerTable, type MethodName, type MethodResult } from '../shared/api.ts';
import { ApiError, type ApiErrorShape, type Envelope } from '../shared/errors.ts';
import { lockedMessage } from '../shared/minutes-state.ts';
import { isSqliteError } from './store/database.ts';

/** Methods whose handler answers with a Promise: the few that must wait (the Word export). */
export type AsyncMethodName = {
  [K in MethodName]: MethodResult<K> extends Promise<unknown> ? K : never;
}[MethodName];

export type Dispatch = {
  (method: AsyncMethodName, input: unknown): Promise<Envelope<unknown>>;
  /**
   * Store methods answer at once. A name only known at run time may still be an asynchronous
   * method, whose answer is a Promise, and while a large file is checked after opening any call
   * but a read is answered once the check is done (backend.ts): transports (IPC, the preview
   * bridge) therefore await every answer.
   */
  (method: unknown, input: unknown): Envelope<unknown>;
};

/**
 * The single gate between a transport (IPC, preview bridge, tests) and the handler table:
 * unknown names and invalid input are refused before any handler runs.
 */
export function createDispatch(handlers: HandlerTable, onUnexpected: (error: unknown) => void = () => {}): Dispatch {
  return ((method: unknown, input: unknown): Envelope<unknown> | Promise<Envelope<unknown>> => {
    if (!isMethodName(method)) {
      return failure({ code: 'unknown-method', message: `There is no method called ${String(method).slice(0, 80)}.` });
    }
    const parsed = safeParse(method, input);
    if (!parsed.success) return failure({ code: 'invalid-input', message: describeIssues(parsed.error) });
    const fail = (error: unknown) => {
      const shape = toErrorShape(error);
      if (shape.code === 'internal') onUnexpected(error);
      return failure(shape);
    };
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const value = handler(parsed.data);
      if (value instanceof Promise) {
        return value.then((settled): Envelope<unknown> => ({ ok: true, value: settled }), fail);
      }
      return { ok: true, value };
    } catch (error) {
      return fail(error);
    }
  }) as Dispatch;
}

/**
 * The schemas bound what they walk (notes check their depth first), but input from a page is
 * anything: whatever a check throws (a stack overflow on some shape nobody foresaw) is a
 * refusal inside the envelope, never an exception the transport turns into a 500.
 */
function safeParse(method: MethodName, input: unknown) {
  try {
    return contract[method].input.safeParse(input);
  } catch {
    return { success: false as const, error: new z.ZodError([{ code: 'custom', path: [], message: 'The request is too large or too deeply nested.', input }]) };
  }
}

const failure = (error: ApiErrorShape): Envelope<never> => ({ ok: false, error });

function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request was not understood.';
  const where = issue.path.length ? ` (${issue.path.join('.')})` : '';
  return issue.code === 'custom' || issue.message.endsWith('.') ? issue.message : `${issue.message}${where}.`;
}

/** Turns what a handler threw into a message the secretary can act on. */
export function toErrorShape(error: unknown): ApiErrorShape {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  if (isSqliteError(error)) {
    // Migration 4's triggers refuse changes to approved and confirmed minutes, naming the state.
    const locked = /^proceedings:minutes-locked:(approved|confirmed)$/.exec(error.message);
    if (locked) return { code: 'minutes-locked', message: lockedMessage(locked[1] as 'approved' | 'confirmed') };
    if (error.code.startsWith('SQLITE_BUSY') || error.code.startsWith('SQLITE_LOCKED')) {
      return { code: 'database-locked', message: 'The data file is locked by another program.' };
    }
    if (error.code.startsWith('SQLITE_READONLY') || error.code === 'SQLITE_PERM' || error.code === 'SQLITE_CANTOPEN') {
      return { code: 'database-read-only', message: 'The data file cannot be written to (it is read-only).' };
    }
    if (error.code === 'SQLITE_FULL' || error.code.startsWith('SQLITE_IOERR')) {
      return { code: 'disk-full', message: 'The disk is full or could not be written to.' };
    }
    if (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB') {
      return { code: 'database-corrupt', message: 'The data file is damaged.' };
    }
    if (error.code.startsWith('SQLITE_CONSTRAINT')) {
      return { code: 'conflict', message: 'That change conflicts with something already saved.' };
    }
  }
  return { code: 'internal', message: 'Something went wrong inside Proceedings; nothing was changed.' };
}
