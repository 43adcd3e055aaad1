import type { ActionOrigin, Meeting, MinuteNumbering } from '../../shared/domain.ts';
import { firstMinuteNumber, numberAgenda, numberingYearStart } from '../../shared/numbering.ts';
import { initialsOf } from '../../shared/initials.ts';
import type { ActionWithContext } from '../store/actions.ts';
import { listAgendaOrder } from '../store/agenda.ts';
import { findCommittee } from '../store/committees.ts';
import type { Db } from '../store/database.ts';
import { findMeeting, listMainItemCounts } from '../store/meetings.ts';

// Minute numbers as the minutes print them, for the places the main process shows a number
// without composing the whole meeting: search results, the action log, reviewed actions and the
// minute index. The arithmetic is shared/numbering.ts's, as compose and the live form use.

/** The number of the meeting's first main item under the committee's numbering. */
export function firstMinuteNumberOf(db: Db, meeting: Pick<Meeting, 'id' | 'committeeId' | 'date' | 'startTime'>, numbering: MinuteNumbering): number {
  if (numbering.mode === 'per-meeting') return 1;
  const yearStart = numberingYearStart(meeting.date, numbering.restartMonth);
  return firstMinuteNumber(meeting, listMainItemCounts(db, meeting.committeeId, yearStart, meeting.date), numbering);
}

export type NumberedItem = { number: string; title: string };

/**
 * Item numbers by meeting, each meeting worked out once however many of its items are asked for,
 * and each committee's numbering year counted once however many of its meetings are.
 */
export function createItemNumbers(db: Db) {
  const byMeeting = new Map<string, Map<string, NumberedItem>>();
  const numberingOf = new Map<string, MinuteNumbering>();
  const yearCounts = new Map<string, ReturnType<typeof listMainItemCounts>>();
  const firstNumberOf = (meeting: Meeting, numbering: MinuteNumbering): number => {
    if (numbering.mode === 'per-meeting') return 1;
    const yearStart = numberingYearStart(meeting.date, numbering.restartMonth);
    const key = `${meeting.committeeId}|${yearStart}`;
    let counts = yearCounts.get(key);
    if (!counts) {
      const yearEnd = `${String(Number(yearStart.slice(0, 4)) + 1).padStart(4, '0')}${yearStart.slice(4)}`;
      counts = listMainItemCounts(db, meeting.committeeId, yearStart, yearEnd).filter((each) => each.date < yearEnd);
      yearCounts.set(key, counts);
    }
    return firstMinuteNumber(meeting, counts, numbering);
  };
  const numbersOf = (meetingId: string): Map<string, NumberedItem> => {
    const known = byMeeting.get(meetingId);
    if (known) return known;
    const numbers = new Map<string, NumberedItem>();
    const meeting = findMeeting(db, meetingId);
    if (meeting) {
      let numbering = numberingOf.get(meeting.committeeId);
      if (!numbering) {
        numbering = findCommittee(db, meeting.committeeId)!.minuteNumbering;
        numberingOf.set(meeting.committeeId, numbering);
      }
      const firstNumber = firstNumberOf(meeting, numbering);
      for (const item of numberAgenda(listAgendaOrder(db, meetingId), { firstNumber })) {
        numbers.set(item.id, { number: item.number, title: item.title });
      }
    }
    byMeeting.set(meetingId, numbers);
    return numbers;
  };
  return {
    numbersOf,
    itemNumber: (meetingId: string, itemId: string): NumberedItem | undefined => numbersOf(meetingId).get(itemId),
  };
}

export type ItemNumbers = ReturnType<typeof createItemNumbers>;

/** Where an action was raised, and its owner as the log and the minutes name them. */
export function describeAction(
  numbers: ItemNumbers,
  action: ActionWithContext,
): { origin: ActionOrigin; ownerName: string; ownerLabel: string } {
  const item = numbers.itemNumber(action.meetingId, action.itemId);
  const { owner } = action;
  const ownerLabel =
    'group' in owner ? owner.group.trim() : 'memberId' in owner ? action.ownerInitials : initialsOf(action.ownerName);
  return {
    origin: {
      meetingId: action.meetingId,
      meetingDate: action.meetingDate,
      itemId: action.itemId,
      itemNumber: item?.number ?? '',
      itemTitle: item?.title ?? '',
    },
    ownerName: 'group' in owner ? owner.group.trim() : action.ownerName,
    ownerLabel,
  };
}
