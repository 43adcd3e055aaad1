// The closing line CI reads: "N passed, N failed[, N skipped]", added up from what really ran.
//
//   node scripts/test-summary.mjs <reports folder> [--since <epoch ms>] [--exit-status <n>]
//
// Each vitest JSON report in the folder is read test by test: a skipped or todo test is skipped,
// never passed; a test that never finished counts as failed; a file that failed without a failing
// test (it did not load, or a hook threw) counts as one failure. A report that began before
// --since is left of an earlier run and is not read. If the run's exit status says it failed and
// nothing above did (type check, lint or build stopped it; an unhandled error), that is a failure.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { since: { type: 'string' }, 'exit-status': { type: 'string' } },
});
const folder = positionals[0] ?? 'test-results';
const since = values.since === undefined ? 0 : Number(values.since);
const exitStatus = values['exit-status'] === undefined ? 0 : Number(values['exit-status']);

const passing = new Set(['passed']);
const skipping = new Set(['skipped', 'todo', 'disabled']);

let passed = 0;
let failed = 0;
let skipped = 0;
const notes = [];

let names;
try {
  names = readdirSync(folder).filter((name) => name.endsWith('.json'));
} catch {
  names = [];
}
let reportsRead = 0;
for (const name of names) {
  const report = JSON.parse(readFileSync(join(folder, name), 'utf8'));
  if (!(report.startTime >= since)) {
    notes.push(`${name}: left from an earlier run, not counted`);
    continue;
  }
  reportsRead += 1;
  for (const file of report.testResults ?? []) {
    let failedHere = 0;
    for (const { status } of file.assertionResults ?? []) {
      if (passing.has(status)) passed += 1;
      else if (skipping.has(status)) skipped += 1;
      else failedHere += 1;
    }
    if (file.status === 'failed' && failedHere === 0) {
      failedHere = 1;
      notes.push(`${relative(process.cwd(), file.name)}: failed to run — ${(file.message ?? '').split('\n')[0] || 'no message'}`);
    }
    failed += failedHere;
  }
}
if (reportsRead === 0) {
  failed += 1;
  notes.push(exitStatus === 0 ? 'no test report from this run' : `the run stopped (status ${exitStatus}) before the tests reported`);
} else if (exitStatus !== 0 && failed === 0) {
  failed += 1;
  notes.push(`the run ended with status ${exitStatus} although every test counted passed`);
}
for (const note of notes) console.log(note);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
