// `node scripts/fresh-bundle.mjs <program>`: builds dist/node/<program>.js (vite.electron.config.ts,
// `--mode <program>`) unless it is newer than every source it could contain, so `npm run export`
// and `npm run preview` start the bundle (one file, fast to load) without ever running stale code.
// Plain JavaScript, so the check itself costs no TypeScript compile.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const program = process.argv[2];
const bundle = join(root, 'dist', 'node', `${program}.js`);
const sources = ['shared', 'electron', 'scripts', 'package-lock.json', 'vite.electron.config.ts'];

function newestChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (built <= Math.max(...sources.map((source) => newestChange(join(root, source))))) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.electron.config.ts', '--mode', program, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
