import type { Meeting } from '../../shared/domain.ts';
import { isReadOnlyState, type ConfirmOffer, type MinutesStatus } from '../../shared/minutes-state.ts';
import { listAgenda } from '../store/agenda.ts';
import type { Db } from '../store/database.ts';
import { findMeeting, findMeetingBefore } from '../store/meetings.ts';
import { countComments, findApprovals, findLatestSent, latestVersionNumber } from '../store/minutes-versions.ts';
import { listItemResolutions } from '../store/resolutions.ts';

// Where a meeting's minutes stand, and which meeting's minutes it confirms: read from several
// tables for the meeting detail and for the answer to every move of the minutes. Nothing here writes.

/** The meeting whose minutes this one confirms: the one it was created from, else the committee's last before it. */
export function previousMeetingOf(db: Db, meeting: Meeting): { id: string; date: string } | null {
  const previous = (meeting.previousMeetingId ? findMeeting(db, meeting.previousMeetingId) : undefined) ?? findMeetingBefore(db, meeting);
  return previous ? { id: previous.id, date: previous.date } : null;
}

/** Where a meeting's minutes stand, for MeetingDetail and every move's answer. */
export function minutesStatusOf(db: Db, meeting: Meeting): MinutesStatus {
  const sent = meeting.status === 'with-chairman' || meeting.status === 'returned' ? findLatestSent(db, meeting.id) : undefined;
  return {
    state: meeting.status,
    version: latestVersionNumber(db, meeting.id),
    isReadOnly: isReadOnlyState(meeting.status),
    sent: sent ? { version: sent.version, at: sent.at, by: sent.by, hash: sent.hash } : null,
    ...findApprovals(db, meeting.id),
    ...countComments(db, meeting.id),
  };
}

/**
 * The offer to confirm the previous meeting's approved minutes: this meeting's "minutes of the
 * previous meeting" item has a resolution, and those minutes are approved but not yet confirmed.
 */
export function confirmOfferFor(db: Db, meetingId: string): ConfirmOffer | null {
  const meeting = findMeeting(db, meetingId);
  if (!meeting) return null;
  const previous = previousMeetingOf(db, meeting);
  if (!previous || findMeeting(db, previous.id)?.status !== 'approved') return null;
  const item = listAgenda(db, meetingId).find((each) => each.kind === 'previous-minutes');
  const resolution = item && listItemResolutions(db, item.id)[0];
  return resolution ? { previousMeetingId: previous.id, previousMeetingDate: previous.date, resolutionId: resolution.id } : null;
}
