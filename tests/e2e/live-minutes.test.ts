// Under test: the whole app through the preview host — a secretary sets up a committee, takes a
// meeting's minutes live, and loses nothing to a reload or to the app being killed mid-sentence.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startHost } from './support/host.ts';
import { cleanUpAfterAll, tempDataDir } from './support/lifecycle.ts';
import { committeePage, type RosterEntry } from './pages/committee-page.ts';
import { homePage } from './pages/home-page.ts';
import { meetingPage } from './pages/meeting-page.ts';

cleanUpAfterAll();

const roster: RosterEntry[] = [
  { name: 'Councillor Kate Lymer', role: 'Portfolio Holder for Public Protection and Enforcement', chair: 'Chairman' },
  { name: 'Joanne Stowell', role: 'LBB Assistant Director: Public Protection', chair: 'Vice-Chairman' },
  { name: 'Janet Bailey', role: "LBB Director of Children's Services" },
  { name: 'Sharon Baldwin', role: 'Safer Neighbourhood Board Chairman' },
  { name: 'Rachel Pankhurst', role: 'LBB Early Intervention and Family Support' },
  { name: 'Inspector Stuart Baker', organisation: 'Met Police' },
  { name: 'Kevin McKenzie', role: 'Borough Commander', organisation: 'London Fire Brigade' },
  { name: 'Amanda Mumford', role: 'LBB Community Safety Manager' },
];

describe('taking minutes live', () => {
  it('keeps roster, attendance and formatted notes across a reload, and every saved edit across a kill', async () => {
    const dataDir = tempDataDir();
    let host = await startHost({ dataDir });
    const browser = await launchBrowser();
    const { page } = browser;
    await page.goto(host.url);

    await homePage(page).createCommittee({ name: 'Safer Bromley Partnership Strategic Group', venue: 'Bromley Civic Centre', startTime: '10:00' });
    const committee = committeePage(page);
    for (const member of roster) await committee.addMember(member);
    expect(await committee.rosterNames()).toEqual(roster.map((member) => member.name));
    await committee.openTab('Meetings');
    await committee.createMeeting({ date: '2021-03-25', startTime: '10:00', isVirtual: true });

    const meeting = meetingPage(page);
    const meetingId = meeting.meetingId();
    for (const name of ['Councillor Kate Lymer', 'Joanne Stowell', 'Janet Bailey', 'Sharon Baldwin', 'Kevin McKenzie']) await meeting.mark(name, 'Present');
    await meeting.markByKey('Amanda Mumford', 'a');
    await meeting.addSubstitute({ name: "Jamie O'Malley", role: 'LBB Early Intervention and Family Support', forMember: 'Rachel Pankhurst' });
    await meeting.mark('Inspector Stuart Baker', 'Present');
    await meeting.recordArrival('Inspector Stuart Baker', '10:20');
    expect(await meeting.counts()).toMatch(/Present 7.*Apologies 2/);

    await meeting.openItem('1 Welcome and introductions');
    await meeting.typeNotes('The Chairman welcomed Kevin McKenzie, the new Fire Commander for Bromley.');
    await meeting.openItem('4 Minutes of the previous meeting');
    await meeting.notes.click();
    await page.keyboard.press('Control+b');
    await page.keyboard.type('RESOLVED');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' that the minutes of the meeting held on 5 December 2019 be agreed.');
    await meeting.openItem('6 Any other business');
    await meeting.typeNotes('There were four sub-priorities:');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. Residential burglary');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Crimes against the elderly');
    await meeting.waitUntilSaved();

    await page.reload();
    await page.getByRole('listbox', { name: 'Agenda items' }).waitFor();
    expect(await meeting.statusOf('Councillor Kate Lymer')).toBe('Present');
    expect(await meeting.statusOf('Amanda Mumford')).toBe('Apologies');
    expect(await meeting.statusOf('Rachel Pankhurst')).toBe('Apologies');
    await expect.poll(() => page.getByText('Substitute for Rachel Pankhurst').count()).toBe(1);
    expect(await meeting.arrivalSummary('Inspector Stuart Baker')).toBe('arrived 10:20');
    await meeting.openItem('1 Welcome and introductions');
    expect(await meeting.notesText()).toContain('The Chairman welcomed Kevin McKenzie');
    await meeting.openItem('4 Minutes of the previous meeting');
    expect(await meeting.notesHtml()).toContain('<strong>RESOLVED</strong> that the minutes of the meeting held on 5 December 2019 be agreed.');
    await meeting.openItem('6 Any other business');
    expect(await meeting.notesHtml()).toMatch(/<ol[^>]*><li><p>Residential burglary<\/p><\/li><li><p>Crimes against the elderly<\/p><\/li><\/ol>/);
    expect(browser.problems).toEqual([]);

    // Typing goes on; the host is killed without warning part-way through a word.
    await meeting.openItem('5 Matters arising');
    await meeting.notes.click();
    let lastShownSaved = '';
    for (const word of ['Partners', 'noted', 'the', 'action', 'log', 'and', 'the', 'update']) {
      await page.keyboard.type(`${word} `, { delay: 15 });
      await meeting.waitUntilSaved();
      lastShownSaved = await meeting.notesText();
    }
    await page.keyboard.type('from the Community Saf', { delay: 15 });
    const killed = await host.kill('SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    expect(lastShownSaved.trim()).toBe('Partners noted the action log and the update');

    host = await startHost({ dataDir });
    const reopened = await launchBrowser();
    await reopened.page.goto(`${host.url}#/meetings/${meetingId}`);
    const again = meetingPage(reopened.page);
    await again.openItem('5 Matters arising');
    const restored = await again.notesText();
    expect(restored.startsWith(lastShownSaved.trim())).toBe(true);
    expect('Partners noted the action log and the update from the Community Saf'.startsWith(restored.trim())).toBe(true);
    expect(await again.statusOf('Councillor Kate Lymer')).toBe('Present');
    await reopened.close();
    await browser.close();
    await host.stop();

    const file = new Database(host.dataFile, { readonly: true });
    expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
    file.close();
  });
});
