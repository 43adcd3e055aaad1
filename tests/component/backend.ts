import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend.ts';
import { folderFileAccess } from '../../electron/folder-files.ts';
import { createContext } from '../../electron/handlers/context.ts';
import { createHandlerTable } from '../../electron/handlers/index.ts';

let backend: (Backend & { folder: string; file: string }) | null = null;

/** A fresh data file for this test, served to the renderer through window.proceedings. */
export function startBackend() {
  const folder = mkdtempSync(join(tmpdir(), 'proceedings-component-'));
  const file = join(folder, 'proceedings.sqlite');
  backend = { ...openBackend(file, { files: folderFileAccess(folder) }), folder, file };
  return { ...backend, handlers: createHandlerTable(createContext(backend.db)) };
}

export function currentBackend(): Backend {
  if (!backend) throw new Error('Call startBackend() in the test first.');
  return backend;
}

afterEach(() => {
  if (!backend) return;
  backend.close();
  rmSync(backend.folder, { recursive: true, force: true });
  backend = null;
});
