// Under test: the preview host and its data file killed with SIGKILL under several writers — the
// short run of `npm run soak` (tests/e2e/support/soak.ts). Threat (issue 9): an acknowledged edit
// missing or at an older value after a crash, something saved twice, a damaged file.
import { describe, expect, it } from 'vitest';
import { runSoak } from './support/soak.ts';
import { cleanUpAfterAll, tempDataDir } from './support/lifecycle.ts';

cleanUpAfterAll();

describe('the soak, short', () => {
  it('loses and duplicates nothing acknowledged across SIGKILLs, and the file stays intact', async () => {
    const report = await runSoak({ dataDir: tempDataDir(), kills: 4, writers: 3, runMs: [200, 700] });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ kills: 4, lost: 0, duplicated: 0, integrityFailures: 0 });
    expect(report.acknowledged).toBeGreaterThan(20);
  });
});
