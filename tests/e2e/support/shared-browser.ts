import { chromium } from 'playwright-core';
import { launchOptions, sharedBrowserVariable } from './browser.ts';

// Vitest's global set-up for the end-to-end files: one Chromium for all of them (browser.ts says
// why). Its address goes into the environment the spec files' processes start with.
export default async function startSharedBrowser(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer(launchOptions);
  process.env[sharedBrowserVariable] = server.wsEndpoint();
  return async () => {
    delete process.env[sharedBrowserVariable];
    await server.close();
  };
}
