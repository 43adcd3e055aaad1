import type { Page } from 'playwright-core';

/**
 * The chairman's review (a review file opened on the chairman's laptop, or review mode beside the
 * secretary): the minutes, the minute in hand, the comment and rewording tools, the decision.
 */
export function reviewPage(page: Page) {
  const panel = page.getByRole('complementary', { name: 'Comments and suggestions' });
  const currentHeading = panel.getByRole('heading', { level: 2 }).first();
  const saveStatus = page.getByRole('status', { name: 'Save status' });
  return {
    saveStatus,
    /** From the home screen of an empty data folder: Open review… takes the newest review file in the inbox. */
    async openFromWelcome() {
      await page.getByRole('button', { name: 'Open review…' }).first().click();
      await page.getByRole('region', { name: 'Minutes for review' }).waitFor();
    },
    /** Open another review…: resolves once the newer review is on screen (its version is in the window title). */
    async openAnother() {
      const before = await page.title();
      await page.getByRole('button', { name: 'Open another review…' }).click();
      await page.waitForFunction((title) => document.title !== title, before);
      await page.getByRole('region', { name: 'Minutes for review' }).waitFor();
    },
    reviewerName: () => page.getByRole('textbox', { name: 'Reviewing as' }).inputValue(),
    currentMinute: () => currentHeading.textContent(),
    /** Alt+↓ until the minute whose title starts the heading is the one in hand. */
    async goToMinute(title: string) {
      for (let step = 0; step < 60; step++) {
        if ((await currentHeading.textContent())?.includes(title)) return;
        await page.keyboard.press('Alt+ArrowDown');
      }
      throw new Error(`No minute titled ${title}.`);
    },
    /** Ctrl+Alt+M, the comment typed, Ctrl+Enter: about the whole minute in hand. */
    async commentOnMinute(text: string) {
      await page.keyboard.press('Control+Alt+m');
      await page.getByRole('form', { name: 'New comment' }).getByRole('textbox', { name: 'Comment' }).waitFor();
      await page.keyboard.type(text);
      await page.keyboard.press('Control+Enter');
      await page.getByRole('form', { name: 'New comment' }).waitFor({ state: 'detached' });
    },
    /**
     * Ctrl+Shift+E, the passage chosen by the start of its label ("Resolution 1"), its wording
     * rewritten from `from` to `to`, the reason typed, Ctrl+Enter.
     */
    async proposeWording(passage: string, change: { from: string; to: string }, why = '') {
      await page.keyboard.press('Control+Shift+E');
      const form = page.getByRole('form', { name: 'Propose new wording' });
      const select = form.getByRole('combobox', { name: 'Passage to reword' });
      const label = await select.locator('option').evaluateAll(
        (options, wanted) => options.map((option) => option.textContent ?? '').find((text) => text.startsWith(wanted)) ?? '',
        `${passage}:`,
      );
      if (!label) throw new Error(`No passage ${passage} in this minute.`);
      await select.selectOption({ label });
      const wording = form.getByRole('textbox', { name: 'New wording' });
      const now = await wording.inputValue();
      if (!now.includes(change.from)) throw new Error(`“${change.from}” is not in “${now}”.`);
      await wording.fill(now.replace(change.from, change.to));
      if (why) await form.getByRole('textbox', { name: 'Why (optional)' }).fill(why);
      await wording.press('Control+Enter');
      await form.waitFor({ state: 'detached' });
    },
    noteTexts: () => panel.getByRole('article', { name: /^Note \d+$/ }).allInnerTexts(),
    async waitUntilSaved() {
      await page.waitForFunction(() => document.querySelector('[aria-label="Save status"]')?.textContent === 'Saved');
    },
    async decide(kind: 'Approve' | 'Return with comments', message = '') {
      await page.getByRole('button', { name: `${kind}…` }).click();
      const dialog = page.getByRole('dialog', { name: kind === 'Approve' ? 'Approve the minutes' : 'Return with comments' });
      if (message) await dialog.getByRole('textbox', { name: 'Message to the secretary (optional)' }).fill(message);
      await dialog.getByRole('button', { name: kind === 'Approve' ? 'Approve the minutes' : /^Return with \d+ comments?$/ }).click();
      await dialog.waitFor({ state: 'detached' });
    },
    /** What the banner says once the chairman has decided. */
    decisionText: () => page.getByRole('region', { name: 'About this review' }).getByRole('status').textContent(),
  };
}
