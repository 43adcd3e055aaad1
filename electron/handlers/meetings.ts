import type { HandlerTable } from '../../shared/api.ts';
import type { Meeting } from '../../shared/domain.ts';
import { emptyRichText } from '../../shared/rich-text.ts';
import { insertAgendaItem } from '../store/agenda.ts';
import { findCommittee } from '../store/committees.ts';
import { findMeeting, insertMeeting, listMeetingSummaries, updateMeetingRow } from '../store/meetings.ts';
import { found, patch, timestamp, write, type HandlerContext } from './context.ts';
import { loadMeetingDetail } from './meeting-records.ts';

type MeetingHandlers = Pick<HandlerTable, 'listMeetings' | 'createMeeting' | 'getMeeting' | 'updateMeeting'>;

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
        const now = timestamp(context);
        const meeting: Meeting = {
          id: context.newId(),
          committeeId: committee.id,
          date: input.date,
          startTime: input.startTime,
          venue: input.venue.trim(),
          isVirtual: input.isVirtual,
          title: input.title.trim(),
          status: 'draft',
          startedAt: null,
          endedAt: null,
          createdAt: now,
          updatedAt: now,
        };
        insertMeeting(db, meeting);
        committee.agendaTemplate.forEach(({ title, kind }, position) =>
          insertAgendaItem(db, {
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
          }),
        );
        return meeting;
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
