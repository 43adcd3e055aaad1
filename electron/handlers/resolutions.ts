import type { HandlerTable } from '../../shared/api.ts';
import type { Resolution } from '../../shared/domain.ts';
import { settleVote } from '../../shared/votes.ts';
import {
  clearActionsDeleted,
  findAction,
  listActionsDeletedWith,
  listResolutionActionIds,
  markActionsDeleted,
} from '../store/actions.ts';
import type { Db } from '../store/database.ts';
import {
  clearResolutionDeleted,
  findResolution,
  insertResolution,
  listItemResolutions,
  markResolutionDeleted,
  updateResolutionRow,
  writeResolutionOrder,
} from '../store/resolutions.ts';
import { alreadyAdded, conflict, deletionTime, found, invalid, live, notYetDeleted, patch, timestamp, write, type HandlerContext } from './context.ts';
import { liveAgendaItem } from './item-minutes.ts';
import { confirmOfferFor } from '../read-models/minutes-status.ts';

type ResolutionHandlers = Pick<
  HandlerTable,
  | 'addResolution'
  | 'updateResolution'
  | 'deleteResolution'
  | 'restoreResolution'
  | 'reorderResolutions'
  | 'setVote'
>;

/** A live resolution of this item: what an action or a new resolution may stand beside or after. */
export function resolutionOfItem(db: Db, resolutionId: string, itemId: string) {
  const resolution = live(findResolution(db, resolutionId), 'That resolution');
  if (resolution.itemId !== itemId) invalid('That resolution belongs to another item.');
  return resolution;
}

export function resolutionHandlers(context: HandlerContext): ResolutionHandlers {
  const { db } = context;

  const cleanParts = (parts: string[]) => parts.map((part) => part.trim());

  const listActionsOf = (resolutionId: string) =>
    listResolutionActionIds(db, resolutionId).map((actionId) => {
      const { meetingId: _meetingId, deletedAt: _deletedAt, ...action } = found(findAction(db, actionId), 'That action');
      return action;
    });

  return {
    addResolution: ({ itemId, resolutionId, afterResolutionId, ...fields }) =>
      write(context, () => {
        const item = liveAgendaItem(db, itemId);
        const again = resolutionId && alreadyAdded(findResolution(db, resolutionId), (existing) => existing.itemId === itemId);
        if (again) {
          const { meetingId: _meetingId, ...resolution } = again;
          return { ...resolution, confirmOffer: confirmOfferFor(db, item.meetingId) };
        }
        const order = listItemResolutions(db, itemId).map((resolution) => resolution.id);
        let insertAt = order.length;
        if (afterResolutionId) {
          resolutionOfItem(db, afterResolutionId, itemId);
          insertAt = order.indexOf(afterResolutionId) + 1;
        }
        const resolution: Resolution = {
          id: resolutionId ?? context.newId(),
          itemId,
          form: fields.form,
          text: fields.text.trim(),
          parts: cleanParts(fields.parts),
          vote: null,
          position: insertAt,
          updatedAt: timestamp(context),
        };
        insertResolution(db, item.meetingId, resolution);
        order.splice(insertAt, 0, resolution.id);
        writeResolutionOrder(db, order);
        return { ...resolution, confirmOffer: confirmOfferFor(db, item.meetingId) };
      }),

    updateResolution: ({ resolutionId, ...changes }) =>
      write(context, () => {
        const { meetingId, ...current } = live(findResolution(db, resolutionId), 'That resolution');
        const next = patch(current, {
          ...changes,
          text: changes.text?.trim(),
          parts: changes.parts && cleanParts(changes.parts),
          updatedAt: timestamp(context),
        });
        updateResolutionRow(db, next);
        return { ...next, confirmOffer: confirmOfferFor(db, meetingId) };
      }),

    deleteResolution: ({ resolutionId }) =>
      write(context, () => {
        notYetDeleted(findResolution(db, resolutionId), 'That resolution');
        // Its actions go with it, marked at the same moment so that its restore brings them back.
        const deletedAt = deletionTime(context);
        const deletedActionIds = listResolutionActionIds(db, resolutionId);
        markActionsDeleted(db, deletedActionIds, deletedAt);
        markResolutionDeleted(db, resolutionId, deletedAt);
        return { deletedActionIds };
      }),

    restoreResolution: ({ resolutionId }) =>
      write(context, () => {
        const { meetingId: _meetingId, deletedAt, ...resolution } = found(findResolution(db, resolutionId), 'That resolution');
        liveAgendaItem(db, resolution.itemId);
        if (!deletedAt) return { resolution, actions: listActionsOf(resolution.id) };
        const actions = listActionsDeletedWith(db, resolutionId, deletedAt);
        clearResolutionDeleted(db, resolutionId);
        clearActionsDeleted(db, actions.map((action) => action.id));
        // Back in the place it had: later adds and moves renumbered the others around the gap.
        const order = listItemResolutions(db, resolution.itemId).map((candidate) => candidate.id).filter((id) => id !== resolutionId);
        order.splice(Math.min(resolution.position, order.length), 0, resolutionId);
        writeResolutionOrder(db, order);
        const restored = found(findResolution(db, resolutionId), 'That resolution');
        return { resolution: { ...resolution, position: restored.position }, actions: listActionsOf(resolution.id) };
      }),

    reorderResolutions: ({ itemId, resolutionIds }) =>
      write(context, () => {
        liveAgendaItem(db, itemId);
        const current = new Set(listItemResolutions(db, itemId).map((resolution) => resolution.id));
        if (resolutionIds.length !== current.size || !resolutionIds.every((id) => current.delete(id))) {
          conflict('The resolutions changed while they were being reordered; please try again.');
        }
        writeResolutionOrder(db, resolutionIds);
        return listItemResolutions(db, itemId);
      }),

    setVote: ({ resolutionId, vote }) =>
      write(context, () => {
        const { meetingId, ...current } = live(findResolution(db, resolutionId), 'That resolution');
        const next: Resolution = { ...current, vote: vote === null ? null : settleVote(vote), updatedAt: timestamp(context) };
        updateResolutionRow(db, next);
        return { ...next, confirmOffer: confirmOfferFor(db, meetingId) };
      }),

  };
}
