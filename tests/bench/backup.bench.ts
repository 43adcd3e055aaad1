import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingDetail } from '../../shared/domain.ts';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { openBackend, type Backend } from '../../electron/backend.ts';
import { backUpDatabase } from '../../electron/store/backups.ts';
import { summarise, type BenchContext, type BenchModule, type BenchRow } from './bench.ts';
import { historyFor, startUpWorkDone } from './search.bench.ts';

// A backup of a large data file must not freeze the app (issue 11, for the reliability issue's
// backups). The copy is made on a worker thread with its own connection, holding one read
// transaction, so the app's thread only waits for the disk. This times a backup of
// the 2,500-meeting file with the app's own backUpDatabase (electron/store/backups.ts), and how
// long a save and a search issued every 25 ms wait meanwhile, against the same calls with no
// backup running.

const committees = 25;
const callEveryMs = 25;
const quietMs = 2_000;
// Each copy of 200 MB takes well under a second: three give enough calls made meanwhile for a p99.
const backupRounds = 3;

type Timed = { saves: number[]; searches: number[] };

/** Issues a save and a search every `callEveryMs` until `until` settles; each timed from when it was due. */
async function callsDuring(backend: Backend, itemId: string, until: Promise<unknown>): Promise<Timed> {
  const timed: Timed = { saves: [], searches: [] };
  let isDone = false;
  void until.finally(() => (isDone = true));
  let count = 0;
  while (!isDone) {
    const due = performance.now() + callEveryMs;
    await new Promise((resolve) => setTimeout(resolve, callEveryMs));
    const notes = richTextFromParagraphs([`The Board noted update ${++count} on the town centre wards.`]);
    const saved = backend.dispatch('updateAgendaItem', { itemId, notes });
    if (!saved.ok) throw new Error(`The save was refused: ${saved.error.message}`);
    timed.saves.push(performance.now() - due);
    const searchDue = performance.now();
    const found = backend.dispatch('search', { query: 'knife crime ', limit: 20 });
    if (!found.ok) throw new Error(`The search was refused: ${found.error.message}`);
    timed.searches.push(performance.now() - searchDue);
  }
  return timed;
}

export const backupBench: BenchModule = {
  name: 'backup',
  async run(context: BenchContext) {
    const history = await historyFor(context, committees);
    const backend = openBackend(history.file);
    try {
      const latest = backend.dispatch('getMeeting', { meetingId: history.meetingIds[0]!.at(-1)! });
      if (!latest.ok) throw new Error(latest.error.message);
      const itemId = (latest.value as MeetingDetail).agenda.find((item) => item.kind === 'general')!.id;

      // As in a session: the start-up check and backup are done before the hourly copies begin.
      await startUpWorkDone(backend);
      const folder = context.tempFolder();
      context.log(`backup: copying ${(statSync(history.file).size / 2 ** 20).toFixed(0)} MiB with backUpDatabase, ${backupRounds} times`);
      const during: Timed = { saves: [], searches: [] };
      const backupTimes: number[] = [];
      let copied = 0;
      for (let round = 0; round < backupRounds; round++) {
        const started = performance.now();
        const backup = backUpDatabase(history.file, folder, 'hourly', new Date(Date.now() + round * 1_000));
        const calls = await callsDuring(backend, itemId, backup);
        const made = await backup;
        backupTimes.push(performance.now() - started);
        during.saves.push(...calls.saves);
        during.searches.push(...calls.searches);
        copied = statSync(join(folder, made.name)).size;
      }
      // The comparison after the backup: the file check the backend starts on open (issue 9) runs
      // first, and the calls made while it runs wait for it.
      const quiet = await callsDuring(backend, itemId, new Promise((resolve) => setTimeout(resolve, quietMs)));

      const meetings = history.meetings.toLocaleString('en-GB');
      const rows: BenchRow[] = [
        {
          metric: `Backup of the ${meetings}-meeting file (backUpDatabase, on a worker)`,
          shown: ['median', 'max'],
          summary: summarise(backupTimes),
          detail: `${(copied / 2 ** 20).toFixed(0)} MiB copied with SQLite's backup API on a worker thread, while saving and searching every ${callEveryMs} ms`,
        },
        {
          metric: 'Save while the backup runs (wait + save)',
          shown: ['median', 'p99'],
          target: { statistic: 'p99', maxMs: 50 },
          summary: summarise(during.saves),
          detail: `${during.saves.length} saves, each timed from when it was due`,
        },
        {
          metric: 'Search while the backup runs',
          shown: ['median', 'p95'],
          target: { statistic: 'p95', maxMs: 50 },
          summary: summarise(during.searches),
          detail: `${during.searches.length} searches for “knife crime” over ${meetings} meetings`,
        },
        {
          metric: 'Save with no backup running (comparison)',
          shown: ['median', 'p99'],
          summary: summarise(quiet.saves),
          detail: `${quiet.saves.length} saves on the same timer`,
        },
        {
          metric: 'Search with no backup running (comparison)',
          shown: ['median', 'p95'],
          summary: summarise(quiet.searches),
          detail: `${quiet.searches.length} searches on the same timer`,
        },
      ];
      return rows;
    } finally {
      backend.close();
    }
  },
};
