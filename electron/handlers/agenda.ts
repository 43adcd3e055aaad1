import type { HandlerTable } from '../../shared/api.ts';
import { agendaOrderProblem, insertionPoint, type OrderEntry } from '../../shared/agenda-order.ts';
import type { AgendaItem } from '../../shared/domain.ts';
import { ApiError } from '../../shared/errors.ts';
import { emptyRichText } from '../../shared/rich-text.ts';
import {
  clearAgendaItemsDeleted,
  findAgendaItem,
  insertAgendaItem,
  listAgenda,
  listDeletedTogether,
  markAgendaItemsDeleted,
  updateAgendaItemRow,
  writeAgendaOrder,
} from '../store/agenda.ts';
import { findMeeting } from '../store/meetings.ts';
import { findMember } from '../store/members.ts';
import { alreadyAdded, deletionTime, found, live, notYetDeleted, patch, timestamp, write, type HandlerContext } from './context.ts';

type AgendaHandlers = Pick<
  HandlerTable,
  'addAgendaItem' | 'updateAgendaItem' | 'deleteAgendaItem' | 'restoreAgendaItem' | 'reorderAgenda'
>;

const orderOf = (items: AgendaItem[]): OrderEntry[] => items.map(({ id, parentId }) => ({ id, parentId }));

export function agendaHandlers(context: HandlerContext): AgendaHandlers {
  const { db } = context;

  const liveItem = (itemId: string) => live(findAgendaItem(db, itemId), 'That agenda item');

  return {
    addAgendaItem: ({ meetingId, itemId, title, afterItemId }) =>
      write(context, () => {
        found(findMeeting(db, meetingId), 'That meeting');
        const again = itemId && alreadyAdded(findAgendaItem(db, itemId), (existing) => existing.meetingId === meetingId);
        if (again) return again;
        const order = orderOf(listAgenda(db, meetingId));
        if (afterItemId && liveItem(afterItemId).meetingId !== meetingId) {
          throw new ApiError('invalid-input', 'That item is in another meeting.');
        }
        const { insertAt, parentId } = insertionPoint(order, afterItemId);
        const item: AgendaItem = {
          id: itemId ?? context.newId(),
          meetingId,
          parentId,
          position: insertAt,
          kind: 'general',
          title: title.trim(),
          presenters: [],
          notes: emptyRichText(),
          postMeetingNote: '',
          updatedAt: timestamp(context),
        };
        insertAgendaItem(db, item);
        order.splice(insertAt, 0, { id: item.id, parentId });
        writeAgendaOrder(db, order);
        return item;
      }),

    updateAgendaItem: ({ itemId, ...changes }) =>
      write(context, () => {
        const current = liveItem(itemId);
        for (const presenter of changes.presenters ?? []) {
          if ('memberId' in presenter) {
            const member = findMember(db, presenter.memberId);
            const meeting = findMeeting(db, current.meetingId)!;
            if (!member || member.committeeId !== meeting.committeeId) {
              throw new ApiError('invalid-input', 'A presenter is not on this committee’s roster.');
            }
          }
        }
        const next = patch(current, { ...changes, updatedAt: timestamp(context) });
        updateAgendaItemRow(db, next, current);
        return next;
      }),

    deleteAgendaItem: ({ itemId }) =>
      write(context, () => {
        const item = notYetDeleted(findAgendaItem(db, itemId), 'That agenda item');
        const ids = [itemId, ...listAgenda(db, item.meetingId).filter((c) => c.parentId === itemId).map((c) => c.id)];
        markAgendaItemsDeleted(db, ids, deletionTime(context));
        return { deletedIds: ids };
      }),

    restoreAgendaItem: ({ itemId }) =>
      write(context, () => {
        const item = found(findAgendaItem(db, itemId), 'That agenda item');
        if (!item.deletedAt) return listAgenda(db, item.meetingId);
        clearAgendaItemsDeleted(db, listDeletedTogether(db, itemId, item.deletedAt));
        // Put everything back in stored order; a sub-item whose main item is gone becomes a main item.
        const items = listAgenda(db, item.meetingId);
        const ids = new Set(items.map((candidate) => candidate.id));
        const order = normalise(
          items.map(({ id, parentId }) => ({ id, parentId: parentId && ids.has(parentId) ? parentId : null })),
        );
        writeAgendaOrder(db, order);
        return listAgenda(db, item.meetingId);
      }),

    reorderAgenda: ({ meetingId, order }) =>
      write(context, () => {
        found(findMeeting(db, meetingId), 'That meeting');
        const current = new Set(listAgenda(db, meetingId).map((item) => item.id));
        const proposed = new Set(order.map((entry) => entry.id));
        if (proposed.size !== order.length || proposed.size !== current.size || ![...proposed].every((id) => current.has(id))) {
          throw new ApiError('conflict', 'The agenda changed while it was being reordered; please try again.');
        }
        const problem = agendaOrderProblem(order);
        if (problem) throw new ApiError('invalid-input', problem);
        writeAgendaOrder(db, order);
        return listAgenda(db, meetingId);
      }),
  };
}

/** Groups each sub-item under its main item, keeping the relative order of everything else. */
function normalise(order: OrderEntry[]): OrderEntry[] {
  const result: OrderEntry[] = [];
  for (const entry of order.filter((candidate) => candidate.parentId === null)) {
    result.push(entry, ...order.filter((candidate) => candidate.parentId === entry.id));
  }
  return result;
}
