// Under test: shared/review-apply.ts (a suggestion as an edit of the draft's own fields) and
// shared/compare.ts (items added, removed, moved and changed, word by word). Threat: a suggestion
// that loses formatting or lands in the wrong field; a comparison that misreports a known edit.
import { describe, expect, it } from 'vitest';
import { compareMinutes } from '../../shared/compare.ts';
import { composeMinutes } from '../../shared/compose/index.ts';
import { meetingFileFromDetail } from '../../shared/meeting-file.ts';
import { itemPassageText, passageAnchor } from '../../shared/review.ts';
import { planSuggestion } from '../../shared/review-apply.ts';
import { sha256Hex } from '../../electron/hash.ts';
import { openTestApp, seedMeeting } from './harness.ts';

function meetingWithNotes() {
  const app = openTestApp();
  const { meeting } = seedMeeting(app);
  const item = app.handlers.getMeeting({ meetingId: meeting.id }).agenda[0]!;
  app.handlers.updateAgendaItem({
    itemId: item.id,
    notes: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'The Chairman welcomed ' }, { type: 'text', text: 'all members', marks: [{ type: 'bold' }] }, { type: 'text', text: ' to the meeting.' }] },
      ],
    },
  });
  return { app, meetingId: meeting.id, itemId: item.id };
}

describe('a suggestion becomes an edit of the draft', () => {
  it('replaces words across formatted runs, keeping the formatting either side', () => {
    const { app, meetingId, itemId } = meetingWithNotes();
    const detail = app.handlers.getMeeting({ meetingId });
    const items = composeMinutes(detail, { mode: 'full' }).items;
    const item = items.find((each) => each.itemId === itemId)!;
    const text = itemPassageText(item);
    const start = text.indexOf('members to');
    const plan = planSuggestion(detail, items, passageAnchor(item, start, start + 'members to'.length), 'guests to');
    expect(plan).toEqual({
      ok: true,
      edit: {
        field: 'notes',
        itemId,
        notes: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'The Chairman welcomed ' },
                { type: 'text', text: 'all guests', marks: [{ type: 'bold' }] },
                { type: 'text', text: ' to the meeting.' },
              ],
            },
          ],
        },
      },
    });
  });

  it('a passage that is no longer there cannot be applied', () => {
    const { app, meetingId, itemId } = meetingWithNotes();
    const detail = app.handlers.getMeeting({ meetingId });
    const item = composeMinutes(detail, { mode: 'full' }).items.find((each) => each.itemId === itemId)!;
    const anchor = passageAnchor(item, 4, 12);
    app.handlers.updateAgendaItem({ itemId, notes: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nothing like it.' }] }] } });
    const now = app.handlers.getMeeting({ meetingId });
    expect(planSuggestion(now, composeMinutes(now, { mode: 'full' }).items, anchor, 'x')).toEqual({
      ok: false,
      message: 'The passage is no longer in the minutes, so the suggestion cannot be applied.',
    });
  });
});

describe('compare on known edits', () => {
  it('reports an added, a removed, a moved and a changed item, and attendance', () => {
    const { app, meetingId, itemId } = meetingWithNotes();
    const side = { label: '', version: null, state: 'draft' as const, at: null };
    const before = meetingFileFromDetail(app.handlers.getMeeting({ meetingId }), sha256Hex);
    const agenda = app.handlers.getMeeting({ meetingId }).agenda;
    app.handlers.deleteAgendaItem({ itemId: agenda[2]!.id });
    const added = app.handlers.addAgendaItem({ meetingId, title: 'Budget' });
    app.handlers.reorderAgenda({
      meetingId,
      order: [agenda[1]!, agenda[0]!, ...agenda.slice(3)].map((item) => ({ id: item.id, parentId: null })).concat([{ id: added.id, parentId: null }]),
    });
    app.handlers.updateAgendaItem({ itemId, notes: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The Chairman warmly welcomed all members to the meeting.' }] }] } });
    const detail = app.handlers.getMeeting({ meetingId });
    app.handlers.setAttendance({ meetingId, who: { memberId: detail.members[0]!.id }, status: 'present', arrivedAt: '10:20' });
    const after = meetingFileFromDetail(app.handlers.getMeeting({ meetingId }), sha256Hex);
    const result = compareMinutes(before, after, { from: side, to: side });
    const byId = new Map(result.items.map((item) => [item.itemId, item]));
    expect(byId.get(added.id)!.change).toBe('added');
    expect(byId.get(agenda[2]!.id)!.change).toBe('removed');
    expect(byId.get(itemId)).toMatchObject({ change: 'changed', isMoved: true });
    expect(byId.get(itemId)!.text.filter((run) => run.kind !== 'same')).toEqual([{ kind: 'inserted', text: 'warmly ' }]);
    expect(result.attendance).toContainEqual({ person: 'Councillor Kate Lymer', change: 'changed', from: 'Not marked', to: 'Present, arrived 10.20 am' });
    expect(result.summary).toMatchObject({ itemsAdded: 1, itemsRemoved: 1 });
    expect(result.isSame).toBe(false);
    expect(compareMinutes(after, after, { from: side, to: side }).isSame).toBe(true);
  });
});
