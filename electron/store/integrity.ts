import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database.ts';

// Checking the file: the quick check on open reads every page's structure (a second or so on a
// ten-year archive); the full check also compares every index with its table, which takes far
// longer, so it runs on a worker thread with its own read-only connection while the app is in use.

/** "ok", or the first problems SQLite found. */
export function quickCheck(db: Db): string {
  const rows = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  return rows.map((row) => row.quick_check).join('; ');
}

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let result;
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    result = db.pragma('integrity_check(5)').map((row) => row.integrity_check).join('; ');
  } finally {
    db.close();
  }
} catch (error) {
  result = String(error && error.message || error);
}
parentPort.postMessage(result);
`;

/** Runs `integrity_check` off the main thread; resolves "ok" or the problems found. */
export function integrityCheckInBackground(file: string): { result: Promise<string>; stop: () => void } {
  // Resolved here so the worker loads the very driver this process uses (inside the app's asar in Electron).
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { file, driver } });
  worker.unref();
  const result = new Promise<string>((resolve) => {
    worker.once('message', (message: string) => resolve(message));
    worker.once('error', (error) => resolve(`The check could not run: ${error.message}`));
    worker.once('exit', () => resolve('stopped'));
  });
  return { result, stop: () => void worker.terminate() };
}
