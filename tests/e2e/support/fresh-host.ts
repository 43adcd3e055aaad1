import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './host.ts';

// Vitest's global set-up for the end-to-end files: the preview host's bundle is rebuilt here, once,
// if any source is newer, before the workers start hosts from it (each building it at once would
// write the same files together).
export default function makePreviewHostFresh(): void {
  const build = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'fresh-bundle.mjs'), 'preview-host'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The preview host could not be bundled (node scripts/fresh-bundle.mjs preview-host).');
}
