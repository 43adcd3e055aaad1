// Under test: renderer/src/review/CommentsScreen.tsx with the real review handlers on a real data
// file — the chairman's response imported from the state bar, each proposed wording accepted or
// declined from the keyboard, and what that does to the draft.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { passageAnchor, itemPassageText, type ReviewComment } from '../../shared/review.ts';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { App } from '../../renderer/src/app/App.tsx';
import { startBackend } from './backend.ts';

const at = '2021-03-26T09:00:00.000Z';

/** A meeting sent to the chairman, and the chairman's response (written as the chairman's laptop would) waiting in the inbox. */
async function meetingWithResponse() {
  const backend = startBackend();
  const { handlers } = backend;
  const committee = handlers.createCommittee({ name: 'Governing Board', defaultVenue: 'School library', defaultStartTime: '18:00' });
  handlers.addMember({ committeeId: committee.id, name: 'Councillor Kate Lymer', role: '', organisation: '', initials: '', chairRole: 'chairman' });
  const meeting = handlers.createMeeting({ committeeId: committee.id, date: '2026-11-26', startTime: '18:00', venue: 'School library', isVirtual: false, title: '' });
  const item = handlers.addAgendaItem({ meetingId: meeting.id, title: 'Budget monitoring' });
  handlers.updateAgendaItem({ itemId: item.id, notes: richTextFromParagraphs(['The Board received the budget report.']) });
  handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the budget report be noted.', parts: [] });
  handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the roof be repaired in the spring.', parts: [] });

  const target = await window.proceedings.chooseFile({ purpose: 'review-save', suggestedName: 'Governing Board 2026-11-26 v1' });
  if ('cancelled' in target) throw new Error('No place to send the review.');
  // Grants belong to the app's own handler table, so calls that take one go through window.proceedings.
  await window.proceedings.sendToChairman({ meetingId: meeting.id, target: target.grantId });
  const [reviewName] = readdirSync(join(backend.folder, 'exports')).filter((name) => name.endsWith('.proceedings-review'));
  mkdirSync(join(backend.folder, 'inbox'), { recursive: true });
  copyFileSync(join(backend.folder, 'exports', reviewName!), join(backend.folder, 'inbox', reviewName!));

  const source = await window.proceedings.chooseFile({ purpose: 'review-open', suggestedName: '' });
  if ('cancelled' in source) throw new Error('The review file was not offered.');
  const opened = await window.proceedings.openReview({ source: source.grantId });
  const reviewed = opened.minutes.items.find((candidate) => candidate.itemId === item.id)!;
  const text = itemPassageText(reviewed);
  const words = (quote: string) => {
    const start = text.indexOf(quote);
    return passageAnchor(reviewed, start, start + quote.length);
  };
  const comments: ReviewComment[] = [
    { id: crypto.randomUUID(), anchor: words('noted.'), text: 'We received it formally.', suggestion: 'received and noted.', createdAt: at, updatedAt: at },
    { id: crypto.randomUUID(), anchor: words('spring'), text: '', suggestion: 'summer', createdAt: at, updatedAt: at },
    { id: crypto.randomUUID(), anchor: { kind: 'item', itemId: item.id }, text: 'Please add the year-end figure.', suggestion: null, createdAt: at, updatedAt: at },
  ];
  await window.proceedings.saveReviewResponse({ reviewId: opened.reviewId, reviewer: 'Councillor Kate Lymer', comments, decision: { kind: 'return', message: '' } });
  window.location.hash = `#/meetings/${meeting.id}`;
  render(<App />);
  const resolutions = () => handlers.getMeeting({ meetingId: meeting.id }).byItem[item.id]!.resolutions.map((resolution) => resolution.text);
  return { backend, handlers, meeting, resolutions };
}

describe('the chairman’s response, back on the secretary’s machine', () => {
  it('shows the comments beside their minutes; one change accepted and one declined from the keyboard', async () => {
    const user = userEvent.setup();
    const { handlers, meeting, resolutions } = await meetingWithResponse();
    await user.click(await screen.findByRole('button', { name: 'Import response…' }));

    const about = await screen.findByRole('region', { name: 'About the response' });
    await waitFor(() => expect(about).toHaveTextContent('Returned with comments'));
    const panel = screen.getByRole('complementary', { name: 'Comments and suggestions' });
    await waitFor(() => expect(within(panel).getAllByRole('article', { name: /^Note \d+$/ })).toHaveLength(3));
    const notes = within(panel).getAllByRole('article', { name: /^Note \d+$/ });
    const received = notes.findIndex((note) => note.textContent?.includes('received and noted.')) + 1;
    const summer = notes.findIndex((note) => note.textContent?.includes('summer')) + 1;
    expect(notes.every((note) => note.textContent?.includes('Minute'))).toBe(true);

    // From the keyboard: the focus on Accept, then Enter.
    screen.getByRole('button', { name: `Accept note ${received}` }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/1 change applied to the draft/)).toBeInTheDocument();
    expect(resolutions()).toEqual(['that the budget report be received and noted.', 'that the roof be repaired in the spring.']);

    screen.getByRole('button', { name: `Decline note ${summer}` }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/1 change declined/)).toBeInTheDocument();
    expect(resolutions()).toEqual(['that the budget report be received and noted.', 'that the roof be repaired in the spring.']);

    const outcomes = handlers.listReviewComments({ meetingId: meeting.id }).map((comment) => [comment.suggestion, comment.outcome]);
    expect(outcomes).toEqual(expect.arrayContaining([['received and noted.', 'accepted'], ['summer', 'declined'], [null, 'comment']]));
    expect(screen.queryByRole('button', { name: /^Accept note/ })).toBeNull();
    // The change shows in the minutes beside the comments at once.
    expect(screen.getByRole('region', { name: 'Minutes for review' })).toHaveTextContent('RESOLVED that the budget report be received and noted.');
  });

  it('accepts every remaining change at once', async () => {
    const user = userEvent.setup();
    const { resolutions } = await meetingWithResponse();
    await user.click(await screen.findByRole('button', { name: 'Import response…' }));
    await user.click(await screen.findByRole('button', { name: 'Accept all' }));
    expect(await screen.findByText(/2 changes applied to the draft/)).toBeInTheDocument();
    expect(resolutions()).toEqual(['that the budget report be received and noted.', 'that the roof be repaired in the summer.']);
  });
});
