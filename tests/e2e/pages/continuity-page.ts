import type { Page } from 'playwright-core';

export type ReviewProgress = 'Done' | 'Carried forward' | 'Not yet reported';

/**
 * From one meeting to the next: the committee's minute numbering, the date of next meeting,
 * "Create next meeting", Matters arising, the action log and search (the top bar's, on any screen).
 */
export function continuityPage(page: Page) {
  const agenda = page.getByRole('listbox', { name: 'Agenda items' });
  const searchField = page.getByRole('combobox', { name: 'Search minutes' });
  const searchResults = page.getByRole('listbox', { name: 'Search results' });
  const earlierAction = (number: number) => page.getByRole('listitem', { name: `Earlier action ${number}`, exact: true });
  return {
    /** The meeting on screen, whether or not the address also names an item. */
    meetingId: () => /#\/meetings\/([^/]+)/.exec(new URL(page.url()).hash)?.[1] ?? '',
    /** On the committee's Settings tab. */
    async numberContinuously(restartMonth: string) {
      await page.getByRole('radio', { name: 'Continuously across the committee’s meetings (74, 75, 76…)' }).check();
      await page.getByRole('combobox', { name: 'Start again at 1 in' }).selectOption({ label: restartMonth });
    },
    async setNextMeetingDate(date: string) {
      const field = page.getByLabel('Date of next meeting', { exact: true });
      if (!(await field.isVisible())) await page.locator('.meeting-details summary').click();
      await field.fill(date);
    },
    async agendaNames() {
      await agenda.getByRole('option').first().waitFor();
      return agenda.getByRole('option').evaluateAll((options) => options.map((option) => option.getAttribute('aria-label')));
    },
    /**
     * Opens "Create next meeting", optionally changes the date, creates it and waits for it to open.
     * Returns the date the dialog offered.
     */
    async createNextMeeting(details: { date?: string } = {}) {
      const from = page.url();
      await page.getByRole('button', { name: 'Create next meeting…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create next meeting' });
      const offered = await dialog.getByLabel('Date').inputValue();
      if (details.date) await dialog.getByLabel('Date').fill(details.date);
      await dialog.getByRole('button', { name: 'Create and open' }).click();
      await page.waitForURL((url) => url.href !== from);
      await agenda.waitFor();
      return offered;
    },
    earlierActionCount: () => page.getByRole('listitem', { name: /^Earlier action \d+$/ }).count(),
    /** The earlier action as Matters arising shows it: its description, then where it was raised, its owner and due date. */
    earlierActionLines: (number: number) => earlierAction(number).locator('.review-summary p').allInnerTexts(),
    /** Records what was reported on an earlier action in Matters arising: its progress and the sentence minuted. */
    async reportOnEarlierAction(number: number, progress: ReviewProgress, sentence = '') {
      await earlierAction(number).getByRole('radio', { name: progress }).check();
      if (sentence) await earlierAction(number).getByRole('textbox', { name: `Sentence about earlier action ${number}` }).fill(sentence);
    },
    earlierActionProgress: (number: number) => earlierAction(number).getByRole('radio', { checked: true }).evaluate((radio) => radio.parentElement?.textContent ?? ''),
    earlierActionSentence: (number: number) => earlierAction(number).getByRole('textbox', { name: `Sentence about earlier action ${number}` }).inputValue(),
    /** Reaches the search field with its shortcut and types; resolves with each result's item line once results show. */
    async search(text: string) {
      await page.keyboard.press('Control+Shift+F');
      await page.keyboard.type(text);
      await searchResults.getByRole('option').first().waitFor();
      return searchResults.locator('.search-result-item').allInnerTexts();
    },
    searchResultTexts: () => searchResults.getByRole('option').allInnerTexts(),
    /** Moves to the result with ↓ and opens it with Enter, as the keyboard does. */
    async openSearchResult(index: number) {
      for (let step = 0; step < index; step++) await searchField.press('ArrowDown');
      await searchField.press('Enter');
    },
    /** On the committee's Action log tab: each action with its status, as the table lists them. */
    async actionLog() {
      const table = page.getByRole('table', { name: 'Action log' });
      await table.waitFor();
      return table.locator('tbody tr:not(.action-log-marking)').evaluateAll((rows) =>
        rows.map((row) => [row.querySelector('th')?.textContent ?? '', row.querySelector('.status-badge')?.textContent ?? '']),
      );
    },
    selectedItem: () => agenda.getByRole('option', { selected: true }).getAttribute('aria-label'),
  };
}
