import { z } from 'zod';
import { contract, isMethodName, type HandlerTable } from '../shared/api.ts';
import { ApiError, type ApiErrorShape, type Envelope } from '../shared/errors.ts';
import { isSqliteError } from './store/database.ts';

export type Dispatch = (method: unknown, input: unknown) => Envelope<unknown>;

/**
 * The single gate between a transport (IPC, preview bridge, tests) and the handler table:
 * unknown names and invalid input are refused before any handler runs.
 */
export function createDispatch(handlers: HandlerTable, onUnexpected: (error: unknown) => void = () => {}): Dispatch {
  return (method, input) => {
    if (!isMethodName(method)) {
      return failure({ code: 'unknown-method', message: `There is no method called ${String(method).slice(0, 80)}.` });
    }
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) return failure({ code: 'invalid-input', message: describeIssues(parsed.error) });
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: handler(parsed.data) };
    } catch (error) {
      const shape = toErrorShape(error);
      if (shape.code === 'internal') onUnexpected(error);
      return failure(shape);
    }
  };
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
