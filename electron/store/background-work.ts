import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database.ts';

// Work on the whole data file runs on a worker thread with its own read-only connection while the
// app is in use: the quick check of a large file on open (it reads every page's structure: two
// seconds on a ten-year archive, which on the main thread came before the first screen), the full
// integrity check (it also compares every index with its table, far longer) and the backup copy
// (on the main thread its last step, writing out and flushing a 200 MB copy, held every call up
// for a quarter of a second).

/** "ok", or the first problems SQLite found. */
export function quickCheck(db: Db): string {
  const rows = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  return rows.map((row) => row.quick_check).join('; ');
}

// The worker answers { ok: true, value } or { ok: false, message }.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const jobs = {
  'quick-check': (db) => db.pragma('quick_check(5)').map((row) => row.quick_check).join('; '),
  'integrity-check': (db) => db.pragma('integrity_check(5)').map((row) => row.integrity_check).join('; '),
  // One read transaction for the whole copy: the copy is the file as it was when it began, and the
  // app's saves meanwhile (another connection) neither go into it nor make SQLite start it again.
  backup: async (db, target) => {
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    try {
      await db.backup(target, { progress: () => 1 << 30 });
    } finally {
      db.exec('COMMIT');
    }
    return target;
  },
};
(async () => {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    return { ok: true, value: await jobs[workerData.job](db, workerData.target) };
  } finally {
    db.close();
  }
})().then(
  (answer) => parentPort.postMessage(answer),
  (error) => parentPort.postMessage({ ok: false, message: String((error && error.message) || error) }),
);
`;

type Job = { job: 'quick-check' | 'integrity-check' } | { job: 'backup'; target: string };
type Running = { result: Promise<{ ok: true; value: string } | { ok: false; message: string } | 'stopped'>; stop: () => void };

function inBackground(file: string, job: Job, signal?: AbortSignal): Running {
  // Resolved here so the worker loads the very driver this process uses (inside the app's asar in Electron).
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { file, driver, ...job } });
  worker.unref();
  signal?.addEventListener('abort', () => void worker.terminate(), { once: true });
  const result = new Promise<Awaited<Running['result']>>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (error) => resolve({ ok: false, message: error.message }));
    worker.once('exit', () => resolve('stopped'));
  });
  return { result, stop: () => void worker.terminate() };
}

/** Runs `quick_check` or `integrity_check` off the main thread; resolves "ok", the problems found, or "stopped". */
export function checkInBackground(file: string, check: 'quick-check' | 'integrity-check'): { result: Promise<string>; stop: () => void } {
  const running = inBackground(file, { job: check });
  const result = running.result.then((answer) => (answer === 'stopped' ? answer : answer.ok ? answer.value : `The check could not run: ${answer.message}`));
  return { result, stop: running.stop };
}

/**
 * Copies the data file, as it is now, to `target` off the main thread with SQLite's backup API.
 * Aborting `signal` stops the copy (its worker ends; the promise rejects with an AbortError).
 */
export async function copyInBackground(file: string, target: string, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) throw stoppedError();
  const answer = await inBackground(file, { job: 'backup', target }, signal).result;
  if (answer === 'stopped' || signal?.aborted) throw stoppedError();
  if (!answer.ok) throw new Error(answer.message);
}

const stoppedError = () => Object.assign(new Error('The backup was stopped: the data file was closed.'), { name: 'AbortError' });

export const isStoppedWork = (error: unknown) => error instanceof Error && error.name === 'AbortError';
