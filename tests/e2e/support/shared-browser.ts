import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, launchOptions, sharedBrowserVariable } from './browser.ts';

// Vitest's global set-up for the end-to-end files: one Chromium for all of them (browser.ts says
// why). Its address goes into the environment the spec files' processes start with.
//
// It is Debian's build of Chromium's headless shell where installed (`.ci/run` installs it): the
// same engine without the desktop browser around it, a sixth less CPU over these files. A session
// with its own locale still gets the whole of /usr/bin/chromium, so one spec runs on that too.
export const headlessShellPath = '/usr/lib/chromium/chromium-headless-shell';

export default async function startSharedBrowser(): Promise<() => Promise<void>> {
  const executablePath = existsSync(headlessShellPath) ? headlessShellPath : chromiumPath;
  const server = await chromium.launchServer({ ...launchOptions, executablePath });
  process.env[sharedBrowserVariable] = server.wsEndpoint();
  return async () => {
    delete process.env[sharedBrowserVariable];
    await server.close();
  };
}
