// Under test: the item editor's minute-taking controls through the preview host in Chromium — a
// resolution with numbered parts and actions typed in live, still there after a reload.
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startHost } from './support/host.ts';
import { cleanUpAfterAll, tempDataDir } from './support/lifecycle.ts';
import { seedMarchMeeting } from './support/seed.ts';
import { meetingPage } from './pages/meeting-page.ts';

cleanUpAfterAll();

describe('resolutions and actions in the browser', () => {
  it('keeps a resolution with numbered parts and its actions across a reload', async () => {
    const dataDir = tempDataDir();
    const { meetingId } = seedMarchMeeting(dataDir);
    const host = await startHost({ dataDir });
    const browser = await launchBrowser();
    const { page } = browser;
    await page.goto(`${host.url}#/meetings/${meetingId}`);
    const meeting = meetingPage(page);

    await meeting.openItem('5 Matters arising');
    await meeting.addResolution('that:', ['the update concerning Safer Neighbourhoods be noted;', 'partners report back at the next meeting.']);
    await meeting.addResolution('to the Partnership Board that the burglary campaign be extended.');
    await meeting.chooseResolutionForm(2, 'RECOMMENDED');
    await meeting.addAction({ description: 'Circulate the crime figures', owner: { person: 'Inspector Stuart Baker (SB)' }, dueDate: '2021-04-30', beside: 'Resolution 1: that:' });
    await meeting.addAction({ description: 'Report back on the campaign', owner: { group: 'Partners' } });
    await meeting.waitUntilSaved();

    await page.reload();
    await meeting.openItem('5 Matters arising');
    await meeting.openSection('Resolutions');
    expect(await meeting.resolutionText(1)).toBe('that:');
    expect(await meeting.resolutionParts(1)).toEqual(['the update concerning Safer Neighbourhoods be noted;', 'partners report back at the next meeting.']);
    expect(await meeting.resolutionText(2)).toBe('to the Partnership Board that the burglary campaign be extended.');
    expect(await page.getByRole('combobox', { name: 'Lead word of resolution 2' }).inputValue()).toBe('recommended');
    await meeting.openSection('Actions');
    expect(await meeting.actionDescription(1)).toBe('Circulate the crime figures');
    expect(await meeting.actionColumn(1)).toBe('SB');
    expect(await meeting.actionDueDate(1)).toBe('30/04/2021');
    expect(await page.getByRole('combobox', { name: 'Action 1 beside' }).inputValue()).not.toBe('');
    expect(await meeting.actionDescription(2)).toBe('Report back on the campaign');
    expect(await meeting.actionColumn(2)).toBe('Partners');
    expect(browser.problems).toEqual([]);

    await browser.close();
    await host.stop();
  });
});
