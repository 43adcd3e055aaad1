import type { Page } from 'playwright-core';

export type Status = 'Present' | 'Apologies' | 'Absent';

/** The live form: agenda, the current item's editor, the attendance tick-list and the save status. */
export function meetingPage(page: Page) {
  const saveStatus = page.getByRole('status', { name: 'Save status' });
  const notes = page.getByRole('textbox', { name: 'Notes' });
  const person = (name: string) => page.getByRole('radiogroup', { name, exact: true });
  const agenda = page.getByRole('listbox', { name: 'Agenda items' });
  return {
    saveStatus,
    notes,
    meetingId: () => new URL(page.url()).hash.replace('#/meetings/', ''),
    async waitUntilSaved(timeout = 10_000) {
      await page.waitForFunction(() => document.querySelector('[aria-label="Save status"]')?.textContent === 'Saved', undefined, { timeout });
    },
    async openItem(label: string) {
      await agenda.getByRole('option', { name: label, exact: true }).click();
      await agenda.getByRole('option', { name: label, exact: true, selected: true }).waitFor();
    },
    /** Clicks the choice, as a secretary with a mouse would. */
    async mark(name: string, status: Status) {
      await person(name).getByRole('radio', { name: status }).click();
    },
    /** Focuses the person's row and presses the choice's key (P, A or X). */
    async markByKey(name: string, key: 'p' | 'a' | 'x') {
      await person(name).getByRole('radio').first().focus();
      await page.keyboard.press(key);
    },
    statusOf: (name: string) => person(name).getByRole('radio', { checked: true }).textContent(),
    async addSubstitute(details: { name: string; role: string; forMember: string }) {
      await page.getByText('Add a substitute or guest').click();
      await page.getByRole('combobox', { name: 'Attending as' }).selectOption({ label: 'Substitute for a member' });
      await page.getByRole('combobox', { name: 'Substituting for' }).selectOption({ label: details.forMember });
      const form = page.locator('.add-attendee form');
      await form.getByRole('textbox', { name: 'Name' }).fill(details.name);
      await form.getByRole('textbox', { name: 'Role or title' }).fill(details.role);
      await form.getByRole('button', { name: 'Add substitute' }).click();
      await page.getByText(`Substitute for ${details.forMember}`).waitFor();
    },
    async recordArrival(name: string, time: string) {
      await page.getByLabel(`Arrival and departure of ${name}`).click();
      const times = page.locator('.attendance-row', { has: person(name) }).locator('.times-grid');
      await times.getByLabel('Arrived at').fill(time);
    },
    arrivalSummary: (name: string) => page.getByLabel(`Arrival and departure of ${name}`).textContent(),
    counts: () => page.getByLabel('Attendance counts').textContent(),
    async typeNotes(text: string) {
      await notes.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(text);
    },
    notesHtml: () => notes.innerHTML(),
    notesText: () => notes.innerText(),
  };
}
