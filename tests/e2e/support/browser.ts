import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium driven by playwright-core (no downloaded browsers on these machines). Every
// session gets a fresh profile and records what went wrong on its pages, so a spec can end with
// `expect(session.problems).toEqual([])`.
//
// Under Vitest one Chromium serves every end-to-end file (shared-browser.ts starts it and names its
// address in the environment) and each session is a context of its own in it, as separate as a
// new profile: starting Chromium costs about a second of CPU, a context next to nothing. A session
// with its own locale needs its own Chromium (the language is a flag of the process), and so does
// a session outside Vitest, the benches'.

export const chromiumPath = '/usr/bin/chromium';

// Quiet, offline and reproducible: no sandbox (containers), no GPU, and nothing phoning home.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // No network, proven (issue 9): every name but this machine's resolves to nothing.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Only this machine: the preview host. Anything else the page asks for is refused and recorded. */
export function isLoopbackOrLocal(url: string): boolean {
  if (!/^(https?|wss?):/i.test(url)) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

export type BrowserSession = {
  context: BrowserContext;
  /** The first tab; open more with context.newPage(). */
  page: Page;
  /** Console errors, uncaught page errors, failed requests and HTTP error responses, in order. */
  problems: string[];
  version: string;
  close: () => Promise<void>;
};

/** Where shared-browser.ts's Chromium listens, for the processes that run the spec files. */
export const sharedBrowserVariable = 'PROCEEDINGS_SHARED_CHROMIUM';

export const launchOptions = { executablePath: chromiumPath, headless: true, args: chromiumArgs };

const open = new Set<BrowserSession>();
let shared: Promise<Browser> | undefined;

type SessionOptions = { viewport?: { width: number; height: number }; locale?: string };

/** A fresh context, in the shared Chromium where there is one, else in a Chromium of its own. */
async function openContext(options: SessionOptions): Promise<{ context: BrowserContext; removeProfile: () => void }> {
  const contextOptions = { viewport: options.viewport ?? { width: 1400, height: 900 }, locale: options.locale ?? 'en-GB', timezoneId: 'Europe/London' };
  const endpoint = process.env[sharedBrowserVariable];
  if (endpoint && !options.locale) {
    // A failed connection is not kept: the next session tries again.
    shared ??= chromium.connect(endpoint).catch((error: unknown) => {
      shared = undefined;
      throw error;
    });
    return { context: await (await shared).newContext(contextOptions), removeProfile: () => {} };
  }
  const profile = mkdtempSync(join(tmpdir(), 'proceedings-chromium-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  try {
    const args = options.locale ? [...chromiumArgs, `--lang=${options.locale}`] : chromiumArgs;
    return { context: await chromium.launchPersistentContext(profile, { ...launchOptions, args, ...contextOptions }), removeProfile };
  } catch (error) {
    removeProfile();
    throw error;
  }
}

export async function launchBrowser(options: SessionOptions = {}): Promise<BrowserSession> {
  const { context, removeProfile } = await openContext(options);

  const problems: string[] = [];
  // Every end-to-end run is an offline run: a request leaving the machine fails the spec that made it.
  await context.route(
    (url) => !isLoopbackOrLocal(url.href),
    (route) => {
      problems.push(`outside request refused: ${route.request().method()} ${route.request().url()}`);
      return route.abort('internetdisconnected');
    },
  );
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  // A dialog here can only be "leave with unsaved changes?": the app saved too late.
  context.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
  );
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });

  const session: BrowserSession = {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    problems,
    version: context.browser()?.version() ?? 'unknown',
    close: async () => {
      if (!open.delete(session)) return;
      try {
        await context.close();
      } finally {
        removeProfile();
      }
    },
  };
  open.add(session);
  return session;
}

export async function closeAllBrowsers(): Promise<void> {
  await Promise.allSettled([...open].map((session) => session.close()));
}
