// Under test: the chairman's review end to end, in Chromium, with two separate data folders — the
// secretary's and the chairman's — each behind its own preview host, files carried between them as
// an email would. Send → comment and propose wording on the chairman's side → return → import →
// accept one change, decline another → send again → approve → import: the meeting shows Approved,
// its Word minutes have no DRAFT, and its history holds every step.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { readDocx } from '../unit/docx-reader.ts';
import { launchBrowser } from './support/browser.ts';
import { startHost } from './support/host.ts';
import { cleanUpAfterAll, tempDataDir } from './support/lifecycle.ts';
import { seedMarchMeeting } from './support/seed.ts';
import { minutesStatePage } from './pages/minutes-state-page.ts';
import { reviewPage } from './pages/review-page.ts';

cleanUpAfterAll();

const laptop = { width: 1366, height: 768 };

/** The secretary's committee and its March meeting with two items of minutes, written before the host starts. */
function seedSecretary(dataDir: string): string {
  return seedMarchMeeting(dataDir, (handlers, { meetingId }) => {
    const budget = handlers.addAgendaItem({ meetingId, title: 'Budget monitoring' });
    handlers.updateAgendaItem({ itemId: budget.id, notes: richTextFromParagraphs(['The Group received the budget report for quarter 4.']) });
    handlers.addResolution({ itemId: budget.id, form: 'resolved', text: 'that the budget report be noted.', parts: [] });
    const cctv = handlers.addAgendaItem({ meetingId, title: 'CCTV review' });
    handlers.updateAgendaItem({ itemId: cctv.id, notes: richTextFromParagraphs(['Inspector Baker presented the review of town centre cameras.']) });
    handlers.addResolution({ itemId: cctv.id, form: 'resolved', text: 'that the twelve cameras be replaced in 2021.', parts: [] });
  }).meetingId;
}

/** The newest file of that kind in a preview folder, copied into the other side's inbox ("sent by email"). */
function carry(fromFolder: string, extension: string, toDataDir: string): string {
  const name = readdirSync(fromFolder)
    .filter((file) => file.endsWith(extension))
    .sort()
    .at(-1);
  if (!name) throw new Error(`No ${extension} file in ${fromFolder}.`);
  mkdirSync(join(toDataDir, 'inbox'), { recursive: true });
  copyFileSync(join(fromFolder, name), join(toDataDir, 'inbox', name));
  return name;
}

describe('the chairman’s review, between two computers', () => {
  it('goes out, comes back with comments, goes out again and comes back approved', async () => {
    const secretaryDir = tempDataDir();
    const chairmanDir = tempDataDir();
    const meetingId = seedSecretary(secretaryDir);
    const [secretaryHost, chairmanHost] = await Promise.all([startHost({ dataDir: secretaryDir }), startHost({ dataDir: chairmanDir })]);
    const secretaryBrowser = await launchBrowser({ viewport: laptop });
    const chairmanBrowser = await launchBrowser({ viewport: laptop });
    const secretary = secretaryBrowser.page;
    const chairman = chairmanBrowser.page;
    const minutes = minutesStatePage(secretary);
    const review = reviewPage(chairman);

    // 1. The secretary sends the draft.
    await secretary.goto(`${secretaryHost.url}#/meetings/${meetingId}`);
    expect(await minutes.state()).toBe('Draft');
    const firstReview = await minutes.sendToChairman('Draft minutes for your comments, please.');
    expect(firstReview).toBe('Safer Bromley Partnership Strategic Group 2021-03-25 v1.proceedings-review');
    expect(await minutes.state()).toBe('With the chairman');
    carry(join(secretaryDir, 'exports'), '.proceedings-review', chairmanDir);

    // 2. The chairman opens it on a laptop with nothing set up, comments, proposes two changes and returns it.
    await chairman.goto(chairmanHost.url);
    await review.openFromWelcome();
    expect(await review.reviewerName()).toBe('Councillor Kate Lymer');
    await review.goToMinute('BUDGET MONITORING');
    await review.commentOnMinute('Please give the year-end figure as well.');
    await review.proposeWording('Resolution 1', { from: 'be noted', to: 'be received and noted' }, 'We received it formally.');
    await review.goToMinute('CCTV REVIEW');
    await review.proposeWording('Resolution 1', { from: 'twelve', to: 'fifteen' });
    await review.waitUntilSaved();
    expect(await review.noteTexts()).toHaveLength(3);
    await review.decide('Return with comments', 'A few changes, then I will approve.');
    expect(await review.decisionText()).toContain('Returned with comments by Councillor Kate Lymer');
    const firstResponse = carry(join(chairmanDir, 'inbox'), '.proceedings-response', secretaryDir);
    expect(firstResponse).toBe('Safer Bromley Partnership Strategic Group 2021-03-25 v1.proceedings-response');

    // 3. Back on the secretary's machine: the comments beside their minutes; one change accepted, one declined.
    await minutes.importResponse();
    expect(await minutes.responseSummary()).toContain('Returned with comments');
    expect(await minutes.notes().count()).toBe(3);
    const noteTexts = await minutes.notes().allInnerTexts();
    const budgetChange = noteTexts.findIndex((text) => text.includes('received and noted')) + 1;
    const cctvChange = noteTexts.findIndex((text) => text.includes('fifteen')) + 1;
    await minutes.decideOn(budgetChange, 'Accept');
    expect(await minutes.outcome()).toContain('1 change applied to the draft');
    await minutes.decideOn(cctvChange, 'Decline');
    expect(await minutes.outcome()).toContain('1 change declined');
    const draft = await minutes.minutesText();
    expect(draft).toContain('RESOLVED that the budget report be received and noted.');
    expect(draft).toContain('RESOLVED that the twelve cameras be replaced in 2021.');

    // 4. Sent again; the chairman approves the new version.
    await minutes.backToLiveForm();
    expect(await minutes.sendToChairman()).toMatch(/ v\d+\.proceedings-review$/);
    carry(join(secretaryDir, 'exports'), '.proceedings-review', chairmanDir);
    await review.openAnother();
    expect(await chairman.title()).toContain('(version 4)');
    expect(await review.noteTexts()).toHaveLength(0);
    await review.decide('Approve');
    expect(await review.decisionText()).toContain('Approved by Councillor Kate Lymer');
    carry(join(chairmanDir, 'inbox'), '.proceedings-response', secretaryDir);

    // 5. The approval comes home: Approved, read-only, no DRAFT in Word, every step in the history.
    await minutes.importResponse();
    expect(await minutes.responseSummary()).toContain('Approved by Councillor Kate Lymer');
    await minutes.backToLiveForm();
    expect(await minutes.state()).toBe('Approved');
    expect(await secretary.title()).toContain('(Approved)');
    expect(await secretary.getByRole('textbox', { name: 'Notes' }).getAttribute('contenteditable')).toBe('false');
    expect(await secretary.getByRole('button', { name: 'Add item' }).isDisabled()).toBe(true);

    await secretary.getByRole('button', { name: 'Export to Word…' }).click();
    const exportDialog = secretary.getByRole('dialog', { name: 'Export to Word' });
    expect(await exportDialog.textContent()).toContain('no DRAFT mark');
    await exportDialog.getByRole('checkbox', { name: /Open the document/ }).uncheck();
    await exportDialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await exportDialog.getByText(/^Saved as “.+\.docx”\.$/).waitFor();
    const docxName = readdirSync(join(secretaryDir, 'exports')).find((file) => file.endsWith('.docx'))!;
    const docx = readDocx(readFileSync(join(secretaryDir, 'exports', docxName)));
    expect(docx.headerText).not.toMatch(/DRAFT/);
    expect(docx.paragraphs.map((paragraph) => paragraph.text).join('\n')).toContain('RESOLVED that the budget report be received and noted.');
    await exportDialog.getByRole('button', { name: 'Close' }).click();

    await minutes.openVersions();
    const versions = await minutes.versions();
    // Newest first: sent, returned, the accepted change, sent again, approved.
    expect(versions.map((version) => version.state).reverse()).toEqual(['With the chairman', 'Returned with comments', 'Returned with comments', 'With the chairman', 'Approved']);
    expect(versions[0]!.who).toBe('Councillor Kate Lymer');

    expect(secretaryBrowser.problems).toEqual([]);
    expect(chairmanBrowser.problems).toEqual([]);
  }, 120_000);
});
