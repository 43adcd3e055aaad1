// `node scripts/fresh-bundle.mjs <program>…`: builds each Node program's bundle in dist/node
// (vite.electron.config.ts, `--mode <program>`) unless it is newer than every source it could
// contain, so `npm run export` and `npm run preview` start a bundle (one file, fast to load) and
// never run stale code. Plain JavaScript, so the check itself costs no TypeScript compile.
//
// The headless export also gets a V8 start-up snapshot (dist/node/export.blob): its modules are
// loaded and its schemas built once, here, instead of at every run. A snapshot only loads in the
// Node build that made it, so it is remade when that changes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputs = { export: 'export.cjs', 'preview-host': 'preview-host.js' };
const snapshots = { export: 'export.blob' };
// Exported once while the snapshot is built (scripts/export.ts, warmUp), so what the schemas and
// the Word writer make on their first call is in the snapshot: about an eighth of a run.
const warmUpMeeting = join(root, 'tests', 'fixtures', 'reference-meeting.json');
const sources = ['shared', 'electron', 'scripts', 'package-lock.json', 'vite.electron.config.ts', 'tests/fixtures/reference-meeting.json'];

function newestChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

function run(args, env = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const programs = process.argv.slice(2);
const unknown = programs.find((program) => !(program in outputs));
if (unknown || programs.length === 0) {
  console.error(`usage: node scripts/fresh-bundle.mjs ${Object.keys(outputs).join('|')}…`);
  process.exit(2);
}
const sourcesChanged = Math.max(...sources.map((source) => newestChange(join(root, source))));
for (const program of programs) {
  const bundle = join(root, 'dist', 'node', outputs[program]);
  const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const isBundleFresh = built > sourcesChanged;
  if (!isBundleFresh) {
    run([join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.electron.config.ts', '--mode', program, '--logLevel', 'warn']);
  }
  if (!snapshots[program]) continue;
  const blob = join(root, 'dist', 'node', snapshots[program]);
  const madeBy = `${blob}.node`;
  const node = `${process.version} ${process.arch} ${process.execPath}`;
  if (isBundleFresh && readFileSync(madeBy, { encoding: 'utf8', flag: 'a+' }) === node) continue;
  rmSync(madeBy, { force: true });
  run(['--snapshot-blob', blob, '--build-snapshot', bundle], { PROCEEDINGS_EXPORT_WARM_UP: warmUpMeeting });
  writeFileSync(madeBy, node);
}
