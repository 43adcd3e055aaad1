// Under test: the whole app in Chromium with every request that would leave the machine refused
// (tests/e2e/support/browser.ts: --host-resolver-rules and request interception, on for every e2e
// spec). Threat (issue 9): a screen that quietly fetches a font, an update or a tracker.
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startHost } from './support/host.ts';
import { cleanUpAfterAll, tempDataDir } from './support/lifecycle.ts';
import { homePage } from './pages/home-page.ts';

cleanUpAfterAll();

describe('no network', () => {
  it('refuses and records any outside request, while the app works with none', async () => {
    const host = await startHost({ dataDir: tempDataDir() });
    const browser = await launchBrowser();
    const { page } = browser;
    await page.goto(host.url);
    await homePage(page).createCommittee({ name: 'Offline Board', venue: 'Library', startTime: '18:00' });
    await page.getByRole('heading', { name: 'Offline Board' }).first().waitFor();
    expect(browser.problems).toEqual([]);

    // The refusal itself works: a request out (from a blank page, which has no CSP to stop it
    // first) is stopped, and the spec that made it would fail.
    const probe = await browser.context.newPage();
    const outcome = await probe.evaluate(() =>
      fetch('https://example.com/', { mode: 'no-cors' }).then(
        () => 'reached',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    expect(browser.problems.filter((line) => line.startsWith('outside request refused'))).toEqual(['outside request refused: GET https://example.com/']);
    await browser.close();
    await host.stop();
  });
});
