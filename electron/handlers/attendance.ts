import type { HandlerTable } from '../../shared/api.ts';
import {
  guestStatuses,
  memberStatuses,
  type AttendanceEntry,
  type AttendanceStatus,
  type Member,
} from '../../shared/domain.ts';
import { findAgendaItem } from '../store/agenda.ts';
import {
  findAttendee,
  findMemberAttendee,
  insertAttendee,
  nextAttendeePosition,
  updateAttendeeRow,
  type Attendee,
} from '../store/attendees.ts';
import { guestEntry, memberEntry } from '../read-models/attendance.ts';
import { findMeeting } from '../store/meetings.ts';
import { findMember } from '../store/members.ts';
import { clearDeleted, markDeleted } from '../store/soft-delete.ts';
import { alreadyAdded, deletionTime, found, invalid, live, notYetDeleted, patch, write, type HandlerContext } from './context.ts';

type AttendanceHandlers = Pick<HandlerTable, 'setAttendance' | 'addAttendee' | 'updateAttendee' | 'removeAttendee' | 'restoreAttendee'>;

export function attendanceHandlers(context: HandlerContext): AttendanceHandlers {
  const { db } = context;

  const committeeMember = (committeeId: string, memberId: string): Member => {
    const member = found(findMember(db, memberId), 'That member');
    if (member.committeeId !== committeeId) invalid('That person is not on this committee’s roster.');
    return member;
  };

  const memberRow = (meetingId: string, member: Member): Attendee =>
    findMemberAttendee(db, meetingId, member.id) ?? {
      id: context.newId(),
      meetingId,
      memberId: member.id,
      name: '',
      role: '',
      organisation: '',
      status: 'unmarked',
      substituteForMemberId: null,
      arrivedAt: null,
      arrivedDuringItemId: null,
      leftAt: null,
      leftDuringItemId: null,
      position: nextAttendeePosition(db, meetingId),
    };

  const save = (row: Attendee, isNew: boolean) => (isNew ? insertAttendee(db, row) : updateAttendeeRow(db, row));

  const entryFor = (row: Attendee): AttendanceEntry =>
    row.memberId ? memberEntry(findMember(db, row.memberId)!, row) : guestEntry(row);

  const allowedStatuses = (row: Attendee): readonly AttendanceStatus[] =>
    row.memberId ? memberStatuses : row.status === 'substitute' ? ['substitute'] : guestStatuses;

  return {
    setAttendance: ({ meetingId, who, ...changes }) =>
      write(context, () => {
        const meeting = found(findMeeting(db, meetingId), 'That meeting');
        let row: Attendee;
        if ('memberId' in who) {
          row = memberRow(meetingId, committeeMember(meeting.committeeId, who.memberId));
        } else {
          row = live(findAttendee(db, who.attendeeId), 'That attendee');
          if (row.meetingId !== meetingId) invalid('That attendee belongs to another meeting.');
        }
        const isNew = !findAttendee(db, row.id);
        if (changes.status && !allowedStatuses(row).includes(changes.status)) {
          invalid(`“${changes.status}” is not a choice for this person.`);
        }
        for (const itemId of [changes.arrivedDuringItemId, changes.leftDuringItemId]) {
          if (!itemId) continue;
          const item = findAgendaItem(db, itemId);
          if (!item || item.meetingId !== meetingId) invalid('That agenda item is not part of this meeting.');
        }
        const next = patch(row, changes);
        save(next, isNew);
        return entryFor(next);
      }),

    addAttendee: ({ meetingId, attendeeId, substituteForMemberId, ...fields }) =>
      write(context, () => {
        const meeting = found(findMeeting(db, meetingId), 'That meeting');
        const again = attendeeId && alreadyAdded(findAttendee(db, attendeeId), (existing) => existing.meetingId === meetingId && !existing.memberId);
        if (again) return guestEntry(again);
        if (fields.status === 'substitute') {
          if (!substituteForMemberId) invalid('Choose the member this person is substituting for.');
          const member = committeeMember(meeting.committeeId, substituteForMemberId);
          // A member who sends a substitute has sent apologies, unless already recorded otherwise.
          const absentee = memberRow(meetingId, member);
          if (absentee.status === 'unmarked') {
            const isNew = !findAttendee(db, absentee.id);
            save({ ...absentee, status: 'apologies' }, isNew);
          }
        } else if (substituteForMemberId) {
          invalid('Only a substitute can stand in for a member.');
        }
        const row: Attendee = {
          id: attendeeId ?? context.newId(),
          meetingId,
          memberId: null,
          name: fields.name.trim(),
          role: fields.role.trim(),
          organisation: fields.organisation.trim(),
          status: fields.status,
          substituteForMemberId: fields.status === 'substitute' ? substituteForMemberId : null,
          arrivedAt: null,
          arrivedDuringItemId: null,
          leftAt: null,
          leftDuringItemId: null,
          position: nextAttendeePosition(db, meetingId),
        };
        insertAttendee(db, row);
        return guestEntry(row);
      }),

    updateAttendee: ({ attendeeId, ...changes }) =>
      write(context, () => {
        const row = live(findAttendee(db, attendeeId), 'That attendee');
        if (row.memberId) invalid('Roster members are edited in the committee’s roster.');
        const next = patch(row, {
          ...changes,
          name: changes.name?.trim(),
          role: changes.role?.trim(),
          organisation: changes.organisation?.trim(),
        });
        updateAttendeeRow(db, next);
        return guestEntry(next);
      }),

    // Their actions and declarations keep the link, and name them by the name they kept meanwhile.
    removeAttendee: ({ attendeeId }) =>
      write(context, () => {
        const row = notYetDeleted(findAttendee(db, attendeeId), 'That attendee');
        if (row.memberId) invalid('Roster members stay on the list; mark them absent instead.');
        markDeleted(db, 'attendees', [attendeeId], deletionTime(context));
        return { removed: true as const };
      }),

    restoreAttendee: ({ attendeeId }) =>
      write(context, () => {
        const { deletedAt, ...row } = found(findAttendee(db, attendeeId), 'That attendee');
        if (row.memberId) invalid('Roster members stay on the list; mark them absent instead.');
        if (deletedAt) clearDeleted(db, 'attendees', [attendeeId]);
        return guestEntry(row);
      }),
  };
}

