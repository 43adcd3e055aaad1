import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { chromiumPath, launchBrowser, type BrowserSession } from '../e2e/support/browser.ts';
import { repoRoot, startHost, type Host } from '../e2e/support/host.ts';
import { summarise, type BenchModule, type BenchRow } from './bench.ts';
import { createBenchDataFile, createRandom } from './generate.ts';

// Keystroke-to-screen in the item editor, measured inside the page: from the keydown event to
// the first frame after the editor's DOM changed. The wait for that frame is part of every
// figure, as it is for the secretary; the baseline row (a bare contenteditable, same probe, same
// keystrokes) shows what the wait alone costs in this browser, so the app's share can be read off.

const measuredCharacters = 240;
// Seeded jitter: a fixed gap would land every keystroke at the same point of the 60 Hz frame
// clock and bias the wait for the next frame; a typist's keys fall anywhere in it.
const pauseBetweenKeysMs = { min: 30, max: 90 };
const sampleTimeoutMs = 1_000;
const typedText = (
  ' The Chairman thanked officers for the report and asked that the figures for anti-social behaviour in the ' +
  'town centre wards be broken down by month, so that the effect of the new dispersal order could be seen before ' +
  'the next meeting of the Group in June.'
).slice(0, measuredCharacters);

type Sample = { dom: number; frame: number };
type Probe = { samples: Sample[]; reset: () => void; waitFor: (count: number, timeoutMs: number) => Promise<boolean> };

// The page's globals this probe needs, typed here because the bench compiles without the DOM library.
type ProbeGlobals = {
  performance: { now: () => number };
  requestAnimationFrame: (callback: () => void) => number;
  setTimeout: (callback: () => void, delayMs: number) => number;
  MutationObserver: new (callback: () => void) => { observe: (target: unknown, options: object) => void };
  document: {
    addEventListener: (type: 'keydown', listener: (event: { timeStamp: number; target: unknown }) => void, capture: boolean) => void;
  };
  proceedingsTypingProbe?: Probe;
};
// Page functions take the element as `unknown` and narrow inside: whether the DOM library is in
// the compilation depends on what else the project pulls in, and Playwright types it HTML or SVG.
type EditorElement = { contains: (node: unknown) => boolean; isContentEditable: boolean; textContent: string | null };

/** Runs in the page. Keeps one keystroke in flight at a time: the bench waits for each sample. */
function installProbe(element: unknown): void {
  const editor = element as EditorElement;
  const page = globalThis as unknown as ProbeGlobals;
  const samples: Sample[] = [];
  let pending: { start: number; isDomChanged: boolean } | null = null;
  const waiters: { count: number; resolve: (isDone: boolean) => void }[] = [];

  page.document.addEventListener(
    'keydown',
    (event) => {
      if (!editor.contains(event.target)) return;
      // The event's own time stamp also counts any wait for a busy main thread before listeners ran.
      const now = page.performance.now();
      pending = { start: event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now, isDomChanged: false };
    },
    true,
  );
  new page.MutationObserver(() => {
    const keystroke = pending;
    if (!keystroke || keystroke.isDomChanged) return;
    keystroke.isDomChanged = true;
    const dom = page.performance.now() - keystroke.start;
    // rAF runs just before the frame is drawn; a task queued from it runs once that frame is out.
    page.requestAnimationFrame(() =>
      page.setTimeout(() => {
        samples.push({ dom, frame: page.performance.now() - keystroke.start });
        if (pending === keystroke) pending = null;
        for (const waiter of [...waiters]) {
          if (samples.length >= waiter.count) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(true);
          }
        }
      }, 0),
    );
  }).observe(editor, { subtree: true, childList: true, characterData: true });

  page.proceedingsTypingProbe = {
    samples,
    reset: () => void samples.splice(0),
    waitFor: (count, timeoutMs) =>
      samples.length >= count
        ? Promise.resolve(true)
        : new Promise((resolve) => {
            waiters.push({ count, resolve });
            page.setTimeout(() => resolve(false), timeoutMs);
          }),
  };
}

// Each is sent into the page on its own (as source text), so it may use nothing but the page's globals.
const inPage = {
  count: () => (globalThis as unknown as ProbeGlobals).proceedingsTypingProbe!.samples.length,
  waitFor: ([count, timeoutMs]: readonly [number, number]) =>
    (globalThis as unknown as ProbeGlobals).proceedingsTypingProbe!.waitFor(count, timeoutMs),
  reset: () => (globalThis as unknown as ProbeGlobals).proceedingsTypingProbe!.reset(),
  samples: () => (globalThis as unknown as ProbeGlobals).proceedingsTypingProbe!.samples,
};

const frameMetric = 'Keystroke to next frame in the item editor (Chromium)';
const domMetric = 'Keystroke to DOM update in the item editor (Chromium)';
const baselineMetric = 'Keystroke to next frame, bare contenteditable (baseline)';

type Outcome = { samples?: Sample[]; notMeasured?: string; detail?: string };

function rows(app: Outcome, baseline: Outcome = { notMeasured: 'not run' }): BenchRow[] {
  const figures = (outcome: Outcome, pick: (sample: Sample) => number) =>
    outcome.samples ? { summary: summarise(outcome.samples.map(pick)) } : { notMeasured: outcome.notMeasured ?? 'no samples' };
  return [
    { metric: frameMetric, shown: ['median', 'p95'], target: { statistic: 'p95', maxMs: 16 }, ...figures(app, (s) => s.frame), detail: app.detail },
    { metric: domMetric, shown: ['median', 'p95'], ...figures(app, (s) => s.dom), detail: 'the same keystrokes up to the DOM change, without the wait for a frame' },
    {
      metric: baselineMetric,
      shown: ['median', 'p95'],
      ...figures(baseline, (s) => s.frame),
      detail: 'the same probe and keystrokes on a page holding only a contenteditable: what the frame clock alone costs',
    },
  ];
}

/** Types each character, waiting for its sample before the next, so keystrokes never overlap. */
async function typeMeasured(page: Page, editor: Locator, log: (line: string) => void): Promise<Outcome> {
  await editor.click();
  await page.keyboard.press('Control+End');
  await editor.evaluate(installProbe);
  const random = createRandom(typedText.length);
  const type = async (text: string) => {
    let misses = 0;
    for (const character of text) {
      const expected = (await page.evaluate(inPage.count)) + 1;
      await page.keyboard.type(character);
      if (!(await page.evaluate(inPage.waitFor, [expected, sampleTimeoutMs] as const))) {
        misses++;
        await page.evaluate(inPage.reset);
      }
      await page.waitForTimeout(random.int(pauseBetweenKeysMs.min, pauseBetweenKeysMs.max));
    }
    return misses;
  };
  await type(' Noted.');
  await page.evaluate(inPage.reset);
  log(`typing: ${typedText.length} measured keystrokes`);
  const misses = await type(typedText);
  const samples = await page.evaluate(inPage.samples);
  if (misses > typedText.length * 0.05 || samples.length < 200) {
    return { notMeasured: `${misses} of ${typedText.length} keystrokes changed nothing on screen within ${sampleTimeoutMs} ms` };
  }
  const shown = ((await editor.textContent()) ?? '').replace(/\s+/g, ' ');
  const isTextThere = shown.includes(typedText.trim().slice(-40));
  return { samples, detail: isTextThere ? '' : '; WARNING: the typed text was not found in the editor afterwards' };
}

/** Best effort: open the item with the longest notes, if the agenda shows its title. */
async function openLargestItem(page: Page, title: string): Promise<boolean> {
  try {
    await page.getByText(title, { exact: true }).first().click({ timeout: 3_000 });
    return true;
  } catch {
    return false;
  }
}

const countWords = (element: unknown) => ((element as EditorElement).textContent ?? '').split(/\s+/).filter(Boolean).length;

export const typingBench: BenchModule = {
  name: 'typing',
  async run({ tempFolder, log }) {
    if (!existsSync(chromiumPath)) return rows({ notMeasured: `Chromium is not installed at ${chromiumPath}` });
    if (!existsSync(join(repoRoot, 'dist', 'renderer', 'index.html'))) {
      return rows({ notMeasured: 'the renderer is not built (run `vite build`)' });
    }
    const folder = tempFolder();
    log('typing: generating the meeting');
    const generated = createBenchDataFile(folder);
    let host: Host | undefined;
    let session: BrowserSession | undefined;
    try {
      host = await startHost({ dataDir: folder });
      session = await launchBrowser();
      const { page } = session;
      const address = `#/meetings/${generated.meetingId}`;
      log(`typing: opening ${host.url}${address}`);
      await page.goto(`${host.url}${address}`);
      const findEditor = () => page.getByRole('textbox', { name: 'Notes', exact: true }).first();
      try {
        await findEditor().waitFor({ state: 'visible', timeout: 15_000 });
      } catch {
        const seen = session.problems.length ? `; page problems: ${session.problems.slice(0, 3).join(' | ')}` : '';
        return rows({ notMeasured: `no textbox named "Notes" at ${address} within 15 s: the item editor is not in the built renderer yet${seen}` });
      }
      const isLargestOpen = await openLargestItem(page, generated.titleByItem[generated.largestItemId]!);
      const editor = findEditor();
      await editor.waitFor({ state: 'visible', timeout: 5_000 });
      if (!(await editor.evaluate((element: unknown) => (element as EditorElement).isContentEditable))) {
        return rows({ notMeasured: 'the "Notes" textbox is not contenteditable, so its DOM cannot be observed' });
      }
      const words = await editor.evaluate(countWords);
      const app = await typeMeasured(page, editor, log);
      if (app.samples) {
        app.detail =
          `${app.samples.length} keystrokes, ${pauseBetweenKeysMs.min}–${pauseBetweenKeysMs.max} ms apart, into ${isLargestOpen ? 'the longest item' : 'the item first shown'} ` +
          `(${words} words); Chromium ${session.version}, headless${app.detail}`;
      }

      log('typing: baseline on a bare contenteditable');
      const bare = await session.context.newPage();
      await bare.setContent('<div contenteditable="true" role="textbox" aria-label="Notes" style="min-height: 20em">Notes</div>');
      const baseline = await typeMeasured(bare, bare.getByRole('textbox', { name: 'Notes', exact: true }), log);
      return rows(app, baseline);
    } catch (error) {
      const output = host ? ` Host output: ${host.output().trim().slice(-500)}` : '';
      return rows({ notMeasured: `the bench failed: ${(error as Error).message.split('\n')[0]}.${output}` });
    } finally {
      await session?.close();
      await host?.stop();
    }
  },
};
