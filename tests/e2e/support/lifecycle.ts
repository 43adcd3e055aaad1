import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { closeAllBrowsers } from './browser.ts';
import { stopAllHosts } from './host.ts';

// Call `cleanUpAfterAll()` once at the top of every e2e spec: whatever a test leaves running
// (a host it meant to restart, a browser after a failed expect) is ended when the file is done.

const folders: string[] = [];

/** An empty data folder for a host; removed after the spec file. */
export function tempDataDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'proceedings-e2e-'));
  folders.push(folder);
  return folder;
}

export function cleanUpAfterAll(): void {
  afterAll(async () => {
    // Browsers first: a page still polling a host would otherwise log failed requests.
    await closeAllBrowsers();
    await stopAllHosts();
    while (folders.length) rmSync(folders.pop()!, { recursive: true, force: true });
  });
}
