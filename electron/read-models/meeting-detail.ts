// A read model: a shape the handlers answer with, put together from several tables in one read
// transaction. electron/read-models/ sits between handlers/ (contract methods: validate, write in
// a transaction) and store/ (one module per table: rows in and out); nothing here writes, so a
// handler, an export and a bench can all read a meeting the same way.
import {
  emptyItemRecord,
  type ActionProgress,
  type ActionReview,
  type AgendaItem,
  type ItemRecord,
  type MeetingDetail,
} from '../../shared/domain.ts';
import { found } from '../../shared/errors.ts';
import { listActions, listActionsWithContext } from '../store/actions.ts';
import { listMeetingReviews } from '../store/action-updates.ts';
import { listAgenda } from '../store/agenda.ts';
import { findCommittee } from '../store/committees.ts';
import type { Db } from '../store/database.ts';
import { findHouseStyle } from '../store/house-styles.ts';
import { listDeclarations } from '../store/declarations.ts';
import { findMeeting } from '../store/meetings.ts';
import { findMeetingContext } from '../store/minutes-versions.ts';
import { listMembers } from '../store/members.ts';
import { listPapers } from '../store/papers.ts';
import { listPart2 } from '../store/part2-items.ts';
import { listResolutions } from '../store/resolutions.ts';
import { listMeetingOverrides } from '../store/sentence-overrides.ts';
import { buildAttendance } from './attendance.ts';
import { confirmOfferFor, minutesStatusOf, previousMeetingOf } from './minutes-status.ts';
import { createItemNumbers, describeAction, firstMinuteNumberOf, type ItemNumbers } from './minute-numbers.ts';

/** Everything about one meeting: what getMeeting returns and what the exports compose from. */
export function loadMeetingDetail(db: Db, meetingId: string): MeetingDetail {
  // One read transaction, so the parts agree with each other even while saves go on.
  return db.transaction(() => {
    const meeting = found(findMeeting(db, meetingId), 'That meeting');
    const committee = found(findCommittee(db, meeting.committeeId), 'That committee');
    const members = listMembers(db, committee.id);
    const agenda = listAgenda(db, meetingId);
    const numbers = createItemNumbers(db);
    // An imported meeting may speak of meetings that are not in this data folder (see meeting_context).
    const elsewhere = findMeetingContext<ActionReview>(db, meetingId);
    return {
      committee,
      meeting,
      members,
      agenda,
      attendance: buildAttendance(db, meetingId, members),
      houseStyle: findHouseStyle(db, committee.id),
      byItem: buildItemRecords(db, meetingId, agenda),
      firstMinuteNumber: elsewhere?.firstMinuteNumber ?? firstMinuteNumberOf(db, meeting, committee.minuteNumbering),
      previousMeeting: elsewhere?.previousMeeting !== undefined ? elsewhere.previousMeeting : previousMeetingOf(db, meeting),
      declarations: listDeclarations(db, meetingId),
      actionReviews: [...buildActionReviews(db, meetingId, numbers), ...(elsewhere?.actionReviews ?? [])].sort((a, b) => a.position - b.position),
      minutes: minutesStatusOf(db, meeting),
      confirmOffer: confirmOfferFor(db, meetingId),
    };
  }).deferred();
}

/** What the minutes hold for each live agenda item of a meeting (MeetingDetail.byItem). */
function buildItemRecords(db: Db, meetingId: string, agenda: AgendaItem[]): Record<string, ItemRecord> {
  const byItem: Record<string, ItemRecord> = {};
  const part2 = listPart2(db, meetingId);
  const overrides = listMeetingOverrides(db, meetingId);
  for (const item of agenda) {
    byItem[item.id] = { ...emptyItemRecord(), part2: part2.get(item.id) ?? null, sentenceOverrides: overrides.get(item.id) ?? [] };
  }
  // Rows of deleted items stay in the store (undo brings them back) but are not part of the minutes.
  for (const paper of listPapers(db, meetingId)) byItem[paper.itemId]?.papers.push(paper);
  for (const resolution of listResolutions(db, meetingId)) byItem[resolution.itemId]?.resolutions.push(resolution);
  for (const action of listActions(db, meetingId)) byItem[action.itemId]?.actions.push(action);
  return byItem;
}

/** Earlier meetings' actions as reviewed at this meeting; those whose item was since deleted are left out. */
export function buildActionReviews(db: Db, meetingId: string, numbers: ItemNumbers): ActionReview[] {
  return reviewsWithActions(db, listMeetingReviews(db, meetingId), numbers);
}

/** Reviews with their actions and where those were raised; a review whose action's item is deleted is left out. */
export function reviewsWithActions(db: Db, reviews: ActionProgress[], numbers: ItemNumbers): ActionReview[] {
  const actions = listActionsWithContext(db, reviews.map((review) => review.actionId));
  return reviews.flatMap((review) => {
    const action = actions.get(review.actionId);
    if (!action) return [];
    const { meetingId: _origin, meetingDate: _date, meetingStartTime: _time, ownerName: _name, ownerInitials: _initials, ...plain } = action;
    return [{ ...review, action: plain, ...describeAction(numbers, action) }];
  });
}
