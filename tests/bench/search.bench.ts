import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchResult } from '../../shared/domain.ts';
import type { StoreStatus } from '../../shared/store-status.ts';
import { openBackend, type Backend } from '../../electron/backend.ts';
import { summarise, type BenchContext, type BenchModule, type BenchRow } from './bench.ts';
import { defaultHistoryOptions, type GeneratedHistory } from './history.ts';

// Search as the secretary uses it: results as they type, so every query is sent once per
// keystroke from its third character, through the same dispatch gate and backend as the app, on
// years of generated minutes across several committees: 500 meetings, 2,500 (25 committees with
// 100 meetings each, a large council's decade) and, in the long run (`npm run bench -- --long` or
// PROCEEDINGS_BENCH_LONG=1), 10,000, so the growth from one size to the next is visible.

const isLongRun = process.argv.includes('--long') || process.env.PROCEEDINGS_BENCH_LONG === '1';
const committeeCounts = isLongRun ? [5, 25, 100] : [5, 25];
const targets = { searchP95Ms: { 500: 10, 2500: 10, 10000: 20 } as Record<number, number>, fileToText: 3 };

const shared = new Map<number, Promise<GeneratedHistory>>();

/** The generated history of that many committees (100 meetings each), made once per run and shared. */
export function historyFor(context: BenchContext, committees = defaultHistoryOptions.committees): Promise<GeneratedHistory> {
  let history = shared.get(committees);
  if (!history) {
    history = (async () => {
      const { meetingsPerCommittee, wordsPerMeeting } = defaultHistoryOptions;
      context.log(`history: generating ${committees * meetingsPerCommittee} meetings of about ${wordsPerMeeting} words`);
      const started = performance.now();
      const folder = context.tempFolder();
      const generator = spawn(process.execPath, [join(import.meta.dirname, 'history.ts'), folder, String(committees)], { stdio: ['ignore', 'inherit', 'inherit'] });
      const code = await new Promise((resolve) => generator.once('exit', resolve));
      if (code !== 0) throw new Error(`Generating ${committees} committees' minutes failed (exit ${code}).`);
      const made = JSON.parse(readFileSync(join(folder, 'history.json'), 'utf8')) as GeneratedHistory;
      context.log(`history: ${made.meetings} meetings, ${(made.noteCharacters / 1e6).toFixed(1)} million characters of notes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return made;
    })();
    shared.set(committees, history);
  }
  return history;
}

/** What secretaries look for: subjects, people, places, decisions and stock phrases. */
function realisticQueries(history: GeneratedHistory): string[] {
  return [
    'refuge provision',
    'knife crime',
    'CCTV upgrade',
    'Safer Streets bid',
    'county lines',
    'Ask for Angela',
    'domestic homicide review',
    'street drinking',
    'e-scooter',
    'Prevent duty',
    'hate crime reporting',
    'fly-tipping enforcement',
    'youth justice plan',
    'modern slavery',
    'night-time economy',
    // People, by surname and by full name, as they are asked about.
    ...history.memberNames.slice(2, 5).map((name) => name.split(' ').at(-1)!),
    history.memberNames[7]!,
    'Superintendent',
    'recorded vote',
    'pecuniary interest',
    'carried forward',
    'correct record',
    'recommendations be agreed',
    'further report',
    'Community Trigger',
    'ward panel priorities',
    'Strategic Assessment',
    'figures by ward',
    'voluntary sector',
    ...history.placeNames.slice(0, 10),
  ];
}

/** "knife crime" typed: "kni", "knif", "knife", "knife ", "knife c" … one search per keystroke. */
function keystrokes(query: string): string[] {
  const typed: string[] = [];
  for (let length = 3; length <= query.length; length++) typed.push(query.slice(0, length));
  return typed;
}

/** The file on disk against the notes it holds: what ten years of minutes cost in disk space. */
function fileSizeRow(history: GeneratedHistory): BenchRow {
  const bytes = statSync(history.file).size;
  const ratio = bytes / history.noteCharacters;
  return {
    metric: `Data file ÷ the text it holds, ${history.meetings.toLocaleString('en-GB')} meetings`,
    unit: '×',
    shown: ['median', 'max'],
    target: { statistic: 'median', max: targets.fileToText },
    summary: summarise([ratio]),
    detail: `${(bytes / 2 ** 20).toFixed(1)} MiB file (checkpointed, no WAL) for ${(history.noteCharacters / 1e6).toFixed(1)} million characters of notes`,
  };
}

/**
 * Opening a file starts its full check and a backup, each on a worker (about 10 s and 1 s for
 * 2,500 meetings); searching as the secretary types is measured once they are done, as it is for
 * the rest of a session. The backup bench measures searching while a backup runs.
 */
export async function startUpWorkDone(backend: Backend): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (performance.now() - started > 120_000) throw new Error('The start-up check and backup had not finished after two minutes.');
    // Awaited: while a large file's quick check runs, the status is answered once it is done.
    const status = await backend.dispatch('getStoreStatus', {});
    if (!status.ok) throw new Error(status.error.message);
    const { fullCheck, latestBackup } = status.value as StoreStatus;
    if (fullCheck === 'failed') throw new Error('The generated file failed its integrity check.');
    // A large file's full check starts once its quick check (on a worker) has passed.
    if (fullCheck === 'ok' && latestBackup?.reason === 'start') return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function searchRow(history: GeneratedHistory, log: BenchContext['log']): Promise<BenchRow> {
  const backend = openBackend(history.file);
  try {
    log(`search: the start-up check and backup of ${history.meetings} meetings took ${((await startUpWorkDone(backend)) / 1000).toFixed(1)} s`);
    const queries = realisticQueries(history);
    const typed = queries.flatMap(keystrokes);
    const search = (query: string) => {
      const envelope = backend.dispatch('search', { query, limit: 20 });
      if (!envelope.ok) throw new Error(`The search for “${query}” was refused: ${envelope.error.message}`);
      return envelope.value as SearchResult[];
    };
    // Warm-up: the first pass reads the index from disk into SQLite's cache, as the app's first searches would.
    for (const query of typed) search(query);
    const samples: number[] = [];
    let empty = 0;
    for (const query of typed) {
      const started = performance.now();
      const results = search(query);
      samples.push(performance.now() - started);
      if (results.length === 0) empty++;
    }
    // A bench that finds nothing would report wonderful figures.
    for (const query of queries) if (search(`${query} `).length === 0) throw new Error(`Nothing was found for “${query}”.`);
    const summary = summarise(samples);
    return {
      metric: `Search as you type, ${history.meetings.toLocaleString('en-GB')} meetings (search via dispatch, 20 results)`,
      shown: ['median', 'p95'],
      target: { statistic: 'p95', maxMs: targets.searchP95Ms[history.meetings] ?? 20 },
      summary,
      detail: `max ${summary.max.toFixed(1)} ms; once the start-up check and backup were done; ${samples.length} searches (${queries.length} queries typed from their third character; ${empty} keystrokes found nothing) over ${history.meetings} meetings in ${history.committeeIds.length} committees, ${(history.noteCharacters / 1e6).toFixed(1)} million characters of notes`,
    };
  } finally {
    backend.close();
  }
}

export const searchBench: BenchModule = {
  name: 'search',
  async run(context) {
    const rows: BenchRow[] = [];
    for (const committees of committeeCounts) {
      const history = await historyFor(context, committees);
      rows.push(fileSizeRow(history), await searchRow(history, context.log));
      context.log(`search: ${rows.at(-1)!.metric}: p95 ${rows.at(-1)!.summary!.p95.toFixed(1)} ms`);
    }
    return rows;
  },
};
