import type { Page } from 'playwright-core';

export type Status = 'Present' | 'Apologies' | 'Absent';

/** A declaration of interest as the form takes it; the item as "Item 5: Matters arising" (default: the open item, or none on Declarations). */
export type DeclarationEntry = { person: string; item?: string; nature?: 'pecuniary' | 'other'; interest?: string; leftRoom?: boolean };

/** A vote: the outcome (worked out from the numbers when left out), a show of hands, or a recorded vote by name. */
export type VoteEntry = {
  outcome?: 'Carried' | 'Lost' | 'Carried unanimously';
  counts?: { for: number; against: number; abstentions?: number };
  named?: { for: string[]; against?: string[]; abstained?: string[] };
};

/** Who owns an action: a person as the owner list names them ("Joanne Stowell (JS)"), or a group. */
export type NewAction = { description: string; owner: { person: string } | { group: string }; dueDate?: string; beside?: string };

/** The live form: agenda, the current item's editor, the attendance tick-list and the save status. */
export function meetingPage(page: Page) {
  const saveStatus = page.getByRole('status', { name: 'Save status' });
  const notes = page.getByRole('textbox', { name: 'Notes' });
  const person = (name: string) => page.getByRole('radiogroup', { name, exact: true });
  const agenda = page.getByRole('listbox', { name: 'Agenda items' });
  const openPhrasePicker = async () => {
    await page.keyboard.press('Control+Shift+Space');
    await page.getByRole('dialog', { name: 'Insert wording' }).waitFor();
    await page.getByRole('listbox', { name: 'Wordings' }).getByRole('option').first().waitFor();
  };
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
    statusOf: (name: string) => person(name).getByRole('radio', { checked: true }).getAttribute('aria-label'),
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

    // ── phrase bank, declarations and votes ──

    /** Opens the phrase picker with its shortcut (Ctrl+Shift+Space) from wherever the focus is. */
    openPhrasePicker,
    /** The wordings the open picker lists (after any filtering), as a screen reader names them. */
    pickerOptions: () =>
      page
        .getByRole('listbox', { name: 'Wordings' })
        .getByRole('option')
        .evaluateAll((options) => options.map((option) => option.querySelector('.wording-text')?.textContent ?? '')),
    /**
     * Inserts a wording from the keyboard alone: the shortcut, `filter` typed until the wording
     * wanted is the current one, Enter; then each of `fills` typed over the next blank ({body}, …)
     * with Tab between. Focus a resolution first to insert after it, or the notes for a sentence at the caret.
     */
    async insertWording(filter: string, fills: string[] = []) {
      const resolutions = await page.getByRole('textbox', { name: /^Resolution \d+$/ }).count();
      await openPhrasePicker();
      await page.keyboard.type(filter);
      const current = page.getByRole('listbox', { name: 'Wordings' }).getByRole('option', { selected: true });
      await current.waitFor();
      const isSentence = (await current.locator('.phrase-kind').count()) > 0;
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Insert wording' }).waitFor({ state: 'detached' });
      if (!isSentence) await page.getByRole('textbox', { name: `Resolution ${resolutions + 1}`, exact: true }).waitFor();
      for (const [index, fill] of fills.entries()) {
        // The blank is selected once the wording is on screen (a resolution after its save returns).
        await page.waitForFunction(() => {
          const field = document.activeElement;
          if (field instanceof HTMLTextAreaElement) return field.selectionEnd > field.selectionStart;
          return (window.getSelection()?.toString() ?? '') !== '';
        });
        await page.keyboard.type(fill);
        if (index < fills.length - 1) await page.keyboard.press('Tab');
      }
    },
    /** Records a declaration of interest on the open item with the "Declare an interest" form. */
    async recordDeclaration(declaration: DeclarationEntry) {
      const count = await page.getByRole('listitem', { name: /^Declaration \d+$/ }).count();
      await page.getByRole('button', { name: 'Declare an interest' }).click();
      const form = page.getByRole('form', { name: 'New declaration' });
      await form.getByRole('combobox', { name: 'Person' }).selectOption({ label: declaration.person });
      if (declaration.item) await form.getByRole('combobox', { name: 'Item concerned' }).selectOption({ label: declaration.item });
      await form
        .getByRole('combobox', { name: 'Nature of the interest' })
        .selectOption({ label: declaration.nature === 'other' ? 'Other registrable interest' : 'Disclosable pecuniary interest' });
      if (declaration.interest) await form.getByRole('textbox', { name: 'Interest' }).fill(declaration.interest);
      if (declaration.leftRoom) await form.getByRole('checkbox', { name: 'Left the room for that item' }).check();
      await form.getByRole('button', { name: 'Add declaration' }).click();
      // Numbered among all the meeting's declarations, so on another item the new one may be "Declaration 3".
      await page.getByRole('listitem', { name: /^Declaration \d+$/ }).nth(count).waitFor();
      await form.getByRole('button', { name: 'Close' }).click();
    },
    /** What the minutes will say for a declaration (numbered among all the meeting's), as shown under it, without the quotation marks. */
    declarationWording: async (number: number) =>
      ((await page.getByRole('listitem', { name: `Declaration ${number}`, exact: true }).locator('.declaration-wording').textContent()) ?? '')
        .replace(/^The minutes will say: /, '')
        .replace(/^“|”$/g, ''),
    /** Records (or changes) the vote on a resolution of the open item and waits for its wording to show. */
    async recordVote(resolution: number, vote: VoteEntry) {
      const name = `resolution ${resolution}`;
      await page.getByRole('button', { name: new RegExp(`^(Record a vote on|Change the vote on) ${name}$`) }).click();
      const form = page.getByRole('form', { name: `Vote on ${name}` });
      // What is not given is cleared, so changing a vote gives exactly this one.
      if (vote.outcome) await form.getByRole('radio', { name: vote.outcome, exact: true }).check();
      else if (await form.getByRole('button', { name: 'Work it out from the votes' }).count()) await form.getByRole('button', { name: 'Work it out from the votes' }).click();
      const named = form.getByRole('checkbox', { name: 'Recorded vote: name each person in the minutes' });
      await named.setChecked(false);
      await form.getByRole('spinbutton', { name: 'For' }).fill(vote.counts ? String(vote.counts.for) : '');
      await form.getByRole('spinbutton', { name: 'Against' }).fill(vote.counts ? String(vote.counts.against) : '');
      await form.getByRole('spinbutton', { name: 'Abstentions' }).fill(vote.counts ? String(vote.counts.abstentions ?? 0) : '');
      if (vote.named) {
        await named.check();
        const choices: [string[] | undefined, string][] = [
          [vote.named.for, 'For'],
          [vote.named.against, 'Against'],
          [vote.named.abstained, 'Abstained'],
        ];
        for (const [people, choice] of choices) {
          for (const person of people ?? []) await form.getByRole('radiogroup', { name: `Vote of ${person}`, exact: true }).getByRole('radio', { name: choice, exact: true }).check();
        }
      }
      await form.getByRole('button', { name: 'Save vote' }).click();
      // Refused (a vote that contradicts itself): fail with the form's own explanation.
      const refusal = form.getByRole('alert');
      await Promise.race([
        form.waitFor({ state: 'detached' }),
        refusal.waitFor().then(async () => {
          throw new Error(`The vote on ${name} was refused: ${await refusal.textContent()}`);
        }),
      ]);
      await page.getByRole('group', { name: `Vote on ${name}`, exact: true }).waitFor();
    },
    /** The vote's wording as the minutes will carry it: "The motion was carried by 7 votes to 2, with 1 abstention." */
    voteWording: (resolution: number) => page.getByRole('group', { name: `Vote on resolution ${resolution}`, exact: true }).locator('.vote-sentence').textContent(),
  };
}
