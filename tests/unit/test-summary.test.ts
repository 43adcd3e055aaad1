// scripts/test-summary.mjs writes the line CI trusts; these runs make it add up real vitest reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'test-summary', 'runs');
let scratch: string;

/** Runs vitest on the fixture files (those whose names contain `filter`, if given) into a report folder. */
function vitestReport(name: string, filter?: string): string {
  const folder = join(scratch, name);
  mkdirSync(folder);
  // The outer run's variables would make the inner vitest think it is a worker of this one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_OPTIONS'));
  spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', fixtures, '--no-cache', '--no-fsModuleCache', '--reporter=json', `--outputFile=${join(folder, 'vitest.json')}`, ...(filter ? [filter] : [])],
    { cwd: root, env, encoding: 'utf8' },
  );
  return folder;
}

function summary(folder: string, ...options: string[]): string[] {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'test-summary.mjs'), folder, ...options], { cwd: root, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout.trim().split('\n');
}

let everything: string;
let passingOnly: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'proceedings-summary-'));
  everything = vitestReport('everything');
  passingOnly = vitestReport('passing', 'passes');
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the closing line of a test run', () => {
  it('counts skipped and todo tests as skipped, and a file that did not load or whose set-up threw as failed', () => {
    const lines = summary(everything, '--exit-status', '1');
    // passes: 2 passed; fails-skips: 1 failed, 1 skipped, 1 todo; does-not-load: no tests, failed;
    // hook-fails: its one test never ran (skipped), the file failed.
    expect(lines.at(-1)).toBe('2 passed, 3 failed, 3 skipped');
    expect(lines).toContain('tests/fixtures/test-summary/runs/does-not-load.test.ts: failed to run — this file cannot be loaded');
    expect(lines).toContain('tests/fixtures/test-summary/runs/hook-fails.test.ts: failed to run — the set-up failed');
  });

  it('says only passed and failed when nothing was skipped', () => {
    expect(summary(passingOnly, '--exit-status', '0')).toEqual(['2 passed, 0 failed']);
  });

  it('never reads a report from an earlier run, so a run stopped by the type check says failed', () => {
    const lines = summary(passingOnly, '--since', String(Date.now()), '--exit-status', '2');
    expect(lines).toEqual(['vitest.json: left from an earlier run, not counted', 'the run stopped (status 2) before the tests reported', '0 passed, 1 failed']);
  });

  it('says failed when there is no report at all', () => {
    expect(summary(join(scratch, 'no-such-folder')).at(-1)).toBe('0 passed, 1 failed');
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    expect(summary(empty, '--exit-status', '1').at(-1)).toBe('0 passed, 1 failed');
  });

  it('counts a failure when the run failed although every test passed (an unhandled error)', () => {
    expect(summary(passingOnly, '--exit-status', '1').at(-1)).toBe('2 passed, 1 failed');
  });
});
