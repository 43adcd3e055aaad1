import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import type { MeetingActions } from '../meetings/useMeeting.ts';

/** Declarations of interest recorded at this meeting (shown on the Declarations item). */
export function DeclarationsSection(_props: { item: NumberedItem; actions: MeetingActions }) {
  return null;
}
