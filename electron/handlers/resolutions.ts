import type { HandlerTable } from '../../shared/api.ts';
import type { Action, ActionOwner, Resolution, Vote } from '../../shared/domain.ts';
import { ApiError } from '../../shared/errors.ts';
import { outcomeFromCounts } from '../../shared/votes.ts';
import {
  clearActionsDeleted,
  detachAction,
  findAction,
  insertAction,
  listActionsDeletedWith,
  listResolutionActionIds,
  markActionsDeleted,
  nextActionPosition,
  updateActionRow,
} from '../store/actions.ts';
import { findAttendee } from '../store/attendees.ts';
import { findMeeting } from '../store/meetings.ts';
import { findMember } from '../store/members.ts';
import {
  clearResolutionDeleted,
  findResolution,
  insertResolution,
  listItemResolutions,
  markResolutionDeleted,
  updateResolutionRow,
  writeResolutionOrder,
} from '../store/resolutions.ts';
import { alreadyAdded, deletionTime, conflict, found, live, notYetDeleted, patch, timestamp, write, type HandlerContext } from './context.ts';
import { liveAgendaItem } from './item-minutes.ts';
import { confirmOfferFor } from './minutes-versions.ts';

type ResolutionHandlers = Pick<
  HandlerTable,
  | 'addResolution'
  | 'updateResolution'
  | 'deleteResolution'
  | 'restoreResolution'
  | 'reorderResolutions'
  | 'addAction'
  | 'updateAction'
  | 'deleteAction'
  | 'restoreAction'
  | 'setVote'
>;

type VoteInput = NonNullable<Parameters<HandlerTable['setVote']>[0]['vote']>;

/**
 * A vote as minuted, from what the secretary gave: counts follow from the names of a recorded
 * vote, the outcome from the counts (a tie is lost unless the chairman's casting vote carried it,
 * which the secretary says by choosing "carried"). A vote that contradicts itself is refused.
 */
export function settleVote(input: VoteInput): Vote {
  const recorded = input.recorded
    ? {
        for: input.recorded.for.map((name) => name.trim()),
        against: input.recorded.against.map((name) => name.trim()),
        abstained: input.recorded.abstained.map((name) => name.trim()),
      }
    : null;
  const fromNames = recorded && { for: recorded.for.length, against: recorded.against.length, abstentions: recorded.abstained.length };
  if (input.counts && fromNames && JSON.stringify(input.counts) !== JSON.stringify(fromNames)) {
    invalid('The numbers of votes do not match the names recorded.');
  }
  const counts = input.counts ?? fromNames ?? null;
  let outcome = input.outcome;
  if (!outcome) {
    if (!counts) invalid('Say whether the motion was carried or lost, or give the votes.');
    outcome = outcomeFromCounts(counts);
  }
  if (counts) {
    if (outcome === 'carried' && counts.for < counts.against) invalid('A motion with more votes against than for was lost, not carried.');
    if (outcome === 'lost' && counts.for > counts.against) invalid('A motion with more votes for than against was carried, not lost.');
    if (outcome === 'unanimous' && (counts.against > 0 || counts.for === 0)) {
      invalid('A unanimous vote has votes for and none against.');
    }
  }
  return { outcome, counts, recorded };
}

function invalid(message: string): never {
  throw new ApiError('invalid-input', message);
}

export function resolutionHandlers(context: HandlerContext): ResolutionHandlers {
  const { db } = context;

  const cleanParts = (parts: string[]) => parts.map((part) => part.trim());

  /** Checks the owner belongs to this meeting; returns the name kept beside an attendee owner. */
  const ownerName = (meetingId: string, owner: ActionOwner): string => {
    if ('group' in owner) return owner.group.trim();
    if ('memberId' in owner) {
      const member = findMember(db, owner.memberId);
      const meeting = findMeeting(db, meetingId)!;
      if (!member || member.committeeId !== meeting.committeeId) invalid('That action owner is not on this committee’s roster.');
      return '';
    }
    const attendee = findAttendee(db, owner.attendeeId);
    if (!attendee || attendee.deletedAt || attendee.meetingId !== meetingId) invalid('That action owner was not at this meeting.');
    return attendee.name;
  };

  const resolutionOfItem = (resolutionId: string, itemId: string) => {
    const resolution = live(findResolution(db, resolutionId), 'That resolution');
    if (resolution.itemId !== itemId) invalid('That resolution belongs to another item.');
    return resolution;
  };

  /** Where an action stands: beside the item, a resolution, or one part of it (which must exist). */
  const besideOf = (resolutionId: string | null, resolutionPart: number | null, itemId: string) => {
    if (resolutionId === null) {
      if (resolutionPart !== null) invalid('An action beside a part of a resolution needs that resolution.');
      return { resolutionId, resolutionPart: null };
    }
    const resolution = resolutionOfItem(resolutionId, itemId);
    if (resolutionPart !== null && resolutionPart >= resolution.parts.length) invalid('That resolution has no such part.');
    return { resolutionId, resolutionPart };
  };

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
          resolutionOfItem(afterResolutionId, itemId);
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

    addAction: ({ itemId, actionId, resolutionId, resolutionPart, ...fields }) =>
      write(context, () => {
        const item = liveAgendaItem(db, itemId);
        const again = actionId && alreadyAdded(findAction(db, actionId), (existing) => existing.itemId === itemId);
        if (again) {
          const { meetingId: _meetingId, ...action } = again;
          return action;
        }
        const action: Action = {
          id: actionId ?? context.newId(),
          itemId,
          ...besideOf(resolutionId, resolutionPart ?? null, itemId),
          description: fields.description.trim(),
          owner: 'group' in fields.owner ? { group: fields.owner.group.trim() } : fields.owner,
          dueDate: fields.dueDate,
          status: 'open',
          position: nextActionPosition(db, itemId),
          updatedAt: timestamp(context),
        };
        insertAction(db, item.meetingId, action, ownerName(item.meetingId, action.owner));
        return action;
      }),

    updateAction: ({ actionId, ...changes }) =>
      write(context, () => {
        const { meetingId, ...current } = live(findAction(db, actionId), 'That action');
        // A new resolution (or none) leaves the part behind unless a part is given with it.
        const resolutionId = changes.resolutionId === undefined ? current.resolutionId : changes.resolutionId;
        const resolutionPart =
          changes.resolutionPart !== undefined ? changes.resolutionPart : changes.resolutionId !== undefined ? null : current.resolutionPart;
        const owner = changes.owner && ('group' in changes.owner ? { group: changes.owner.group.trim() } : changes.owner);
        const next = patch(current, {
          ...changes,
          ...besideOf(resolutionId, resolutionPart, current.itemId),
          description: changes.description?.trim(),
          owner,
          updatedAt: timestamp(context),
        });
        updateActionRow(db, next, ownerName(meetingId, next.owner));
        return next;
      }),

    setVote: ({ resolutionId, vote }) =>
      write(context, () => {
        const { meetingId, ...current } = live(findResolution(db, resolutionId), 'That resolution');
        const next: Resolution = { ...current, vote: vote === null ? null : settleVote(vote), updatedAt: timestamp(context) };
        updateResolutionRow(db, next);
        return { ...next, confirmOffer: confirmOfferFor(db, meetingId) };
      }),

    deleteAction: ({ actionId }) =>
      write(context, () => {
        notYetDeleted(findAction(db, actionId), 'That action');
        markActionsDeleted(db, [actionId], deletionTime(context));
        return { removed: true as const };
      }),

    restoreAction: ({ actionId }) =>
      write(context, () => {
        const { meetingId: _meetingId, deletedAt, ...action } = found(findAction(db, actionId), 'That action');
        liveAgendaItem(db, action.itemId);
        if (!deletedAt) return action;
        clearActionsDeleted(db, [actionId]);
        // Its resolution may have been deleted since: then it goes back on the item itself.
        const resolution = action.resolutionId ? findResolution(db, action.resolutionId) : undefined;
        if (resolution?.deletedAt) detachAction(db, actionId, timestamp(context));
        const { meetingId: _again, deletedAt: _cleared, ...restored } = found(findAction(db, actionId), 'That action');
        return restored;
      }),
  };
}
