import type { Page } from 'playwright-core';

export type Status = 'Present' | 'Apologies' | 'Absent';

/** Who owns an action: a person as the owner list names them ("Joanne Stowell (JS)"), or a group. */
export type NewAction = { description: string; owner: { person: string } | { group: string }; dueDate?: string; beside?: string };

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

    // ── the item's minutes: resolutions, actions, Part 2, papers, generated sentences ──

    /** Opens a section of the item editor ("Resolutions", "Actions"…) if it is closed. */
    async openSection(title: string) {
      const toggle = page.getByRole('button', { name: new RegExp(`^${title} \\(\\d+\\)$`) });
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    },
    /** Adds a resolution from the keyboard: its text after the lead word, then each numbered part on Enter. */
    async addResolution(text: string, parts: string[] = []) {
      const before = await page.getByRole('textbox', { name: /^Resolution \d+$/ }).count();
      await page.getByRole('button', { name: 'Add resolution' }).click();
      const field = page.getByRole('textbox', { name: `Resolution ${before + 1}`, exact: true });
      await field.waitFor();
      await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `Resolution ${before + 1}`);
      await page.keyboard.type(text);
      for (const part of parts) {
        await page.keyboard.press('Enter');
        await page.keyboard.type(part);
      }
    },
    async chooseResolutionForm(number: number, lead: 'RESOLVED' | 'RECOMMENDED') {
      await page.getByRole('combobox', { name: `Lead word of resolution ${number}` }).selectOption({ label: lead });
    },
    resolutionText: (number: number) => page.getByRole('textbox', { name: `Resolution ${number}`, exact: true }).inputValue(),
    resolutionParts: (number: number) =>
      page.getByRole('list', { name: `Parts of resolution ${number}` }).getByRole('textbox').evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value)),
    async addAction(action: NewAction) {
      await page.getByRole('button', { name: 'Add action' }).click();
      const form = page.getByRole('form', { name: 'New action' });
      await form.getByRole('textbox', { name: 'Action' }).fill(action.description);
      if ('person' in action.owner) {
        await form.getByRole('combobox', { name: 'Owner', exact: true }).selectOption({ label: action.owner.person });
      } else {
        await form.getByRole('combobox', { name: 'Owner', exact: true }).selectOption({ label: 'A group or organisation…' });
        await form.getByRole('combobox', { name: 'Owner group' }).fill(action.owner.group);
      }
      if (action.dueDate) await form.getByLabel('Due date').fill(action.dueDate);
      if (action.beside) await form.getByRole('combobox', { name: 'Beside' }).selectOption({ label: action.beside });
      const count = await page.getByRole('listitem', { name: /^Action \d+$/ }).count();
      await form.getByRole('button', { name: 'Add action' }).click();
      await page.getByRole('listitem', { name: `Action ${count + 1}`, exact: true }).waitFor();
      await form.getByRole('button', { name: 'Close' }).click();
    },
    actionDescription: (number: number) => page.getByRole('textbox', { name: `Action ${number}`, exact: true }).inputValue(),
    /** What the minutes' Action column shows for the action's owner: "JS", "Partners". */
    actionColumn: (number: number) => page.getByRole('listitem', { name: `Action ${number}`, exact: true }).locator('.action-initials').textContent(),
    actionDueDate: (number: number) => page.getByLabel(`Due date of action ${number}`).inputValue(),
    async markPart2(paragraph: number) {
      await page.getByRole('checkbox', { name: 'Part 2 — not for publication' }).check();
      await page.getByRole('combobox', { name: 'Paragraph of Schedule 12A' }).selectOption({ value: String(paragraph) });
    },
    async attachPaper() {
      const count = await page.getByRole('textbox', { name: /^Title of paper \d+$/ }).count();
      await page.getByRole('button', { name: 'Attach a paper…' }).click();
      await page.getByRole('textbox', { name: `Title of paper ${count + 1}` }).waitFor();
    },
    paperTitles: () => page.getByRole('textbox', { name: /^Title of paper \d+$/ }).evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value)),
    /** The generated sentences of the open item, as shown (the secretary's wording where there is one). */
    generatedSentences: () => page.locator('.sentence-text').allTextContents(),
    async overrideSentence(name: string, text: string) {
      await page.getByRole('button', { name: `Edit ${name}` }).click();
      await page.getByRole('textbox', { name: `Wording of ${name}` }).fill(text);
      await page.keyboard.press('Enter');
    },
  };
}
