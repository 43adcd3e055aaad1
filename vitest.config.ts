import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files first, whatever their project, so the short ones fill the cores around them
 * instead of one long file running alone at the end. Vitest knows each file's last duration once
 * it has run here; on a first run (a fresh clone, as in CI) the end-to-end files are the long ones.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const lastDuration = (spec: TestSpecification) => this.ctx.cache.getTestSpecificationResult(spec)?.duration;
    if (files.every((spec) => lastDuration(spec) !== undefined)) return ordered.sort((a, b) => lastDuration(b)! - lastDuration(a)!);
    // Then the unit files, among them the LibreOffice round trips, and the short screen tests last.
    const rank = (spec: TestSpecification) => ['e2e', 'unit', 'component'].indexOf(spec.project.name);
    return ordered.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // Vitest's default in a run is one worker fewer than the CPUs: a single worker on a 2-core
    // machine, so every file ran after the one before. A test mostly waits (for SQLite, a timer,
    // Chromium), so two files at a time per core keep the cores busy (up to eight browsers at once).
    maxWorkers: Math.min(8, 2 * availableParallelism()),
    sequence: { sequencer: LongestFirst },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        // The unit files share nothing but modules, and importing those again for each file was
        // half of their time: one set of modules per worker.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          // Each file in a fresh VM context of a long-lived worker: as isolated as a new process
          // for the file's modules, but jsdom and the driver load once per worker, not per file
          // (34 s → 18 s for these files, CPU time halved).
          pool: 'vmThreads',
          setupFiles: ['tests/component/setup.ts'],
          // A screen test types and waits for real saves on a real file; on a loaded 2-core
          // machine that passes 5 s without anything being wrong.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/fresh-host.ts', 'tests/e2e/support/shared-browser.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
