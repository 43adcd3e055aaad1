import type { HandlerTable } from '../../shared/api.ts';
import type { MinuteIndexEntry } from '../../shared/domain.ts';
import { compareMeetings, firstMinuteNumber, numberAgenda } from '../../shared/numbering.ts';
import { formatDate } from '../../shared/wording.ts';
import { listAgendaOrder } from '../store/agenda.ts';
import { findCommittee } from '../store/committees.ts';
import { findHouseStyle } from '../store/house-styles.ts';
import { findFollowingMeeting, findMeeting, listMainItemCounts, listMeetingsUpTo } from '../store/meetings.ts';
import { insertResolution } from '../store/resolutions.ts';
import { carryForward } from './action-log.ts';
import { conflict, found, invalid, timestamp, write, type HandlerContext } from './context.ts';
import { insertMeetingFromTemplate } from './meetings.ts';

type ContinuityHandlers = Pick<HandlerTable, 'createNextMeeting' | 'listMinuteIndex'>;

export function continuityHandlers(context: HandlerContext): ContinuityHandlers {
  const { db } = context;
  return {
    createNextMeeting: ({ meetingId, ...input }) =>
      write(context, () => {
        const previous = found(findMeeting(db, meetingId), 'That meeting');
        const committee = found(findCommittee(db, previous.committeeId), 'That committee');
        const style = findHouseStyle(db, committee.id);
        const previousDate = formatDate(previous.date, style.dateStyle);
        const following = findFollowingMeeting(db, previous.id);
        if (following) {
          conflict(`The meeting after ${previousDate} has already been created (${formatDate(following.date, style.dateStyle)}).`);
        }
        const date = input.date ?? previous.nextMeetingDate;
        if (!date) invalid('Give the date of the next meeting (or record it as this meeting’s date of next meeting).');
        const startTime = input.startTime ?? previous.startTime;
        if (compareMeetings({ id: '', date, startTime }, { id: '', date: previous.date, startTime: previous.startTime }) <= 0) {
          invalid(`The next meeting must come after the meeting of ${previousDate}.`);
        }
        const { meeting, agenda } = insertMeetingFromTemplate(context, committee, {
          date,
          startTime,
          venue: input.venue ?? previous.venue,
          isVirtual: input.isVirtual ?? previous.isVirtual,
          title: input.title ?? '',
          previousMeetingId: previous.id,
        });
        const minutesItem = agenda.find((item) => item.kind === 'previous-minutes');
        if (minutesItem) {
          insertResolution(db, meeting.id, {
            id: context.newId(),
            itemId: minutesItem.id,
            form: 'resolved',
            text: `that the minutes of the meeting held on ${previousDate} be agreed as a correct record.`,
            parts: [],
            vote: null,
            position: 0,
            updatedAt: timestamp(context),
          });
        }
        carryForward(context, meeting, agenda);
        return meeting;
      }),

    listMinuteIndex: ({ meetingId }) =>
      db
        .transaction(() => {
          const meeting = found(findMeeting(db, meetingId), 'That meeting');
          const { minuteNumbering } = found(findCommittee(db, meeting.committeeId), 'That committee');
          const meetings = listMeetingsUpTo(db, meeting);
          // One count of every meeting's main items serves all the first numbers.
          const counts = minuteNumbering.mode === 'continuous' ? listMainItemCounts(db, meeting.committeeId, '0000-01-01', meeting.date) : [];
          return meetings.flatMap((each): MinuteIndexEntry[] => {
            const firstNumber = firstMinuteNumber(each, counts, minuteNumbering);
            return numberAgenda(listAgendaOrder(db, each.id), { firstNumber }).map((item) => ({
              meetingId: each.id,
              meetingDate: each.date,
              itemId: item.id,
              number: item.number,
              title: item.title,
            }));
          });
        })
        .deferred(),
  };
}
