// Under test: the live form on a 1366×768 laptop, from the keyboard, in a browser whose locale is
// American (issue 10 §3): British dates and times, completion in the notes, the committee's
// abbreviations written out as they are typed, the export and shortcuts dialogs' focus, one key
// from title to notes, deleting an item, the preview following the item, and substitutes only for
// members not already present.
import { describe, expect, it } from 'vitest';
import { readReferenceMeeting, seedReferenceCommittee } from '../bench/keystrokes/reference-committee.ts';
import { launchBrowser } from './support/browser.ts';
import { startHost } from './support/host.ts';
import { cleanUpAfterAll, tempDataDir } from './support/lifecycle.ts';
import { meetingPage } from './pages/meeting-page.ts';

cleanUpAfterAll();

const file = readReferenceMeeting();
const focusedName = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const element = (globalThis as unknown as { document: { activeElement: { textContent: string | null; getAttribute: (name: string) => string | null } | null } }).document.activeElement;
    return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
  });

describe('the live form on a laptop, from the keyboard, in an American browser', () => {
  it('types dates the British way, completes names, keeps the focus where the secretary is', async () => {
    const dataDir = tempDataDir();
    const { committeeId } = seedReferenceCommittee(dataDir, file);
    const host = await startHost({ dataDir });
    const { page, problems } = await launchBrowser({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    await page.clock.install();
    await page.goto(`${host.url}#/committees/${committeeId}/meetings`);

    // Dates and times read and typed the British way whatever the locale.
    const form = page.getByRole('form', { name: 'New meeting' });
    const date = form.getByRole('textbox', { name: 'Date' });
    await expect.poll(() => date.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await date.fill('');
    await date.pressSequentially('30/4/21');
    await expect.poll(() => form.getByRole('textbox', { name: 'Start time' }).inputValue()).toBe('10:00');
    await form.getByRole('button', { name: 'Create meeting' }).click();
    const meeting = meetingPage(page);
    await page.getByRole('listbox', { name: 'Agenda items' }).waitFor();
    expect(await page.title()).toContain('Safer Bromley Partnership Strategic Group — Meeting of Friday 30 April 2021');

    // The top bar is one line, and stays so when the search box takes the focus.
    const topBar = page.locator('header.topbar');
    const barHeight = (await topBar.boundingBox())!.height;
    expect(barHeight).toBeLessThan(56);
    await page.getByRole('combobox', { name: /Search/ }).or(page.getByRole('searchbox')).first().focus();
    expect((await topBar.boundingBox())!.height).toBe(barHeight);

    // All 25 members fit in the tick-list at 1366×768, one Tab stop each.
    const rows = page.locator('.attendance-list .attendance-row');
    expect(await rows.count()).toBe(25);
    const lastRow = (await rows.last().boundingBox())!;
    expect(lastRow.y + lastRow.height).toBeLessThanOrEqual(768);
    const tabStops = await page.locator('.attendance-list').evaluate(
      (list) => (list as unknown as { querySelectorAll: (s: string) => { length: number } }).querySelectorAll('[tabindex="0"], summary:not([tabindex="-1"]), input, select').length,
    );
    expect(tabStops).toBe(25);

    // One key from the title to the notes; completion from the roster, Tab to take it.
    await meeting.openItem('1 Welcome/House-keeping/Introductions.');
    await page.getByRole('textbox', { name: 'Item title' }).focus();
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Notes');
    await page.keyboard.type('The Chairman welcomed Jo');
    // The committee's words arrive a moment after the meeting opens (on a busy machine, after the first keys).
    await expect
      .poll(async () => {
        await page.keyboard.press('Backspace');
        await page.keyboard.type('o');
        return page.locator('.completion-ghost').getAttribute('data-completion', { timeout: 500 }).catch(() => null);
      }, { timeout: 20_000 })
      .toBe('anne Stowell');
    await page.keyboard.press('Tab');
    await page.keyboard.type('.');
    await expect.poll(() => meeting.notesText()).toBe('The Chairman welcomed Joanne Stowell.');
    // The committee's abbreviations, as Word's AutoCorrect: written out as the word ends, a capital
    // kept; Ctrl+Z straight after puts the abbreviation back, and the typing goes on from there.
    await page.keyboard.type(' Tvc thanked tc.');
    await expect.poll(() => meeting.notesText()).toBe('The Chairman welcomed Joanne Stowell. The Vice-Chairman thanked the Chairman.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => meeting.notesText()).toBe('The Chairman welcomed Joanne Stowell. The Vice-Chairman thanked tc.');
    // Undo once more takes back the typing after the first abbreviation, and then that one's expansion.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => meeting.notesText()).toBe('The Chairman welcomed Joanne Stowell. Tvc ');
    await page.keyboard.type('thanked tc.');
    await expect.poll(() => meeting.notesText()).toBe('The Chairman welcomed Joanne Stowell. Tvc thanked the Chairman.');
    await page.keyboard.type(' Inspector Stu');
    await expect.poll(() => page.locator('.completion-ghost').getAttribute('data-completion')).toBe('art Baker');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.completion-ghost').count()).toBe(0);
    // One chord makes the sentence an action, the owner guessed from the name in it; Enter adds it.
    await page.keyboard.type('art Baker agreed to share the remand figures.');
    await page.keyboard.press('Control+Shift+A');
    const actionForm = page.getByRole('form', { name: 'New action' });
    await actionForm.waitFor();
    expect(await actionForm.getByRole('textbox', { name: 'Action' }).inputValue()).toBe('Inspector Stuart Baker agreed to share the remand figures.');
    // Sharon Baldwin, added first, is SB: the initials worked out for him are his own.
    expect(await actionForm.getByRole('combobox', { name: 'Owner', exact: true }).locator('option:checked').textContent()).toBe('Inspector Stuart Baker (SBa)');
    expect(await focusedName(page)).toBe('Owner');
    await page.keyboard.press('Enter');
    await page.getByRole('listitem', { name: 'Action 1', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Notes' }).focus();
    await page.keyboard.press('Control+End');
    // Enough minutes that the preview has to scroll to reach item 4.
    await page.keyboard.insertText(' The Chairman noted the update.'.repeat(120));

    // Ctrl+E: focus on "Choose where to save…"; Escape: back in the notes.
    await page.keyboard.press('Control+e');
    await page.getByRole('dialog', { name: 'Export to Word' }).waitFor();
    expect(await focusedName(page)).toBe('Choose where to save…');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedName(page)).toBe('Notes');

    // The shortcuts dialog opens at its top.
    await page.keyboard.press('F1');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await shortcuts.waitFor();
    expect(await shortcuts.evaluate((element) => (element as unknown as { scrollTop: number }).scrollTop)).toBe(0);
    await page.keyboard.press('Escape');

    // Deleting an item from the agenda leaves the focus beside it; the notice goes after a while.
    await meeting.openItem('3 Declarations of interest');
    await page.getByRole('listbox', { name: 'Agenda items' }).getByRole('option', { selected: true }).focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => focusedName(page)).toBe('3 Minutes of the previous meeting');
    await page.getByText('Deleted “3 Declarations of interest”.').waitFor();
    await page.clock.runFor(16_000);
    await expect.poll(() => page.getByText('Deleted “3 Declarations of interest”.').count()).toBe(0);

    // The preview opens at the current item.
    await meeting.openItem('4 Pre-advised questions');
    await page.keyboard.press('Control+Shift+P');
    const minute = page.locator('.preview-scroll [data-item-id]').filter({ hasText: 'PRE-ADVISED QUESTIONS' }).first();
    await minute.waitFor();
    // Scrolled to it (as far as the minutes go): the minute is in view, not the top of the minutes.
    await expect
      .poll(async () => {
        const [row, pane] = await Promise.all([minute.boundingBox(), page.locator('.preview-scroll').boundingBox()]);
        return !!row && !!pane && row.y >= pane.y && row.y + row.height <= pane.y + pane.height;
      })
      .toBe(true);
    expect(await page.locator('.preview-scroll').evaluate((element) => (element as unknown as { scrollTop: number }).scrollTop)).toBeGreaterThan(0);
    await page.keyboard.press('Control+Shift+P');

    // "Substituting for" offers only members not already marked present.
    await meeting.mark('Joanne Stowell', 'Present');
    await page.getByText('Add a substitute or guest').click();
    await page.getByRole('combobox', { name: 'Attending as' }).selectOption({ label: 'Substitute for a member' });
    const substituting = page.getByRole('combobox', { name: 'Substituting for' });
    const offered = await substituting.locator('option').allTextContents();
    expect(offered).not.toContain('Joanne Stowell');
    expect(offered).toContain('Janet Bailey');
    expect(problems).toEqual([]);
  }, 120_000);
});
