import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../e2e/support/host.ts';
import { summarise, type BenchModule } from './bench.ts';

// `npm test` as CI meets it on a fresh clone: the type check and lint without their caches (moved
// aside for the run and put back, so a developer's next run is not slowed), the build, every
// suite. One run: it takes minutes, and what it measures is the wait, not a tail.

const caches = ['tsc', 'eslint'].map((name) => join(repoRoot, 'node_modules', '.cache', name));

type VitestReport = { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; testResults: unknown[] };

export const testLoopBench: BenchModule = {
  name: 'test-loop',
  async run({ log }) {
    const metric = 'npm test, whole (type check, lint, build, every suite), no type-check or lint cache';
    const moved = caches.filter(existsSync).map((cache) => {
      const aside = `${cache}.bench-aside`;
      rmSync(aside, { recursive: true, force: true });
      renameSync(cache, aside);
      return { cache, aside };
    });
    try {
      log('test-loop: npm test, once');
      const started = performance.now();
      const run = spawnSync('npm', ['test'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 });
      const ms = performance.now() - started;
      if (run.status !== 0) return [{ metric, shown: ['median', 'max'], notMeasured: `npm test failed (exit ${run.status}):\n${(run.stdout + run.stderr).slice(-2_000)}` }];
      const report = JSON.parse(readFileSync(join(repoRoot, 'test-results', 'vitest.json'), 'utf8')) as VitestReport;
      return [
        {
          metric,
          shown: ['median', 'max'],
          target: { statistic: 'median', maxMs: 90_000 },
          summary: summarise([ms]),
          detail: `${report.numPassedTests} tests passed, ${report.numFailedTests} failed, in ${report.testResults.length} files`,
        },
      ];
    } finally {
      for (const { cache, aside } of moved) {
        rmSync(cache, { recursive: true, force: true });
        renameSync(aside, cache);
      }
    }
  },
};
