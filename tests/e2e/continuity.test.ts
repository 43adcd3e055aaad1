// Under test: continuity from meeting to meeting through the preview host in Chromium — a meeting
// with a declaration, a resolution from the phrase picker with a recorded vote, and two actions;
// "Create next meeting" from its date of next meeting; the actions updated in the next meeting's
// Matters arising; the previous minutes' approval naming the right date; minute numbers carried
// on; search opening the first meeting's item; and the action log showing what was recorded.
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startHost } from './support/host.ts';
import { cleanUpAfterAll, tempDataDir } from './support/lifecycle.ts';
import { seedMarchMeeting } from './support/seed.ts';
import { continuityPage } from './pages/continuity-page.ts';
import { meetingPage } from './pages/meeting-page.ts';

cleanUpAfterAll();

describe('continuity from one meeting to the next', () => {
  it('carries actions, the previous minutes and the numbering into the next meeting, and search finds the first', async () => {
    const dataDir = tempDataDir();
    const { committeeId, meetingId: firstId } = seedMarchMeeting(dataDir);
    const host = await startHost({ dataDir });
    const browser = await launchBrowser();
    const { page } = browser;
    const meeting = meetingPage(page);
    const continuity = continuityPage(page);

    // The committee numbers its minutes through the municipal year, which starts in May.
    await page.goto(`${host.url}#/committees/${committeeId}/settings`);
    await continuity.numberContinuously('May');
    await meeting.waitUntilSaved();

    await page.goto(`${host.url}#/meetings/${firstId}`);
    expect(await continuity.agendaNames()).toEqual([
      '1 Welcome and introductions',
      '2 Apologies for absence',
      '3 Declarations of interest',
      '4 Minutes of the previous meeting',
      '5 Matters arising',
      '6 Any other business',
      '7 Date of next meeting',
    ]);
    for (const name of ['Councillor Kate Lymer', 'Joanne Stowell', 'Inspector Stuart Baker']) await meeting.mark(name, 'Present');
    await meeting.openItem('3 Declarations of interest');
    await meeting.recordDeclaration({ person: 'Joanne Stowell', item: 'Item 6: Any other business', nature: 'other', interest: 'trustee of the Youth Trust', leftRoom: true });
    await meeting.openItem('6 Any other business');
    await meeting.typeNotes('Sharon Baldwin reported that the Penge mural had been finished with the Youth Trust.');
    await meeting.insertWording('update concerning');
    expect(await meeting.resolutionText(1)).toBe('that the update concerning Any other business be noted.');
    await meeting.recordVote(1, { named: { for: ['Councillor Kate Lymer'], abstained: ['Inspector Stuart Baker'] } });
    expect(await meeting.voteWording(1)).toBe(
      'On being put to a recorded vote, the resolution was carried: For: Councillor Kate Lymer; Against: none; Abstained: Inspector Stuart Baker.',
    );
    await meeting.addAction({ description: 'Circulate the crime figures', owner: { person: 'Inspector Stuart Baker (SB)' }, dueDate: '2021-04-30' });
    await meeting.addAction({ description: 'Arrange a visit to the mural', owner: { group: 'Partners' } });
    await continuity.setNextMeetingDate('2021-04-22');
    await meeting.waitUntilSaved();

    expect(await continuity.createNextMeeting()).toBe('22/04/2021');
    const secondId = continuity.meetingId();
    expect(secondId).not.toBe(firstId);
    await page.getByRole('heading', { name: 'Safer Bromley Partnership Strategic Group: Meeting of Thursday 22 April 2021' }).waitFor();
    // April is still the March meeting's municipal year: the numbers carry on from its 7 items.
    expect(await continuity.agendaNames()).toEqual([
      '8 Welcome and introductions',
      '9 Apologies for absence',
      '10 Declarations of interest',
      '11 Minutes of the previous meeting',
      '12 Matters arising',
      '13 Any other business',
      '14 Date of next meeting',
    ]);

    await meeting.openItem('11 Minutes of the previous meeting');
    await meeting.openSection('Resolutions');
    expect(await meeting.resolutionText(1)).toBe('that the minutes of the meeting held on 25 March 2021 be agreed as a correct record.');

    await meeting.openItem('12 Matters arising');
    expect(await continuity.earlierActionCount()).toBe(2);
    expect(await continuity.earlierActionLines(1)).toEqual(['Circulate the crime figures', 'Minute 6, 25 March 2021 · Inspector Stuart Baker (SB) · due 30 April 2021']);
    expect(await continuity.earlierActionLines(2)).toEqual(['Arrange a visit to the mural', 'Minute 6, 25 March 2021 · Partners']);
    await continuity.reportOnEarlierAction(1, 'Done', 'The figures were circulated on 2 April.');
    await continuity.reportOnEarlierAction(2, 'Carried forward');
    await meeting.waitUntilSaved();

    await page.reload();
    await meeting.openItem('12 Matters arising');
    expect(await continuity.earlierActionProgress(1)).toBe('Done');
    expect(await continuity.earlierActionSentence(1)).toBe('The figures were circulated on 2 April.');
    expect(await continuity.earlierActionProgress(2)).toBe('Carried forward');

    // A phrase typed into the first meeting is found from the second, and Enter opens it there.
    expect(await continuity.search('Penge mural')).toEqual([expect.stringMatching(/^6 Any other business/)]);
    const [result] = await continuity.searchResultTexts();
    expect(result).toContain('Safer Bromley Partnership Strategic Group · 25 March 2021');
    expect(await page.getByRole('listbox', { name: 'Search results' }).locator('mark').allInnerTexts()).toEqual(['Penge', 'mural']);
    await continuity.openSearchResult(0);
    await page.getByRole('heading', { name: 'Safer Bromley Partnership Strategic Group: Meeting of Thursday 25 March 2021' }).waitFor();
    expect(continuity.meetingId()).toBe(firstId);
    expect(await continuity.selectedItem()).toBe('6 Any other business');
    expect(await meeting.notesText()).toContain('the Penge mural had been finished with the Youth Trust');

    // The action log across both meetings follows what Matters arising recorded.
    await page.getByRole('link', { name: 'Safer Bromley Partnership Strategic Group' }).click();
    await page.getByRole('navigation', { name: 'Committee sections' }).getByRole('link', { name: 'Action log' }).click();
    expect(await continuity.actionLog()).toEqual([
      ['Circulate the crime figures', 'Done'],
      ['Arrange a visit to the mural', 'Carried forward'],
    ]);
    expect(browser.problems).toEqual([]);

    await browser.close();
    await host.stop();
  });
});
