// Under test: renderer/src/agenda/AgendaPanel.tsx with a real mouse — dragging an item to a new
// place renumbers the agenda and the new order is what is saved.
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startHost } from './support/host.ts';
import { cleanUpAfterAll, tempDataDir } from './support/lifecycle.ts';
import { committeePage } from './pages/committee-page.ts';
import { homePage } from './pages/home-page.ts';
import { meetingPage } from './pages/meeting-page.ts';

cleanUpAfterAll();

describe('agenda drag and drop', () => {
  it('moves an item up the agenda by dragging, renumbers it, and keeps the order after a reload', async () => {
    const host = await startHost({ dataDir: tempDataDir() });
    const browser = await launchBrowser();
    const { page } = browser;
    await page.goto(host.url);
    await homePage(page).createCommittee({ name: 'Trustees' });
    await committeePage(page).openTab('Meetings');
    await committeePage(page).createMeeting({ date: '2026-12-03', startTime: '18:30', venue: 'Church hall' });
    const meeting = meetingPage(page);

    const agenda = page.getByRole('listbox', { name: 'Agenda items' });
    const source = agenda.getByRole('option', { name: '6 Any other business' });
    const target = agenda.getByRole('option', { name: '2 Apologies for absence' });
    const from = (await source.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 4, { steps: 15 });
    await page.mouse.up();

    const names = () => agenda.getByRole('option').evaluateAll((options) => options.map((option) => option.getAttribute('aria-label')));
    await expect.poll(names).toEqual([
      '1 Welcome and introductions',
      '2 Any other business',
      '3 Apologies for absence',
      '4 Declarations of interest',
      '5 Minutes of the previous meeting',
      '6 Matters arising',
      '7 Date of next meeting',
    ]);
    await meeting.waitUntilSaved();
    await page.reload();
    await agenda.waitFor();
    expect((await names())[1]).toBe('2 Any other business');
    expect(browser.problems).toEqual([]);
  });
});
