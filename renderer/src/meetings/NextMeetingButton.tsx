import type { MeetingDetail } from '../../../shared/domain.ts';

/** "Create next meeting": the committee's next meeting, continuing from this one. */
export function NextMeetingButton(_props: { detail: MeetingDetail }) {
  return null;
}
