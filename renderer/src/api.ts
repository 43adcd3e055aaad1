import type { ProceedingsBridge } from '../../shared/api.ts';
import { ApiError, type ErrorCode } from '../../shared/errors.ts';
import { withJournal } from './saving/journal.ts';

declare global {
  interface Window {
    proceedings: ProceedingsBridge;
  }
}

/**
 * The typed client of the main process (the preload in the app, the bridge in the preview), with
 * every field edit kept in the journal until the data file confirms it.
 */
export const api: ProceedingsBridge = withJournal(window.proceedings);

/** The secretary-facing reason of a failed call, whatever the transport threw. */
export function describeError(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  if (error instanceof Error) {
    const code = (error as Error & { code?: ErrorCode }).code ?? 'transport';
    return { code, message: error.message || 'Proceedings is not responding.' };
  }
  return { code: 'internal', message: String(error) };
}
