import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeMinutes } from '../../shared/compose/index.ts';
import { detailFromMeetingFile, parseMeetingFile } from '../../shared/meeting-file.ts';
import { sha256Hex } from '../../electron/hash.ts';
import { repoRoot } from '../e2e/support/host.ts';
import { dataFileName } from '../../electron/backend.ts';
import { summarise, type BenchContext, type BenchModule, type BenchRow } from './bench.ts';
import { historyFor } from './search.bench.ts';
import { toMarkdown } from './markdown.ts';

// Cold starts, each a whole new process as a user meets it: the headless export beside pandoc on
// the same minutes, the preview host until it answers a call, and the Electron main process bundle
// (with a stand-in for Electron's own module) until it answers its first call. Processes are timed
// from spawn to the moment they are done or answer, so Node's own start is in every figure.

const exportPairs = 15;
const hostStarts = 10;
const archiveStarts = 5;
const archiveCommittees = 25;
const mainStarts = 10;
const fixture = join(repoRoot, 'tests', 'fixtures', 'reference-meeting.json');
// GNU time gives the peak resident memory of a child (its getrusage), for node and pandoc alike.
const gnuTime = '/usr/bin/time';

type Run = { ms: number; peakMB: number | null };

/** Runs a command to its end; the peak RSS comes from GNU time where it is installed. */
function runTimed(command: string, args: string[], folder: string): Run {
  const rssFile = join(folder, 'rss.txt');
  const hasTime = existsSync(gnuTime);
  const started = performance.now();
  const run = hasTime
    ? spawnSync(gnuTime, ['-f', '%M', '-o', rssFile, command, ...args], { cwd: repoRoot, encoding: 'utf8' })
    : spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr || run.error?.message}`);
  return { ms, peakMB: hasTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) / 1024 : null };
}

/**
 * The node program that `npm run <script>` ends by starting (npm's own start and any build step
 * before it left out: pandoc has no such wrapper either), read from package.json so the bench
 * always times what the script runs.
 */
function programOf(script: string): { command: string; args: string[]; shown: string } {
  const line = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[script]!;
  const shown = line.split('&&').at(-1)!.trim();
  const [program, ...args] = shown.split(/\s+/);
  if (program !== 'node') throw new Error(`npm run ${script} runs “${line}”; the bench only knows how to time a node program.`);
  return { command: process.execPath, args, shown };
}

function pandocVersion(): string | null {
  const probe = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  return probe.error || probe.status !== 0 ? null : probe.stdout.split('\n')[0]!;
}

function exportRows({ tempFolder, log }: BenchContext): BenchRow[] {
  const folder = tempFolder();
  const { command, args, shown } = programOf('export');
  const docx = join(folder, 'minutes.docx');
  const exportRun = () => runTimed(command, [...args, fixture, docx], folder);
  const pandoc = pandocVersion();
  const rows: BenchRow[] = [];
  if (!pandoc) {
    log('startup: PANDOC IS NOT INSTALLED — the export is timed alone, with no comparison (apt-get install -y pandoc)');
    const runs = Array.from({ length: exportPairs }, exportRun);
    rows.push(
      { metric: 'Headless export ÷ pandoc, same minutes (paired cold starts)', unit: '×', shown: ['median', 'p95'], target: { statistic: 'median', max: 1 }, notMeasured: 'pandoc is not installed' },
      ...exportFigures(runs, shown),
    );
    return rows;
  }
  const parsed = parseMeetingFile(readFileSync(fixture, 'utf8'), sha256Hex);
  if (!parsed.ok) throw new Error(`The reference fixture does not parse: ${parsed.message}`);
  const markdown = join(folder, 'minutes.md');
  writeFileSync(markdown, toMarkdown(composeMinutes(detailFromMeetingFile(parsed.file), { mode: 'full' })));
  const pandocRun = () => runTimed('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(folder, 'pandoc.docx'), markdown], folder);
  // One of each first, untimed: the first start of anything also reads it from disk.
  exportRun();
  pandocRun();
  log(`startup: ${exportPairs} pairs of the headless export and pandoc, alternating which goes first`);
  const exports: Run[] = [];
  const pandocs: Run[] = [];
  for (let pair = 0; pair < exportPairs; pair++) {
    if (pair % 2 === 0) {
      exports.push(exportRun());
      pandocs.push(pandocRun());
    } else {
      pandocs.push(pandocRun());
      exports.push(exportRun());
    }
  }
  const ratios = exports.map((run, pair) => run.ms / pandocs[pair]!.ms);
  rows.push(
    {
      metric: 'Headless export ÷ pandoc, same minutes (paired cold starts)',
      unit: '×',
      shown: ['median', 'p95'],
      target: { statistic: 'median', max: 1 },
      summary: summarise(ratios),
      detail: `${exportPairs} pairs, each the export of tests/fixtures/reference-meeting.json and pandoc on the same minutes as Markdown, run one after the other (order alternating); below 1 is faster than pandoc`,
    },
    ...exportFigures(exports, shown),
    { metric: 'pandoc: the same minutes to .docx, whole process (comparison)', shown: ['median', 'p95'], summary: summarise(pandocs.map((run) => run.ms)), detail: pandoc },
  );
  const pandocPeaks = pandocs.flatMap((run) => (run.peakMB === null ? [] : [run.peakMB]));
  if (pandocPeaks.length) {
    rows.push({ metric: 'pandoc: peak memory (comparison)', unit: 'MB', shown: ['median', 'max'], summary: summarise(pandocPeaks), detail: 'peak resident set size (GNU time)' });
  }
  return rows;
}

function exportFigures(runs: Run[], command: string): BenchRow[] {
  const peaks = runs.flatMap((run) => (run.peakMB === null ? [] : [run.peakMB]));
  return [
    {
      metric: 'Headless export (npm run export), whole process',
      shown: ['median', 'p95'],
      summary: summarise(runs.map((run) => run.ms)),
      detail: `${command} of the reference meeting file, from spawn to exit`,
    },
    peaks.length
      ? { metric: 'Headless export: peak memory', unit: 'MB', shown: ['median', 'max'], target: { statistic: 'max', max: 150 }, summary: summarise(peaks), detail: 'peak resident set size (GNU time)' }
      : { metric: 'Headless export: peak memory', unit: 'MB', shown: ['median', 'max'], target: { statistic: 'max', max: 150 }, notMeasured: `${gnuTime} is not installed` },
  ];
}

/** Resident memory of a running process, from /proc (Linux). */
function residentMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

type Started = { readyMs: number; residentMB: number };

/**
 * Spawns a process that prints a line matching `ready` once it can answer, then `answer` turns that
 * line into one answered call. Timed from spawn to the answer; the process is killed afterwards.
 */
async function startOnce(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  answer: (match: RegExpExecArray) => Promise<void>,
): Promise<Started> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  // Listened for from the start: a process that stops on its own before it is ready must still be
  // seen to have gone, or the bench waits for an exit that has already happened.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let output = '';
  try {
    const match = await new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No “ready” within 30 s. Output:\n${output}`)), 30_000);
      const look = (chunk: string) => {
        output += chunk;
        const found = ready.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      };
      child.stdout.setEncoding('utf8').on('data', look);
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      child.once('exit', (code) => reject(new Error(`Exited (code ${code}) before it was ready. Output:\n${output}`)));
    });
    await answer(match);
    const readyMs = performance.now() - started;
    return { readyMs, residentMB: residentMB(child.pid!) };
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Answers a preview host's "ready" line by calling listCommittees over its bridge, as the page does. */
async function callFirst(match: RegExpExecArray): Promise<void> {
  const url = match[1]!;
  // The bridge gives its token only to its own page, which says so as a browser would.
  const reply = await fetch(new URL('__proceedings/token', url), { headers: { 'sec-fetch-site': 'same-origin' } });
  const { token } = (await reply.json()) as { token?: string };
  if (!token) throw new Error('The bridge gave no token.');
  const response = await fetch(new URL('__proceedings/call/listCommittees', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-proceedings-token': token, origin: new URL(url).origin },
    body: '{}',
  });
  const envelope = (await response.json()) as { ok: boolean };
  if (!envelope.ok) throw new Error('listCommittees was refused.');
}

const previewReady = /Proceedings preview: (http:\/\/127\.0\.0\.1:\d+\/)/;

async function previewHostRows({ tempFolder, log }: BenchContext): Promise<BenchRow[]> {
  const dataDir = tempFolder();
  const { command, args, shown } = programOf('preview');
  const once = () => startOnce(command, args, { PROCEEDINGS_DATA_DIR: dataDir, PORT: '0' }, previewReady, callFirst);
  await once(); // creates the data file, so the timed starts open an existing one as a secretary's would
  log(`startup: the preview host ${hostStarts} times`);
  const starts: Started[] = [];
  for (let i = 0; i < hostStarts; i++) starts.push(await once());
  return [
    {
      metric: 'Preview host: start → first answered call',
      shown: ['median', 'p95'],
      target: { statistic: 'median', maxMs: 300 },
      summary: summarise(starts.map((start) => start.readyMs)),
      detail: `${shown} (what npm run preview starts), from spawn to the answer of listCommittees over the bridge, on an existing data file`,
    },
    {
      metric: 'Preview host: resident memory when ready',
      unit: 'MB',
      shown: ['median', 'max'],
      target: { statistic: 'median', max: 120 },
      summary: summarise(starts.map((start) => start.residentMB)),
      detail: 'VmRSS after the first answered call',
    },
  ];
}

/**
 * The same start on a decade of minutes: the file is checked on open (a quick check reads every
 * page), which on the main thread kept the first screen waiting two seconds at this size.
 */
async function archiveStartRows(context: BenchContext): Promise<BenchRow[]> {
  const history = await historyFor(context, archiveCommittees);
  const dataDir = context.tempFolder();
  const dataFile = join(dataDir, dataFileName);
  const { command, args } = programOf('preview');
  context.log(`startup: the preview host on ${history.meetings} meetings, ${archiveStarts} times`);
  const starts: Started[] = [];
  for (let i = 0; i < archiveStarts; i++) {
    // A fresh copy each time: a start backs the file up once it has been checked.
    copyFileSync(history.file, dataFile);
    starts.push(await startOnce(command, args, { PROCEEDINGS_DATA_DIR: dataDir, PORT: '0' }, previewReady, callFirst));
  }
  return [
    {
      metric: `Preview host on ${history.meetings.toLocaleString('en-GB')} meetings: start → first answered call`,
      shown: ['median', 'p95'],
      target: { statistic: 'median', maxMs: 300 },
      summary: summarise(starts.map((start) => start.readyMs)),
      detail: `as above, on the generated archive (${(statSync(history.file).size / 2 ** 20).toFixed(0)} MiB); its quick check runs on a worker meanwhile`,
    },
  ];
}

async function mainProcessRows({ tempFolder, log }: BenchContext): Promise<BenchRow[]> {
  const bundle = join(repoRoot, 'dist', 'electron', 'main.cjs');
  const metric = 'Main process bundle: start → first answered call';
  if (!existsSync(bundle)) return [{ metric, shown: ['median', 'p95'], notMeasured: 'dist/electron/main.cjs is missing (npm run build)' }];
  const dataDir = tempFolder();
  const standIn = join(repoRoot, 'tests', 'bench', 'main-process-stand-in.mjs');
  const once = () => startOnce(process.execPath, [standIn, bundle], { PROCEEDINGS_DATA_DIR: dataDir }, /answered (\{.*\})\n/, async () => {});
  await once();
  log(`startup: the main process bundle ${mainStarts} times`);
  const starts: Started[] = [];
  for (let i = 0; i < mainStarts; i++) starts.push(await once());
  return [
    {
      metric,
      shown: ['median', 'p95'],
      summary: summarise(starts.map((start) => start.readyMs)),
      detail: 'dist/electron/main.cjs under Node with a stand-in for the electron module (tests/bench/main-process-stand-in.mjs); from spawn to the answer of listCommittees through its IPC handler',
    },
    {
      metric: 'Main process bundle: resident memory when ready',
      unit: 'MB',
      shown: ['median', 'max'],
      summary: summarise(starts.map((start) => start.residentMB)),
      detail: 'VmRSS after the first answered call (no Chromium: Electron itself adds its own)',
    },
  ];
}

export const startupBench: BenchModule = {
  name: 'startup',
  async run(context) {
    return [...exportRows(context), ...(await previewHostRows(context)), ...(await archiveStartRows(context)), ...(await mainProcessRows(context))];
  },
};

