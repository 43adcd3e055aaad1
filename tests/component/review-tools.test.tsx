// Under test: renderer/src/review/ReviewWorkspace.tsx and NoteComposer.tsx — the chairman's comment
// and rewording tools, used from the keyboard alone, over minutes composed from a real meeting on a
// real data file. What the tools hand over is checked against the item's text as shared/review.ts counts it.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { composeMinutes } from '../../shared/compose/index.ts';
import type { MinutesDocument } from '../../shared/compose/model.ts';
import { itemPassageText, type ReviewComment } from '../../shared/review.ts';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { newComment } from '../../renderer/src/review/review-notes.ts';
import { ReviewWorkspace } from '../../renderer/src/review/ReviewWorkspace.tsx';
import { startBackend } from './backend.ts';

function composedMeeting(): MinutesDocument {
  const { handlers } = startBackend();
  const committee = handlers.createCommittee({ name: 'Governing Board', defaultVenue: 'School library', defaultStartTime: '18:00' });
  handlers.addMember({ committeeId: committee.id, name: 'Councillor Kate Lymer', role: '', organisation: '', initials: '', chairRole: 'chairman' });
  const meeting = handlers.createMeeting({ committeeId: committee.id, date: '2026-11-26', startTime: '18:00', venue: 'School library', isVirtual: false, title: '' });
  const item = handlers.addAgendaItem({ meetingId: meeting.id, title: 'Budget monitoring' });
  handlers.updateAgendaItem({ itemId: item.id, notes: richTextFromParagraphs(['The Board received the budget report.', 'Governors asked about the roof repairs.']) });
  handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the budget report be noted.', parts: [] });
  return composeMinutes(handlers.getMeeting({ meetingId: meeting.id }), { mode: 'full' });
}

function Desk({ minutes, saved }: { minutes: MinutesDocument; saved: ReviewComment[] }) {
  const [comments, setComments] = useState<ReviewComment[]>([]);
  return (
    <ReviewWorkspace
      minutes={minutes}
      comments={comments}
      onAdd={(draft) => {
        const comment = newComment(draft);
        saved.push(comment);
        setComments((all) => [...all, comment]);
      }}
      onRemove={(comment) => setComments((all) => all.filter((candidate) => candidate.id !== comment.id))}
    />
  );
}

const budgetItem = (minutes: MinutesDocument) => minutes.items.find((item) => item.title === 'BUDGET MONITORING')!;

async function goToBudgetItem(user: ReturnType<typeof userEvent.setup>, minutes: MinutesDocument) {
  const steps = minutes.items.indexOf(budgetItem(minutes));
  for (let step = 0; step < steps; step++) await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
  await screen.findByRole('heading', { name: `Minute ${budgetItem(minutes).number}: BUDGET MONITORING` });
}

describe('the chairman’s review tools', () => {
  it('comments on a minute from the keyboard: Alt+↓ to it, Ctrl+Alt+M, type, Ctrl+Enter', async () => {
    const user = userEvent.setup();
    const minutes = composedMeeting();
    const saved: ReviewComment[] = [];
    render(<Desk minutes={minutes} saved={saved} />);
    await goToBudgetItem(user, minutes);

    await user.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    const form = screen.getByRole('form', { name: 'New comment' });
    expect(within(form).getByRole('textbox', { name: 'Comment' })).toHaveFocus();
    await user.keyboard('Please add the figure for the roof.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(screen.queryByRole('form', { name: 'New comment' })).toBeNull();
    const note = screen.getByRole('article', { name: 'Note 1' });
    expect(note).toHaveTextContent('Please add the figure for the roof.');
    expect(note).toHaveTextContent(`Minute ${budgetItem(minutes).number}: BUDGET MONITORING`);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ anchor: { kind: 'item', itemId: budgetItem(minutes).itemId }, text: 'Please add the figure for the roof.', suggestion: null });
    // The focus goes back to the tools, so the next comment is one shortcut away.
    expect(screen.getByRole('button', { name: /^Comment…/ })).toHaveFocus();
  });

  it('anchors a comment to one paragraph chosen from the list, and Escape puts a comment away unsaved', async () => {
    const user = userEvent.setup();
    const minutes = composedMeeting();
    const saved: ReviewComment[] = [];
    render(<Desk minutes={minutes} saved={saved} />);
    await goToBudgetItem(user, minutes);

    await user.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    await user.keyboard('Not this one');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'New comment' })).toBeNull();
    expect(saved).toHaveLength(0);

    await user.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    const form = screen.getByRole('form', { name: 'New comment' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'About' }), 'Paragraph 2: Governors asked about the roof repairs.');
    await user.type(within(form).getByRole('textbox', { name: 'Comment' }), 'Which repairs?');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const item = budgetItem(minutes);
    const anchor = saved[0]!.anchor;
    expect(anchor).toMatchObject({ kind: 'passage', itemId: item.itemId, quote: 'Governors asked about the roof repairs.' });
    if (anchor.kind !== 'passage') throw new Error('A passage anchor was expected.');
    expect(itemPassageText(item).slice(anchor.start, anchor.end)).toBe(anchor.quote);
    expect(screen.getByRole('article', { name: 'Note 1' })).toHaveTextContent('“Governors asked about the roof repairs.”');
  });

  it('proposes new wording for a resolution: only the words changed travel, shown in their sentence as words put in', async () => {
    const user = userEvent.setup();
    const minutes = composedMeeting();
    const saved: ReviewComment[] = [];
    render(<Desk minutes={minutes} saved={saved} />);
    await goToBudgetItem(user, minutes);

    await user.keyboard('{Control>}{Shift>}e{/Shift}{/Control}');
    const form = screen.getByRole('form', { name: 'Propose new wording' });
    const passage = within(form).getByRole('combobox', { name: 'Passage to reword' });
    expect(passage).toHaveFocus();
    await user.selectOptions(passage, 'Resolution 1: RESOLVED that the budget report be noted.');
    const wording = within(form).getByRole('textbox', { name: 'New wording' });
    expect(wording).toHaveValue('RESOLVED that the budget report be noted.');
    await user.clear(wording);
    await user.type(wording, 'RESOLVED that the budget report be received and noted.');
    await user.type(within(form).getByRole('textbox', { name: 'Why (optional)' }), 'We received it formally.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const item = budgetItem(minutes);
    const [proposal] = saved;
    expect(proposal).toMatchObject({ text: 'We received it formally.', suggestion: 'received and noted.' });
    expect(proposal!.anchor).toMatchObject({ kind: 'passage', itemId: item.itemId, quote: 'noted.' });
    if (proposal!.anchor.kind !== 'passage') throw new Error('A passage anchor was expected.');
    const text = itemPassageText(item);
    expect(text.slice(proposal!.anchor.start, proposal!.anchor.end)).toBe('noted.');
    expect(text.slice(0, proposal!.anchor.start).endsWith('RESOLVED that the budget report be ')).toBe(true);

    // Shown as the words put in, in their sentence: "…budget report be [received and] noted."
    const note = screen.getByRole('article', { name: 'Note 1' });
    expect(within(note).queryByRole('deletion')).toBeNull();
    expect(within(note).getByRole('insertion')).toHaveAccessibleName('Put in: received and');
    expect(note.querySelector('.note-change')).toHaveTextContent('Proposed change: …the budget report be received and noted.');
  });

  it('refuses a proposal that changes nothing, and shows what the chairman wrote as text, never as markup', async () => {
    const user = userEvent.setup();
    const minutes = composedMeeting();
    const saved: ReviewComment[] = [];
    render(<Desk minutes={minutes} saved={saved} />);
    await goToBudgetItem(user, minutes);

    await user.keyboard('{Control>}{Shift>}e{/Shift}{/Control}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('alert')).toHaveTextContent('The new wording is the same as the current one.');
    expect(saved).toHaveLength(0);
    await user.keyboard('{Escape}');

    await user.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    await user.keyboard('<img src=x onerror=alert(1)> <b>bold</b>');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const note = screen.getByRole('article', { name: 'Note 1' });
    expect(note).toHaveTextContent('<img src=x onerror=alert(1)> <b>bold</b>');
    expect(note.querySelector('img, b')).toBeNull();
  });
});
