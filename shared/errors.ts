// Errors crossing the contract are plain {code, message} objects; the message is for the secretary.

export const errorCodes = [
  'invalid-input',
  'unknown-method',
  'not-found',
  'conflict',
  'database-locked',
  'database-read-only',
  'disk-full',
  'database-newer',
  'database-corrupt',
  'transport',
  'internal',
  'file-unwritable',
  /** The minutes are approved or confirmed: start a new draft to change them. */
  'minutes-locked',
  /** A method whose handler is still being built. */
  'not-ready',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type ApiErrorShape = { code: ErrorCode; message: string };

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export class ApiError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** The record asked for, or the error that says it is gone ("That meeting no longer exists."). */
export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new ApiError('not-found', `${what} no longer exists.`);
  return value;
}

/** Saving failed for a reason that can clear by itself: keep the text and try again. */
export function isRetryable(code: ErrorCode): boolean {
  return code === 'database-locked' || code === 'database-read-only' || code === 'disk-full' || code === 'transport';
}
