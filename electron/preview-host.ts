import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../shared/errors.ts';
import { dataFileName, openBackend, type Backend } from './backend.ts';
import { folderFileAccess } from './folder-files.ts';
import { startBridge } from './http-bridge.ts';

// `npm run preview`: the real renderer and handlers on a real data file, in any browser on this
// machine. PROCEEDINGS_DATA_DIR chooses the folder (default: ./preview-data); PORT fixes the port.
// With no system dialogs in a browser, exports land in <folder>/exports and imports come from
// <folder>/inbox. `npm run preview` starts the bundle of this file (dist/node/preview-host.js);
// tests start it from source, so they never run a stale build.

/** The repository: this file runs from electron/ as source and from dist/node/ as a bundle. */
function repositoryRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
  return folder;
}

const root = repositoryRoot();
const dataDir = resolve(process.env.PROCEEDINGS_DATA_DIR || join(root, 'preview-data'));
mkdirSync(dataDir, { recursive: true });

let backend: Backend;
try {
  backend = openBackend(join(dataDir, dataFileName), {
    files: folderFileAccess(dataDir),
    onUnexpected: (error) => console.error(error),
  });
} catch (error) {
  // Another Proceedings has the file (the one-writer lock), or it is newer than this version.
  console.error(error instanceof ApiError ? error.message : error);
  process.exit(1);
}
if (backend.status.state !== 'ok') console.error(backend.status.message);
// No double-click in a browser: `--open <file>` (or PROCEEDINGS_OPEN_FILE) hands a review or
// response file to the app as the system would; the screen picks it up with takeOpenedFile.
const openArgument = process.argv.indexOf('--open');
const fileToOpen = openArgument >= 0 ? process.argv[openArgument + 1] : process.env.PROCEEDINGS_OPEN_FILE;
if (fileToOpen && !backend.openFile(fileToOpen)) console.error(`Not a review or response file: ${fileToOpen}`);
const bridge = await startBridge({
  dispatch: backend.dispatch,
  rendererDir: join(root, 'dist', 'renderer'),
  port: process.env.PORT ? Number(process.env.PORT) : 0,
});
console.log(`Proceedings preview: ${bridge.url}`);
console.log(`Data file: ${join(dataDir, dataFileName)}`);

const stop = () => {
  void bridge.close().finally(() => {
    backend.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Test harnesses pass this so a host never outlives a test run that was itself killed.
if (process.argv.includes('--exit-with-stdin')) {
  process.stdin.on('end', stop).resume();
}
