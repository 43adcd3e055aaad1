import Database from 'better-sqlite3';
import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { ApiError, type Envelope } from '../shared/errors.ts';
import type { BackupInfo, StoreStatus } from '../shared/store-status.ts';
import { resolve } from 'node:path';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { openedFilePurpose, type OpenedFilePurpose } from './opened-files.ts';
import { createContext, type StoreAdmin } from './handlers/context.ts';
import { noFileAccess, type FileAccess } from './handlers/files.ts';
import { createHandlerTable } from './handlers/index.ts';
import { storeMethodNames } from './handlers/store.ts';
import { backUpDatabase, backupFolderFor, backupPath, listBackups } from './store/backups.ts';
import { checkpointWhenIdle, schemaVersion, type Db } from './store/database.ts';
import { checkInBackground, isStoppedWork } from './store/background-work.ts';
import { openDamagedStore, openStore, type OpenedStore } from './store/open-store.ts';
import { forgetGoneWords } from './store/search-index.ts';
import { acquireWriterLock } from './store/writer-lock.ts';

export type Backend = {
  /** The open database (throws while the file is missing or unreadable). */
  readonly db: Db;
  readonly status: StoreStatus;
  dispatch: Dispatch;
  /** Backs the data file up now (what the hourly timer and a bench call). */
  backUp: (reason?: BackupInfo['reason']) => Promise<BackupInfo>;
  /** Queues a review or response file the system handed over, for takeOpenedFile; false for any other file. */
  openFile: (path: string) => boolean;
  close: () => void;
};

export type BackendOptions = {
  files?: FileAccess;
  onUnexpected?: (error: unknown) => void;
  /** How often to back up while there are new edits (default: hourly). */
  backupEveryMs?: number;
  /** From this size the quick check on open runs on a worker (open-store.ts; tests lower it). */
  checkOnWorkerFromBytes?: number;
};

/**
 * The data file with the handler table over it: what Electron's IPC and the preview bridge both
 * serve. It holds the one-writer lock for as long as it is open, checks the file, keeps backups,
 * and can swap the file for a backup in place (the handlers are rebuilt over the restored file).
 */
export function openBackend(file: string, options: BackendOptions = {}): Backend {
  const onUnexpected = options.onUnexpected ?? (() => {});
  const backupsFolder = backupFolderFor(file);
  const lock = acquireWriterLock(file);
  let store: OpenedStore;
  try {
    store = openStore(file, { checkOnWorkerFromBytes: options.checkOnWorkerFromBytes });
  } catch (error) {
    lock.release();
    throw error;
  }
  let handle: Dispatch;
  // In the quiet moment after the last call: search_terms loses the words the index no longer
  // holds (store/search-index.ts), then the checkpoint.
  const idleUpkeep = (db: Db | null) => checkpointWhenIdle(db, undefined, forgetGoneWords);
  let checkpoint = idleUpkeep(null);
  let stopFullCheck = () => {};
  let stopQuickCheck = () => {};
  // While a large file's quick check runs on its worker: reads are answered, everything else waits
  // for it (and a read that turns out to write is asked again once it is done). Once a call waits,
  // the reads after it wait too, so none of them answers from before a change asked for earlier.
  let checking: Promise<void> | null = null;
  let isCallWaiting = false;
  let changesAtLastBackup = -1;
  // Copies run on workers, each with the data file open, for a second or more: the timer does not
  // start another meanwhile, a restore waits for them (Windows cannot replace a file held open), and
  // closing the file stops them.
  const backupsRunning = new Set<Promise<BackupInfo>>();
  let stopBackups = new AbortController();
  let isClosed = false;
  // Outlives a restore's rebinding: a file handed over is still waiting for the screen.
  const openedFiles: { path: string; purpose: OpenedFilePurpose }[] = [];

  const currentStatus = (): StoreStatus => ({ ...store.status, latestBackup: listBackups(backupsFolder)[0] ?? null });

  const backUp = async (reason: BackupInfo['reason'] = 'manual'): Promise<BackupInfo> => {
    // A copy of a file that may be damaged would push a good backup out of the ten kept.
    if (checking) await checking;
    const db = store.db;
    if (!db || store.status.state !== 'ok') {
      throw new ApiError('database-corrupt', 'This data file cannot be backed up as it is. Restore a backup instead.');
    }
    const changes = totalChanges(db);
    const running = backUpDatabase(file, backupsFolder, reason, new Date(), stopBackups.signal);
    backupsRunning.add(running);
    try {
      const backup = await running;
      changesAtLastBackup = changes;
      return backup;
    } finally {
      backupsRunning.delete(running);
    }
  };
  /** For the copies nobody waits for (on start, hourly): one stopped by closing the file is no error. */
  const backUpUnattended = (reason: BackupInfo['reason']) =>
    void backUp(reason).catch((error: unknown) => {
      if (!isStoppedWork(error)) onUnexpected(error);
    });

  const admin: StoreAdmin = {
    status: currentStatus,
    listBackups: () => ({ folder: backupsFolder, backups: listBackups(backupsFolder) }),
    backUpNow: () => backUp('manual'),
    restore: async (name) => {
      const source = backupPath(backupsFolder, name);
      if (!source) throw new ApiError('not-found', 'That backup is no longer in the backups folder.');
      await refuseUnusableBackup(source);
      // The state being replaced is kept as a backup too, so a restore can itself be undone.
      if (store.status.state === 'ok') await backUp('before-restore');
      await Promise.allSettled([...backupsRunning]);
      release();
      const incoming = `${file}.restoring`;
      copyFileSync(source, incoming);
      rmSync(`${file}-wal`, { force: true });
      rmSync(`${file}-shm`, { force: true });
      renameSync(incoming, file);
      store = openStore(file, { checkOnWorkerFromBytes: options.checkOnWorkerFromBytes });
      bind();
      return currentStatus();
    },
  };

  function bind() {
    const db = store.db;
    // While the file is missing or unreadable only the store's own methods (status, backups,
    // restore) answer; they run over an empty in-memory database that holds nothing.
    const table = createHandlerTable(
      createContext(db ?? new Database(':memory:'), { files: options.files ?? noFileAccess, store: admin, openedFiles }),
    );
    const inner = createDispatch(table, onUnexpected);
    handle = ((method: unknown, input: unknown) => {
      if (!store.db && !storeMethodNames.has(method as string)) {
        return { ok: false, error: { code: store.status.state === 'read-only' ? 'database-read-only' : 'database-corrupt', message: store.status.message } };
      }
      const answer = inner(method, input);
      return answer instanceof Promise ? answer.then(explain) : explain(answer);
    }) as Dispatch;
    // Query-only still lets a checkpoint write the main file: none before the file has passed its check.
    checkpoint = idleUpkeep(store.status.state === 'ok' && !store.isUnchecked ? db : null);
    if (store.isUnchecked) startQuickCheck();
    else if (db && store.status.state === 'ok' && !store.isNew) startFullCheck();
  }

  /** A large file's quick check, on a worker: then writes are let through, or the file is treated as damaged. */
  function startQuickCheck() {
    const checked = store;
    const check = checkInBackground(file, 'quick-check');
    stopQuickCheck = check.stop;
    const done: Promise<void> = check.result.then((result) => {
      if (checking === done) {
        checking = null;
        isCallWaiting = false;
      }
      if (store !== checked || isClosed || result === 'stopped') return;
      // Whatever goes wrong here, the calls waiting for the check must still be answered.
      try {
        if (result === 'ok') {
          checked.db!.pragma('query_only = OFF');
          checked.isUnchecked = false;
          checkpoint.stop();
          checkpoint = idleUpkeep(checked.db);
          startFullCheck();
          backUpUnattended('start');
          return;
        }
        onUnexpected(new Error(`quick_check: ${result}`));
        release();
        store = openDamagedStore(file);
        bind();
      } catch (error) {
        onUnexpected(error);
      }
    });
    checking = done;
  }

  /**
   * Reads by their names, which the first screen needs at once; the query-only connection keeps
   * them reads. Not the store's status: its answer must say whether the file passed.
   */
  const answersWhileChecking = (method: unknown) =>
    typeof method === 'string' && method !== 'getStoreStatus' && (/^(get|list)[A-Z]/.test(method) || method === 'search');

  function dispatchWhileChecking(pending: Promise<void>, method: unknown, input: unknown) {
    const answerOnceChecked = (): Envelope<unknown> | Promise<Envelope<unknown>> =>
      isClosed ? { ok: false, error: { code: 'database-locked', message: 'The data file was closed before this could be done.' } } : handle(method, input);
    if (isCallWaiting || !answersWhileChecking(method)) {
      isCallWaiting = true;
      return pending.then(answerOnceChecked);
    }
    const askAgainIfItWrote = (answer: Envelope<unknown>) =>
      !answer.ok && answer.error.code === 'database-read-only' && checking ? checking.then(answerOnceChecked) : answer;
    const answer = handle(method, input);
    return answer instanceof Promise ? answer.then(askAgainIfItWrote) : askAgainIfItWrote(answer);
  }

  /** A refusal from the read-only damaged file says why, not just "read-only". */
  function explain<T extends { ok: boolean }>(answer: T): T {
    if (!answer.ok && store.status.state === 'damaged') {
      return { ok: false, error: { code: 'database-corrupt', message: store.status.message } } as unknown as T;
    }
    return answer;
  }

  function startFullCheck() {
    store.status = { ...store.status, fullCheck: 'pending' };
    const check = checkInBackground(file, 'integrity-check');
    const checked = store;
    stopFullCheck = check.stop;
    void check.result.then((result) => {
      if (store !== checked || isClosed || result === 'stopped') return;
      if (result === 'ok') {
        store.status = { ...store.status, fullCheck: 'ok' };
        return;
      }
      onUnexpected(new Error(`integrity_check: ${result}`));
      release();
      store = openDamagedStore(file);
      store.status = { ...store.status, fullCheck: 'failed' };
      bind();
    });
  }

  function release() {
    stopQuickCheck();
    stopFullCheck();
    stopBackups.abort();
    stopBackups = new AbortController();
    checkpoint.stop();
    if (store.db?.open) store.db.close();
  }

  bind();
  // A file still being checked is backed up once it has passed (startQuickCheck).
  if (store.db && store.status.state === 'ok' && !store.isNew && !store.isUnchecked) {
    backUpUnattended('start');
  }
  // Hourly while editing: only when something changed since the last copy.
  const timer = setInterval(() => {
    const db = store.db;
    if (backupsRunning.size || store.isUnchecked || !db?.open || store.status.state !== 'ok' || totalChanges(db) === changesAtLastBackup) return;
    backUpUnattended('hourly');
  }, options.backupEveryMs ?? 3_600_000);
  // Optional: under the component tests' jsdom a timer is a number.
  timer.unref?.();

  return {
    get db() {
      if (!store.db) throw new ApiError('database-corrupt', store.status.message);
      return store.db;
    },
    get status() {
      return currentStatus();
    },
    dispatch: ((method: unknown, input: unknown) => {
      checkpoint.touch();
      return checking ? dispatchWhileChecking(checking, method, input) : handle(method, input);
    }) as Dispatch,
    backUp,
    openFile: (path) => {
      const purpose = openedFilePurpose(path);
      if (purpose) openedFiles.push({ path: resolve(path), purpose });
      return purpose !== null;
    },
    close: () => {
      isClosed = true;
      clearInterval(timer);
      release();
      lock.release();
    },
  };
}

function totalChanges(db: Db): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}

/**
 * A backup that is itself damaged, or from a newer Proceedings, is refused before anything is
 * replaced. Its quick check runs on a worker: a backup of years of minutes takes seconds to read.
 */
async function refuseUnusableBackup(path: string): Promise<void> {
  const unreadable = () => new ApiError('database-corrupt', 'That backup cannot be read. Nothing was changed; choose an older one.');
  let version: number;
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    version = db.pragma('user_version', { simple: true }) as number;
  } catch {
    throw unreadable();
  } finally {
    db?.close();
  }
  if (version > schemaVersion) throw new ApiError('database-newer', 'That backup was made by a newer version of Proceedings. Nothing was changed.');
  if ((await checkInBackground(path, 'quick-check').result) !== 'ok') {
    throw new ApiError('database-corrupt', 'That backup is damaged too. Nothing was changed; choose an older one.');
  }
}

export const dataFileName = 'proceedings.sqlite';
