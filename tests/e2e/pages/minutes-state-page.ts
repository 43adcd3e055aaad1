import type { Page } from 'playwright-core';

/**
 * The secretary's side of the review: the state bar above the live form and its moves, the
 * chairman's comments brought back (accept, decline), the versions and comparisons.
 */
export function minutesStatePage(page: Page) {
  const bar = page.getByRole('region', { name: 'State of the minutes' });
  return {
    /** The badge: "Draft", "With the chairman", "Returned with comments", "Approved", "Confirmed". */
    state: () => bar.locator('.badge').textContent(),
    sentence: () => bar.locator('.minutes-state-sentence').textContent(),
    /** Send to the chairman…: the review file goes to the preview's exports folder. Returns its name. */
    async sendToChairman(note = '') {
      await bar.getByRole('button', { name: 'Send to the chairman…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Send to the chairman' });
      if (note) await dialog.getByRole('textbox', { name: 'Note for the chairman (optional)' }).fill(note);
      await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
      await dialog.waitFor({ state: 'detached' });
      const message = (await bar.getByRole('status').textContent()) ?? '';
      return /Saved as “(.+?)”/.exec(message)?.[1] ?? '';
    },
    /** Import response… takes the newest response file in the preview's inbox, then shows its comments. */
    async importResponse() {
      await bar.getByRole('button', { name: 'Import response…' }).click();
      await page.getByRole('region', { name: 'About the response' }).waitFor();
    },
    responseSummary: () => page.getByRole('region', { name: 'About the response' }).textContent(),
    /** The comments screen's notes, in the minutes' order. */
    notes: () => page.getByRole('complementary', { name: 'Comments and suggestions' }).getByRole('article', { name: /^Note \d+$/ }),
    async decideOn(note: number, decision: 'Accept' | 'Decline') {
      await page.getByRole('button', { name: `${decision} note ${note}`, exact: true }).click();
      await page.locator('.review-outcome').waitFor();
    },
    outcome: () => page.locator('.review-outcome').textContent(),
    minutesText: () => page.getByRole('region', { name: 'Minutes for review' }).innerText(),
    async backToLiveForm() {
      await page.getByRole('link', { name: 'Back to the live form' }).click();
      await bar.waitFor();
    },
    async openVersions() {
      await bar.getByRole('link', { name: 'Versions' }).click();
      await page.getByRole('heading', { name: 'Versions of the minutes' }).waitFor();
    },
    /** Each version as the table lists it: number, state, who, why. */
    async versions() {
      const table = page.getByRole('table', { name: 'Versions' });
      await table.waitFor();
      return table.locator('tbody tr').evaluateAll((rows) =>
        rows.map((row) => {
          const cells = [...row.children].map((cell) => cell.textContent?.trim() ?? '');
          return { version: Number(cells[0]), state: cells[1], who: cells[3], why: cells[4] };
        }),
      );
    },
  };
}
