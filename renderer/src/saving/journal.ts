import type { MethodName, ProceedingsBridge } from '../../../shared/api.ts';
import type { ErrorCode } from '../../../shared/errors.ts';

// A copy, in the browser's own storage, of every edit sent but not yet confirmed by the data
// file. If the app dies (or the page is reloaded) before the file says "saved", the edit is still
// here, and the next start offers to save it. Only edits that state a field's whole new value
// are kept (update…, set…): sending one twice does no harm, so offering it again is safe.

export type JournalEntry = { key: string; method: MethodName; input: unknown; at: string };

const storageKey = 'proceedings:unconfirmed-edits';

/** Refusals that would only come again: the edit itself is wrong, or what it edits is gone. */
const hopeless: ReadonlySet<ErrorCode> = new Set(['invalid-input', 'not-found', 'conflict', 'unknown-method']);

export function isJournaled(method: string): boolean {
  return /^(update|set)[A-Z]/.test(method);
}

/** One entry per set of fields of one record: a newer value replaces the older one. */
function entryKey(method: string, input: unknown): string {
  if (typeof input !== 'object' || input === null) return method;
  const record = input as Record<string, unknown>;
  const ids = Object.keys(record)
    .filter((name) => name.endsWith('Id') || name === 'who' || name === 'key')
    .sort()
    .map((name) => `${name}=${JSON.stringify(record[name])}`);
  const fields = Object.keys(record).sort().join(',');
  return `${method}|${ids.join('|')}|${fields}`;
}

export function createJournal(storage: Pick<Storage, 'getItem' | 'setItem'> | null) {
  const read = (): JournalEntry[] => {
    try {
      const entries = JSON.parse(storage?.getItem(storageKey) ?? '[]') as unknown;
      return Array.isArray(entries) ? (entries as JournalEntry[]) : [];
    } catch {
      return [];
    }
  };
  const write = (entries: JournalEntry[]) => {
    try {
      storage?.setItem(storageKey, JSON.stringify(entries));
    } catch {
      // Storage full or refused: the edit is still on screen and in the save queue.
    }
  };
  return {
    entries: read,
    /** Keeps the edit until `settle` is called with what this returns. */
    record(method: MethodName, input: unknown): JournalEntry {
      const entry: JournalEntry = { key: entryKey(method, input), method, input, at: new Date().toISOString() };
      write([...read().filter((candidate) => candidate.key !== entry.key), entry]);
      return entry;
    },
    /** The data file confirmed this edit (or refused it for good): forget it, unless a newer one replaced it. */
    settle(entry: JournalEntry): void {
      const entries = read();
      const remaining = entries.filter((candidate) => !(candidate.key === entry.key && candidate.at === entry.at));
      if (remaining.length !== entries.length) write(remaining);
    },
    clear: () => write([]),
  };
}

export type Journal = ReturnType<typeof createJournal>;

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export const journal = createJournal(browserStorage());

/** The bridge with every journaled method kept in the journal until the data file confirms it. */
export function withJournal(bridge: ProceedingsBridge, kept: Journal = journal): ProceedingsBridge {
  const wrapped: Record<string, unknown> = { ...bridge, on: (...args: Parameters<ProceedingsBridge['on']>) => bridge.on(...args) };
  for (const [name, call] of Object.entries(bridge)) {
    if (name === 'on' || !isJournaled(name) || typeof call !== 'function') continue;
    wrapped[name] = async (input: unknown) => {
      const entry = kept.record(name as MethodName, input);
      try {
        const value: unknown = await (call as (input: unknown) => Promise<unknown>)(input);
        kept.settle(entry);
        return value;
      } catch (error) {
        if (hopeless.has((error as { code?: ErrorCode }).code ?? 'internal')) kept.settle(entry);
        throw error;
      }
    };
  }
  return wrapped as ProceedingsBridge;
}
