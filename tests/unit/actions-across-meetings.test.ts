// Under test: actions across meetings — carry-forward into the next meeting's Matters arising,
// reviews during that meeting, the action log (filters, mark done, history) and its Word export
// (electron/handlers/action-log.ts, store/action-updates.ts, export/action-log-docx.ts, compose).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeMinutes } from '../../shared/compose/index.ts';
import type { MinutesBlock, MinutesDocument } from '../../shared/compose/model.ts';
import { cellText, readDocx } from './docx-reader.ts';
import { openTestApp, seedMeeting, tempFolder, type TestApp } from './harness.ts';

const blockText = (block: MinutesBlock): string =>
  block.kind === 'list' ? '' : block.runs.map((run) => ('text' in run ? run.text : '\n')).join('');

const itemOfKind = (document: MinutesDocument, app: TestApp, meetingId: string, kind: string) => {
  const itemId = app.handlers.getMeeting({ meetingId }).agenda.find((item) => item.kind === kind)!.id;
  return document.items.find((item) => item.itemId === itemId)!;
};

/** March: two actions on a business item (one for Joanne Stowell, one for "Partners"), one for a guest. */
function seedActions(app: TestApp) {
  const seeded = seedMeeting(app);
  const { meeting, roster } = seeded;
  const agenda = app.handlers.getMeeting({ meetingId: meeting.id }).agenda;
  const item = app.handlers.addAgendaItem({ meetingId: meeting.id, title: 'CCTV programme', afterItemId: agenda[4]!.id });
  const guest = app.handlers.addAttendee({ meetingId: meeting.id, name: 'Anthony Baldock', role: 'Analyst', organisation: '', status: 'in_attendance', substituteForMemberId: null });
  const figures = app.handlers.addAction({ itemId: item.id, resolutionId: null, description: 'Circulate the CCTV figures', owner: { memberId: roster[1]!.id }, dueDate: '2021-04-30' });
  const bid = app.handlers.addAction({ itemId: item.id, resolutionId: null, description: 'Prepare a joint funding bid', owner: { group: 'Partners' }, dueDate: null });
  const map = app.handlers.addAction({ itemId: item.id, resolutionId: null, description: 'Map the camera locations', owner: { attendeeId: guest.attendeeId! }, dueDate: null });
  return { ...seeded, item, figures, bid, map };
}

describe('carrying actions forward', () => {
  it('puts the open actions into the next meeting’s Matters arising, where each is updated with a sentence', () => {
    const app = openTestApp();
    const { meeting, figures, bid, map } = seedActions(app);
    app.handlers.updateAction({ actionId: map.id, status: 'done' });

    const june = app.handlers.createNextMeeting({ meetingId: meeting.id, date: '2021-06-24' });
    const detail = app.handlers.getMeeting({ meetingId: june.id });
    const matters = detail.agenda.find((item) => item.kind === 'matters-arising')!;
    expect(detail.actionReviews.map((review) => [review.action.id, review.status, review.itemId, review.origin.itemNumber, review.ownerLabel])).toEqual([
      [figures.id, 'open', matters.id, '6', 'JS'],
      [bid.id, 'open', matters.id, '6', 'Partners'],
    ]);

    const [figuresReview, bidReview] = detail.actionReviews;
    app.handlers.updateActionReview({ reviewId: figuresReview!.id, status: 'done', note: 'The figures were circulated on 2 April' });
    const carried = app.handlers.updateActionReview({ reviewId: bidReview!.id, status: 'carried-forward', note: 'Awaiting the Home Office prospectus.' });
    expect(carried).toMatchObject({ status: 'carried-forward', note: 'Awaiting the Home Office prospectus.', action: { id: bid.id, status: 'carried-forward' } });

    const minutes = composeMinutes(app.handlers.getMeeting({ meetingId: june.id }), { mode: 'full' });
    const mattersItem = itemOfKind(minutes, app, june.id, 'matters-arising');
    expect(mattersItem.sections.map((section) => [section.blocks.map(blockText), section.actionColumn])).toEqual([
      [['Circulate the CCTV figures (minute 6, 25 March 2021): completed. The figures were circulated on 2 April.'], []],
      [['Prepare a joint funding bid (minute 6, 25 March 2021): carried forward. Awaiting the Home Office prospectus.'], ['Partners']],
    ]);
    const single = composeMinutes(app.handlers.getMeeting({ meetingId: june.id }), { mode: 'full', houseStyle: { ...detail.houseStyle, layout: 'single-column' } });
    expect(itemOfKind(single, app, june.id, 'matters-arising').sections.flatMap((section) => section.blocks.map(blockText))).toEqual([
      'Circulate the CCTV figures (minute 6, 25 March 2021): completed. The figures were circulated on 2 April.',
      'Prepare a joint funding bid (minute 6, 25 March 2021): carried forward. Awaiting the Home Office prospectus.',
      'Action: Partners',
    ]);

    // July reviews only what is still outstanding, and keeps the history of both meetings.
    const july = app.handlers.createNextMeeting({ meetingId: june.id, date: '2021-07-22' });
    const julyReviews = app.handlers.getMeeting({ meetingId: july.id }).actionReviews;
    expect(julyReviews.map((review) => review.action.id)).toEqual([bid.id]);
    const log = app.handlers.listActionLog({ committeeId: meeting.committeeId, meetingId: meeting.id });
    const bidEntry = log.entries.find((entry) => entry.action.id === bid.id)!;
    expect(bidEntry.history.map((step) => [step.recordedOn, step.status, step.note])).toEqual([
      ['2021-06-24', 'carried-forward', 'Awaiting the Home Office prospectus.'],
      ['2021-07-22', 'open', ''],
    ]);
    expect(bidEntry.action.status).toBe('carried-forward');
  });

  it('sets a review back to open and the action follows; brings later actions into an existing meeting once', () => {
    const app = openTestApp();
    const { meeting, figures } = seedActions(app);
    const june = app.handlers.createNextMeeting({ meetingId: meeting.id, date: '2021-06-24' });
    const review = app.handlers.getMeeting({ meetingId: june.id }).actionReviews[0]!;
    app.handlers.updateActionReview({ reviewId: review.id, status: 'done' });
    expect(app.handlers.listActionLog({ committeeId: meeting.committeeId, status: 'done' }).entries.map((entry) => entry.action.id)).toEqual([figures.id]);
    app.handlers.updateActionReview({ reviewId: review.id, status: 'open' });
    expect(app.handlers.listActionLog({ committeeId: meeting.committeeId, status: 'done' }).entries).toEqual([]);

    const lateItem = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[5]!;
    app.handlers.addAction({ itemId: lateItem.id, resolutionId: null, description: 'Late action', owner: { group: 'Partners' }, dueDate: null });
    expect(app.handlers.carryForwardActions({ meetingId: june.id }).map((each) => each.action.description)).toEqual([
      'Circulate the CCTV figures',
      'Prepare a joint funding bid',
      'Map the camera locations',
      'Late action',
    ]);
    expect(app.handlers.carryForwardActions({ meetingId: june.id })).toHaveLength(4);
  });
});

describe('the action log', () => {
  it('filters by owner, meeting and status, and marks an action done with a note', () => {
    const app = openTestApp();
    const { meeting, roster, figures, bid, map } = seedActions(app);
    const committeeId = meeting.committeeId;
    const june = app.handlers.createNextMeeting({ meetingId: meeting.id, date: '2021-06-24' });
    const juneItem = app.handlers.getMeeting({ meetingId: june.id }).agenda[0]!;
    const juneAction = app.handlers.addAction({ itemId: juneItem.id, resolutionId: null, description: 'Book the room', owner: { memberId: roster[1]!.id }, dueDate: null });

    const all = app.handlers.listActionLog({ committeeId });
    expect(all.entries.map((entry) => entry.action.id)).toEqual([figures.id, bid.id, map.id, juneAction.id]);
    expect(all.owners.map((owner) => owner.name)).toEqual(['Anthony Baldock', 'Joanne Stowell', 'Partners']);
    expect(all.meetings.map((each) => each.date)).toEqual(['2021-06-24', '2021-03-25']);
    expect(app.handlers.listActionLog({ committeeId, owner: { memberId: roster[1]!.id } }).entries.map((entry) => entry.action.id)).toEqual([figures.id, juneAction.id]);
    expect(app.handlers.listActionLog({ committeeId, owner: { group: 'partners' } }).entries.map((entry) => entry.action.id)).toEqual([bid.id]);
    expect(app.handlers.listActionLog({ committeeId, meetingId: june.id }).entries.map((entry) => entry.action.id)).toEqual([juneAction.id]);

    const done = app.handlers.markActionDone({ actionId: map.id, note: 'Map shared with partners.', doneOn: '2021-05-03' });
    expect(done).toMatchObject({ action: { id: map.id, status: 'done' }, ownerName: 'Anthony Baldock', ownerLabel: 'AB' });
    expect(done.history.map((step) => [step.recordedOn, step.status, step.meetingId, step.note])).toEqual([
      ['2021-05-03', 'done', null, 'Map shared with partners.'],
      ['2021-06-24', 'open', june.id, ''],
    ]);
    expect(app.handlers.listActionLog({ committeeId, status: 'open' }).entries.map((entry) => entry.action.id)).toEqual([figures.id, bid.id, juneAction.id]);
  });

  it('refuses a bad filter, an unknown action and a log change taken for a review, writing nothing', () => {
    const app = openTestApp();
    const { meeting, map } = seedActions(app);
    const done = app.handlers.markActionDone({ actionId: map.id, note: '' });
    const rows = () => app.db.prepare('SELECT count(*) FROM action_updates').pluck().get();
    expect(rows()).toBe(1);
    expect(app.dispatch('listActionLog', { committeeId: meeting.committeeId, status: 'finished' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(app.dispatch('markActionDone', { actionId: 'no-such-action' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(app.dispatch('markActionDone', { actionId: map.id, doneOn: 'yesterday' })).toMatchObject({ ok: false, error: { message: 'Dates are written YYYY-MM-DD.' } });
    expect(app.dispatch('updateActionReview', { reviewId: done.history[0]!.id, status: 'open' })).toMatchObject({
      ok: false,
      error: { message: 'That is a change from the action log, not a review at a meeting.' },
    });
    expect(rows()).toBe(1);
  });

  it('exports the log to Word through the save dialog’s grant', async () => {
    const app = openTestApp();
    const { meeting, map } = seedActions(app);
    app.handlers.markActionDone({ actionId: map.id, note: 'Map shared with partners.', doneOn: '2021-05-03' });
    const targetPath = join(tempFolder(), 'Action log.docx');
    const envelope = await app.dispatch('exportActionLog', { committeeId: meeting.committeeId, target: app.grant(targetPath, 'action-log') });
    expect(envelope).toMatchObject({ ok: true, value: { targetPath } });
    const docx = readDocx(readFileSync(targetPath));
    expect(docx.paragraphs[0]).toMatchObject({ style: 'Title', text: 'SAFER BROMLEY PARTNERSHIP STRATEGIC GROUP' });
    expect(docx.paragraphs[1]!.text).toMatch(/^Action log — as at \d{1,2} \w+ \d{4}$/);
    expect(docx.rows.map((row) => row.map(cellText))).toEqual([
      ['Raised', 'Action', 'Owner', 'Due', 'Status', 'Progress'],
      ['Minute 6, 25 March 2021', 'Circulate the CCTV figures', 'Joanne Stowell', '30 April 2021', 'Open', ''],
      ['Minute 6, 25 March 2021', 'Prepare a joint funding bid', 'Partners', '', 'Open', ''],
      ['Minute 6, 25 March 2021', 'Map the camera locations', 'Anthony Baldock', '', 'Done', '3 May 2021: done — Map shared with partners.'],
    ]);
    expect(docx.xml('word/document.xml')).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(docx.footerXml).toContain('NUMPAGES');

    const filtered = join(tempFolder(), 'Open actions.docx');
    await app.dispatch('exportActionLog', { committeeId: meeting.committeeId, status: 'open', owner: { group: 'Partners' }, target: app.grant(filtered, 'action-log') });
    const open = readDocx(readFileSync(filtered));
    expect(open.paragraphs[1]!.text).toMatch(/^Action log — open actions, owner Partners — as at /);
    expect(open.rows).toHaveLength(2);
    expect(await app.dispatch('exportActionLog', { committeeId: meeting.committeeId, target: app.grant(filtered, 'minutes') })).toMatchObject({
      ok: false,
      error: { message: 'That file choice has expired; please choose the file again.' },
    });
  });
});
