import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runSoak, runUiSoak } from '../e2e/support/soak.ts';

// `npm run soak`: the preview host on a temporary data file, killed with SIGKILL again and again
// under several writers (tests/e2e/support/soak.ts), then the UI variant typing in Chromium.
// Options: --kills 200 --writers 4 --ui-kills 20 (0 skips the UI variant). Exits 1 on any loss.

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '200' },
    writers: { type: 'string', default: '4' },
    'ui-kills': { type: 'string', default: '20' },
  },
});
const folder = mkdtempSync(join(tmpdir(), 'proceedings-soak-'));
const started = Date.now();
try {
  const report = await runSoak({
    dataDir: join(folder, 'store'),
    kills: Number(values.kills),
    writers: Number(values.writers),
    runMs: [150, 1_500],
    log: (line) => console.log(line),
  });
  console.log(`\nSoak: kills ${report.kills}, acknowledged edits ${report.acknowledged}, lost ${report.lost}, duplicated ${report.duplicated}, integrity failures ${report.integrityFailures}`);
  console.log(`Edits by kind: ${Object.entries(report.byKind).map(([kind, count]) => `${kind} ${count}`).join(', ')}`);
  for (const problem of report.problems) console.log(`  ${problem}`);
  let isLossless = report.lost === 0 && report.duplicated === 0 && report.integrityFailures === 0;
  if (Number(values['ui-kills']) > 0) {
    const ui = await runUiSoak({ dataDir: join(folder, 'ui'), kills: Number(values['ui-kills']), log: (line) => console.log(line) });
    console.log(`\nUI soak: kills ${ui.kills}, characters typed ${ui.typed}, lost ${ui.lost}, worst loss ${ui.worstLostMs} ms of typing, everything saved after each restart: ${ui.finallySaved ? 'yes' : 'no'}`);
    // The promise: at most half a second of typing lost at any kill.
    isLossless &&= ui.worstLostMs <= 500 && ui.finallySaved;
  }
  console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);
  process.exitCode = isLossless ? 0 : 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
