import type { HandlerTable } from '../../shared/api.ts';
import type { Declarant, Declaration } from '../../shared/domain.ts';
import { findAttendee } from '../store/attendees.ts';
import {
  clearDeclarationDeleted,
  findDeclaration,
  insertDeclaration,
  markDeclarationDeleted,
  nextDeclarationPosition,
  updateDeclarationRow,
} from '../store/declarations.ts';
import { findMeeting } from '../store/meetings.ts';
import { findMember } from '../store/members.ts';
import { alreadyAdded, deletionTime, found, invalid, live, notYetDeleted, patch, timestamp, write, type HandlerContext } from './context.ts';
import { liveAgendaItem } from './item-minutes.ts';
import { personLabel } from '../../shared/compose/people.ts';

type DeclarationHandlers = Pick<HandlerTable, 'addDeclaration' | 'updateDeclaration' | 'deleteDeclaration' | 'restoreDeclaration'>;

export function declarationHandlers(context: HandlerContext): DeclarationHandlers {
  const { db } = context;

  /** Checks the person belongs to this meeting; returns the name kept beside the declaration. */
  const nameOf = (meetingId: string, who: Declarant): string => {
    if ('name' in who) return who.name;
    if ('memberId' in who) {
      const member = findMember(db, who.memberId);
      const meeting = findMeeting(db, meetingId)!;
      if (!member || member.committeeId !== meeting.committeeId) invalid('That person is not on this committee’s roster.');
      return personLabel(member);
    }
    const attendee = findAttendee(db, who.attendeeId);
    if (!attendee || attendee.deletedAt || attendee.meetingId !== meetingId) invalid('That person was not at this meeting.');
    return attendee.name;
  };

  const checkItem = (meetingId: string, itemId: string | null) => {
    if (itemId && liveAgendaItem(db, itemId).meetingId !== meetingId) invalid('That agenda item is not part of this meeting.');
  };

  return {
    addDeclaration: ({ meetingId, declarationId, who, itemId, ...fields }) =>
      write(context, () => {
        found(findMeeting(db, meetingId), 'That meeting');
        const again = declarationId && alreadyAdded(findDeclaration(db, declarationId), (existing) => existing.meetingId === meetingId);
        if (again) return again;
        checkItem(meetingId, itemId);
        const declaration: Declaration = {
          id: declarationId ?? context.newId(),
          meetingId,
          who,
          itemId,
          nature: fields.nature,
          description: fields.description.trim(),
          leftRoom: fields.leftRoom,
          position: nextDeclarationPosition(db, meetingId),
          updatedAt: timestamp(context),
        };
        if (declaration.leftRoom && !itemId) invalid('Choose the item they left the room for.');
        insertDeclaration(db, declaration, nameOf(meetingId, who));
        return declaration;
      }),

    updateDeclaration: ({ declarationId, ...changes }) =>
      write(context, () => {
        const current = live(findDeclaration(db, declarationId), 'That declaration');
        if (changes.itemId !== undefined) checkItem(current.meetingId, changes.itemId);
        const next = patch(current, { ...changes, description: changes.description?.trim(), updatedAt: timestamp(context) });
        if (next.leftRoom && !next.itemId) invalid('Choose the item they left the room for.');
        updateDeclarationRow(db, next, nameOf(current.meetingId, next.who));
        return next;
      }),

    deleteDeclaration: ({ declarationId }) =>
      write(context, () => {
        const declaration = notYetDeleted(findDeclaration(db, declarationId), 'That declaration');
        markDeclarationDeleted(db, declaration, deletionTime(context));
        return { removed: true as const };
      }),

    restoreDeclaration: ({ declarationId }) =>
      write(context, () => {
        const { deletedAt, ...declaration } = found(findDeclaration(db, declarationId), 'That declaration');
        if (declaration.itemId) liveAgendaItem(db, declaration.itemId);
        // Declarations are minuted in the order they were made, so it goes back where it was.
        if (deletedAt) clearDeclarationDeleted(db, declaration);
        return declaration;
      }),
  };
}
