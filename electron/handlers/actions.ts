import type { HandlerTable } from '../../shared/api.ts';
import type { Action, ActionOwner } from '../../shared/domain.ts';
import {
  clearActionsDeleted,
  detachAction,
  findAction,
  insertAction,
  markActionsDeleted,
  nextActionPosition,
  updateActionRow,
} from '../store/actions.ts';
import { findAttendee } from '../store/attendees.ts';
import { findMeeting } from '../store/meetings.ts';
import { findMember } from '../store/members.ts';
import { findResolution } from '../store/resolutions.ts';
import { alreadyAdded, deletionTime, found, invalid, live, notYetDeleted, patch, timestamp, write, type HandlerContext } from './context.ts';
import { liveAgendaItem } from './item-minutes.ts';
import { resolutionOfItem } from './resolutions.ts';

type ActionHandlers = Pick<HandlerTable, 'addAction' | 'updateAction' | 'deleteAction' | 'restoreAction'>;

/** The actions raised at a meeting: who will do what by when, beside an item, a resolution or one of its parts. */
export function actionHandlers(context: HandlerContext): ActionHandlers {
  const { db } = context;

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

  /** Where an action stands: beside the item, a resolution, or one part of it (which must exist). */
  const besideOf = (resolutionId: string | null, resolutionPart: number | null, itemId: string) => {
    if (resolutionId === null) {
      if (resolutionPart !== null) invalid('An action beside a part of a resolution needs that resolution.');
      return { resolutionId, resolutionPart: null };
    }
    const resolution = resolutionOfItem(db, resolutionId, itemId);
    if (resolutionPart !== null && resolutionPart >= resolution.parts.length) invalid('That resolution has no such part.');
    return { resolutionId, resolutionPart };
  };

  return {
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
