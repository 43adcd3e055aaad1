import { isRetryable } from '../../../shared/errors.ts';
import { describeError } from '../api.ts';

// Every edit goes through here. A field's latest value replaces any older one still waiting and is
// sent after a short quiet spell — or, for someone who types without pausing, once it has waited
// the longest allowed (so a crash loses at most that much); structure changes (add, delete,
// reorder) queue up and go in order.
// A failed save keeps its value and retries until the data file can be written again.

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string; willRetry: boolean };

type Operation = () => Promise<unknown>;

type Entry = {
  /** 'latest': only the newest value matters; 'sequence': every operation runs, in order. */
  mode: 'latest' | 'sequence';
  waiting: Operation[];
  timer: ReturnType<typeof setTimeout> | null;
  /** When the oldest value not yet sent was scheduled: the debounce never pushes it past the maximum wait. */
  waitingSince: number | null;
  inFlight: Promise<void> | null;
  failure: { message: string; willRetry: boolean } | null;
  attempts: number;
  idle: (() => void)[];
};

export type SaveQueue = ReturnType<typeof createSaveQueue>;

export function createSaveQueue(options: { debounceMs?: number; maxWaitMs?: number; retryDelaysMs?: number[] } = {}) {
  const debounceMs = options.debounceMs ?? 500;
  // 0.4 s, so the wait and the trip to the file together stay within half a second.
  const maxWaitMs = options.maxWaitMs ?? 400;
  const retryDelaysMs = options.retryDelaysMs ?? [500, 1000, 2000, 4000, 5000];
  const entries = new Map<string, Entry>();
  const listeners = new Set<() => void>();
  let state: SaveState = { kind: 'saved' };

  const entryFor = (key: string, mode: Entry['mode']): Entry => {
    let entry = entries.get(key);
    if (!entry) {
      entry = { mode, waiting: [], timer: null, waitingSince: null, inFlight: null, failure: null, attempts: 0, idle: [] };
      entries.set(key, entry);
    }
    return entry;
  };

  const publish = () => {
    let next: SaveState = { kind: 'saved' };
    for (const entry of entries.values()) {
      if (entry.failure) {
        next = { kind: 'failed', ...entry.failure };
        break;
      }
      next = { kind: 'saving' };
    }
    const isSame =
      next.kind === state.kind &&
      (next.kind !== 'failed' || (state.kind === 'failed' && state.message === next.message && state.willRetry === next.willRetry));
    if (isSame) return;
    state = next;
    for (const listener of listeners) listener();
  };

  const retire = (key: string, entry: Entry) => {
    if (entry.waiting.length || entry.inFlight || entry.timer || entry.failure) return;
    entries.delete(key);
    for (const resolve of entry.idle.splice(0)) resolve();
  };

  const start = (key: string): Promise<void> => {
    const entry = entries.get(key);
    if (!entry) return Promise.resolve();
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    if (entry.inFlight) return entry.inFlight.then(() => (entry.waiting.length ? start(key) : undefined));
    const operation = entry.waiting.shift();
    entry.waitingSince = null;
    if (!operation) {
      retire(key, entry);
      publish();
      return Promise.resolve();
    }
    entry.inFlight = operation().then(
      () => {
        entry.inFlight = null;
        entry.failure = null;
        entry.attempts = 0;
        if (entry.waiting.length && !entry.timer) return start(key);
        retire(key, entry);
        publish();
      },
      (error: unknown) => {
        entry.inFlight = null;
        const { code, message } = describeError(error);
        const willRetry = isRetryable(code);
        entry.failure = { message, willRetry };
        // In 'latest' mode a newer value supersedes the failed one; otherwise it goes again first.
        if (entry.mode === 'sequence' || entry.waiting.length === 0) entry.waiting.unshift(operation);
        if (willRetry) {
          const delay = retryDelaysMs[Math.min(entry.attempts, retryDelaysMs.length - 1)]!;
          entry.attempts += 1;
          if (entry.timer) clearTimeout(entry.timer);
          entry.timer = setTimeout(() => void start(key), delay);
        }
        publish();
      },
    );
    publish();
    return entry.inFlight;
  };

  /** A change that must not be merged with others (add, delete, reorder): runs after those before it. */
  const enqueue = (key: string, operation: Operation): void => {
    const entry = entryFor(key, 'sequence');
    entry.waiting.push(operation);
    if (!entry.inFlight && !entry.timer) void start(key);
    publish();
  };

  return {
    /** The newest value of a field; sent after `delayMs` of quiet (default: the debounce). */
    schedule(key: string, operation: Operation, delayMs = debounceMs): void {
      const entry = entryFor(key, 'latest');
      entry.waiting = [operation];
      if (entry.failure && !entry.failure.willRetry) entry.failure = null;
      if (entry.timer) clearTimeout(entry.timer);
      const now = Date.now();
      entry.waitingSince ??= now;
      const untilMaxWait = Math.max(0, entry.waitingSince + maxWaitMs - now);
      entry.timer = setTimeout(() => void start(key), Math.min(delayMs, untilMaxWait));
      publish();
    },
    enqueue,
    /**
     * Runs in `key`'s ordered line like `enqueue`, but hands the answer (or the failure) back to the
     * caller instead of retrying: for a change the screen can show only once it is accepted, and
     * whose refusal the form itself explains (an add the main process may refuse, a file import).
     */
    answer<T>(key: string, operation: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        enqueue(key, async () => {
          try {
            resolve(await operation());
          } catch (error) {
            reject(error);
          }
        });
      });
    },
    /** Sends what is waiting now (one key, or everything) and resolves when it has been tried. */
    async flush(key?: string): Promise<void> {
      const keys = key ? [key] : [...entries.keys()];
      await Promise.all(keys.map((candidate) => start(candidate)));
    },
    /** Resolves once everything under `key` has been saved (waiting through retries). */
    whenSaved(key: string): Promise<void> {
      const entry = entries.get(key);
      if (!entry) return Promise.resolve();
      return new Promise((resolve) => entry.idle.push(resolve));
    },
    hasUnsaved: () => entries.size > 0,
    getState: () => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
