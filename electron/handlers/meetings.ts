import type { HandlerTable } from '../../shared/api.ts';
import type { AgendaItem, Committee, Meeting } from '../../shared/domain.ts';
import { emptyRichText } from '../../shared/rich-text.ts';
import { insertAgendaItem } from '../store/agenda.ts';
import { findCommittee } from '../store/committees.ts';
import { findMeeting, insertMeeting, listMeetingSummaries, updateMeetingRow } from '../store/meetings.ts';
import { found, patch, timestamp, write, type HandlerContext } from './context.ts';
import { loadMeetingDetail } from '../read-models/meeting-detail.ts';

type MeetingHandlers = Pick<HandlerTable, 'listMeetings' | 'createMeeting' | 'getMeeting' | 'updateMeeting'>;

export type NewMeetingFields = Pick<Meeting, 'date' | 'startTime' | 'venue' | 'isVirtual' | 'title' | 'previousMeetingId'>;

/** A new meeting with its agenda from the committee's template, in the caller's transaction. */
export function insertMeetingFromTemplate(
  context: HandlerContext,
  committee: Committee,
  fields: NewMeetingFields,
): { meeting: Meeting; agenda: AgendaItem[] } {
  const now = timestamp(context);
  const meeting: Meeting = {
    id: context.newId(),
    committeeId: committee.id,
    date: fields.date,
    startTime: fields.startTime,
    venue: fields.venue.trim(),
    isVirtual: fields.isVirtual,
    title: fields.title.trim(),
    status: 'draft',
    startedAt: null,
    endedAt: null,
    previousMeetingId: fields.previousMeetingId,
    nextMeetingDate: null,
    createdAt: now,
    updatedAt: now,
  };
  insertMeeting(context.db, meeting);
  const agenda = committee.agendaTemplate.map(({ title, kind }, position): AgendaItem => ({
    id: context.newId(),
    meetingId: meeting.id,
    parentId: null,
    position,
    kind,
    title,
    presenters: [],
    notes: emptyRichText(),
    postMeetingNote: '',
    updatedAt: now,
  }));
  for (const item of agenda) insertAgendaItem(context.db, item);
  return { meeting, agenda };
}

export function meetingHandlers(context: HandlerContext): MeetingHandlers {
  const { db } = context;
  return {
    listMeetings: ({ committeeId }) => {
      found(findCommittee(db, committeeId), 'That committee');
      return listMeetingSummaries(db, committeeId);
    },

    createMeeting: (input) =>
      write(context, () => {
        const committee = found(findCommittee(db, input.committeeId), 'That committee');
        return insertMeetingFromTemplate(context, committee, { ...input, previousMeetingId: null }).meeting;
      }),

    getMeeting: ({ meetingId }) => loadMeetingDetail(db, meetingId),

    updateMeeting: ({ meetingId, ...changes }) =>
      write(context, () => {
        const meeting = patch(found(findMeeting(db, meetingId), 'That meeting'), {
          ...changes,
          venue: changes.venue?.trim(),
          title: changes.title?.trim(),
          updatedAt: timestamp(context),
        });
        updateMeetingRow(db, meeting);
        return meeting;
      }),
  };
}
