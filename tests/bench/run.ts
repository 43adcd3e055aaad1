import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../e2e/support/host.ts';
import { limitOf, valueOf, verdict, type BenchContext, type BenchModule, type BenchRow } from './bench.ts';
import { defaultGenerateOptions } from './generate.ts';
import { exportBench } from './export.bench.ts';
import { continuityBench } from './continuity.bench.ts';
import { searchBench } from './search.bench.ts';
import { backupBench } from './backup.bench.ts';
import { startupBench } from './startup.bench.ts';
import { reviewBench } from './review.bench.ts';
import { storeBench } from './store.bench.ts';
import { typingBench } from './typing.bench.ts';
import { testLoopBench } from './test-loop.bench.ts';
import { measureKeystrokes, type KeystrokeResult } from './keystrokes.bench.ts';
import { categories } from './keystrokes/word-baseline.ts';

// `npm run bench`: runs every module in turn, prints one table and writes bench-results.json at
// the repo root, which is committed as the record. Missing a target is reported, not thrown:
// benchmarks inform, tests decide.

const allModules: BenchModule[] = [startupBench, storeBench, typingBench, exportBench, searchBench, backupBench, continuityBench, reviewBench, testLoopBench];
// `node tests/bench/run.ts typing` runs just the named modules, for working on one figure; only a
// full run rewrites the record. Options (`--long`) are read by the modules they concern.
const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const benchModules = chosen.length ? allModules.filter((module) => chosen.includes(module.name)) : allModules;
// Keys rather than milliseconds, so a table of its own: `node tests/bench/run.ts keystrokes`.
const isKeystrokesChosen = chosen.length === 0 || chosen.includes('keystrokes');
const isFullRun = benchModules.length === allModules.length && isKeystrokesChosen;

const workDir = mkdtempSync(join(tmpdir(), 'proceedings-bench-'));
let folderCount = 0;
const context: BenchContext = {
  tempFolder: () => {
    const folder = join(workDir, `${++folderCount}`);
    mkdirSync(folder);
    return folder;
  },
  log: (line) => console.error(`· ${line}`),
};

// Tails (p95, p99) mean little on a machine busy with other work; the record says how busy it was.
const loadAtStart = loadavg()[0]!;
if (loadAtStart > cpus().length / 2) {
  console.error(`Note: load average ${loadAtStart.toFixed(1)} on ${cpus().length} CPUs; the tail figures will be noisy.`);
}

const rows: BenchRow[] = [];
let keystrokes: KeystrokeResult | null = null;
let keystrokesProblem: string | null = null;
try {
  for (const module of benchModules) {
    try {
      rows.push(...(await module.run(context)));
    } catch (error) {
      // One broken bench must not hide the figures of the others.
      rows.push({ metric: `${module.name} (all rows)`, shown: ['median', 'p95'], notMeasured: `the bench threw: ${(error as Error).message}` });
    }
  }
  if (isKeystrokesChosen) {
    try {
      keystrokes = await measureKeystrokes(context);
    } catch (error) {
      keystrokesProblem = (error as Error).message;
    }
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

const figure = (value: number) => value.toFixed(value < 10 ? 3 : 1);
const table = rows.map((row) => {
  const [central, tail] = row.shown;
  const unit = row.unit ?? 'ms';
  return {
    metric: row.metric,
    central: row.summary ? `${central} ${figure(valueOf(row.summary, central))} ${unit}` : '—',
    tail: row.summary ? `${tail} ${figure(valueOf(row.summary, tail))} ${unit}` : '—',
    target: row.target ? `${row.target.statistic} ≤ ${limitOf(row.target)} ${unit}` : '—',
    result: row.notMeasured ? `not measured (${row.notMeasured})` : verdict(row),
  };
});
const headings = { metric: 'metric', central: 'median/p50', tail: 'tail', target: 'target', result: 'result' };
const columns = Object.keys(headings) as (keyof typeof headings)[];
const widths = columns.map((column) =>
  column === 'result' ? 0 : Math.max(headings[column].length, ...table.map((line) => line[column].length)),
);
const line = (cells: Record<(typeof columns)[number], string>) =>
  columns.map((column, index) => cells[column].padEnd(widths[index]!)).join(' │ ').trimEnd();
console.log(line(headings));
console.log(widths.map((width) => '─'.repeat(Math.max(width, 6))).join('─┼─'));
for (const cells of table) console.log(line(cells));

// Fewer keys than Word, as a share of Word's: the goal is at least 40 % on the reference meeting.
const keystrokeGoal = 0.4;
const keystrokeRecord = keystrokes && {
  meeting: 'tests/fixtures/reference-meeting.json (Safer Bromley Partnership, 25 March 2021), typed in Chromium through the preview host at 1366×768',
  wordFormula: 'tests/bench/keystrokes/word-baseline.ts: characters + Enter per paragraph + 3 Tabs per table row + Ctrl+B/Ctrl+I on and off per bold/italic run + list start and end + F12, Enter',
  setUp: {
    keys: keystrokes.setUpKeys,
    what: `committee, 25-member roster, standard agenda and ${keystrokes.abbreviations} abbreviations, by formula (characters + Tab per field + Enter per entry); not in the totals`,
  },
  earlierMeetings: keystrokes.earlierMeetings,
  abbreviations: { defined: keystrokes.abbreviations, typed: keystrokes.withAbbreviations.expansions, list: 'benchAbbreviations in tests/bench/keystrokes/reference-committee.ts' },
  categories: categories.map((category) => ({
    category,
    word: keystrokes!.word[category],
    withoutCompletion: keystrokes!.withoutCompletion.counts[category],
    withCompletion: keystrokes!.withCompletion.counts[category],
    withAbbreviations: keystrokes!.withAbbreviations.counts[category],
  })),
  totals: {
    word: keystrokes.word.total,
    withoutCompletion: keystrokes.withoutCompletion.total,
    withCompletion: keystrokes.withCompletion.total,
    withAbbreviations: keystrokes.withAbbreviations.total,
  },
  fewerThanWord: round(1 - keystrokes.withAbbreviations.total / keystrokes.word.total),
  goal: keystrokeGoal,
  result: 1 - keystrokes.withAbbreviations.total / keystrokes.word.total >= keystrokeGoal ? 'pass' : 'fail',
  mismatches: {
    withAbbreviations: keystrokes.withAbbreviations.mismatches,
    withCompletion: keystrokes.withCompletion.mismatches,
    withoutCompletion: keystrokes.withoutCompletion.mismatches,
  },
};
if (keystrokes) {
  const percent = (value: number) => `${Math.round((1 - value / keystrokes!.word.total) * 100)} %`;
  console.log('\nKeystrokes to minute the reference meeting (Word by formula; Proceedings as typed in Chromium)');
  const row = (label: string, word: number, none: number, suggestions: number, abbreviations: number) =>
    console.log([label.padEnd(20), String(word).padStart(7), String(none).padStart(15), String(suggestions).padStart(17), String(abbreviations).padStart(17)].join(' │ '));
  console.log(['category'.padEnd(20), 'Word'.padStart(7), 'no suggestions'.padStart(15), 'with suggestions'.padStart(17), '+ abbreviations'.padStart(17)].join(' │ '));
  for (const category of keystrokeRecord!.categories) row(category.category, category.word, category.withoutCompletion, category.withCompletion, category.withAbbreviations);
  row('total', keystrokes.word.total, keystrokes.withoutCompletion.total, keystrokes.withCompletion.total, keystrokes.withAbbreviations.total);
  console.log(
    `Fewer keys than Word: ${percent(keystrokes.withoutCompletion.total)} without suggestions, ${percent(keystrokes.withCompletion.total)} with them, ${percent(keystrokes.withAbbreviations.total)} with them and ${keystrokes.abbreviations} abbreviations (typed ${keystrokes.withAbbreviations.expansions} times) (goal ≥ ${keystrokeGoal * 100} %): ${keystrokeRecord!.result}. One-off set-up: ${keystrokes.setUpKeys} keys.`,
  );
  for (const mismatch of [...keystrokes.withAbbreviations.mismatches, ...keystrokes.withCompletion.mismatches]) console.log(`  not as the reference: ${mismatch}`);
} else if (keystrokesProblem) {
  console.log(`\nKeystrokes: not measured (${keystrokesProblem})`);
}

const results = {
  recordedAt: new Date().toISOString(),
  environment: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    chromium: chromiumVersion(),
    loadAverage: { start: round(loadAtStart), end: round(loadavg()[0]!) },
  },
  dataset: {
    generator: 'tests/bench/generate.ts',
    ...defaultGenerateOptions,
  },
  results: rows.map((row) => ({
    metric: row.metric,
    unit: row.unit ?? 'ms',
    result: verdict(row),
    target: row.target ?? null,
    ...(row.summary
      ? {
          samples: row.summary.samples,
          median: round(row.summary.median),
          p95: round(row.summary.p95),
          p99: round(row.summary.p99),
          min: round(row.summary.min),
          max: round(row.summary.max),
        }
      : { notMeasured: row.notMeasured }),
    detail: row.detail ?? null,
  })),
  keystrokes: keystrokeRecord ?? { notMeasured: keystrokesProblem ?? 'not run' },
};
if (isFullRun) {
  writeFileSync(join(repoRoot, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${join(repoRoot, 'bench-results.json')}`);
} else if (keystrokeRecord) {
  // Key counts do not depend on how busy the machine is, so a keystrokes run alone updates its
  // own part of the record (with when it was taken) and leaves the timings as they were.
  const recordFile = join(repoRoot, 'bench-results.json');
  const record = JSON.parse(readFileSync(recordFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(recordFile, `${JSON.stringify({ ...record, keystrokes: { recordedAt: results.recordedAt, ...keystrokeRecord } }, null, 2)}\n`);
  console.log(`\nKeystrokes written to ${recordFile}; the other figures left as they were.`);
} else {
  console.error('Only some benchmarks ran: bench-results.json left as it was.');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function chromiumVersion(): string | null {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
