import type { Page } from 'playwright-core';

/** The list of committees and the form for a new one. */
export function homePage(page: Page) {
  return {
    async createCommittee(details: { name: string; venue?: string; startTime?: string }) {
      await page.getByRole('textbox', { name: 'Committee name' }).fill(details.name);
      if (details.venue) await page.getByRole('textbox', { name: 'Default venue' }).fill(details.venue);
      if (details.startTime) await page.getByLabel('Default start time').fill(details.startTime);
      await page.getByRole('button', { name: 'Create committee' }).click();
      await page.getByRole('heading', { name: details.name, level: 1 }).waitFor();
    },
  };
}
