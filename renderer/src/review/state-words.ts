import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { minutesStateLabels, type MinutesState, type MinutesStatus } from '../../../shared/minutes-state.ts';
import { formatDate, formatTime } from '../../../shared/wording.ts';

// The minutes' state in the screen's words: the badge, the line under the top bar, and why the
// editing controls are off. The states themselves and their long names live in shared/minutes-state.ts.

/** Short enough for a badge in the meeting list: "Draft", "With the chairman", "Approved". */
export const stateBadgeLabels: Record<MinutesState, string> = {
  draft: 'Draft',
  'with-chairman': 'With the chairman',
  returned: 'Returned with comments',
  approved: 'Approved',
  confirmed: 'Confirmed',
};

export const stateLabel = (state: MinutesState) => minutesStateLabels[state];

/** An ISO timestamp as the screen says it: "26 March 2021 at 9.05 am". */
export function when(timestamp: string): string {
  const at = parseISO(timestamp);
  if (Number.isNaN(at.getTime())) return timestamp;
  return `${formatDate(format(at, 'yyyy-MM-dd'))} at ${formatTime(format(at, 'HH:mm'))}`;
}

/** '' is the secretary, as the back end records a move made without a name. */
export const who = (name: string) => name.trim() || 'the secretary';

/** One sentence on where the minutes are: "Approved by Councillor Kate Lymer on 2 April 2021 at 10.15 am." */
export function stateSentence(status: MinutesStatus): string {
  switch (status.state) {
    case 'draft':
      return status.version === 0 ? 'Draft — not yet sent to the chairman.' : `Draft (version ${status.version} is the latest saved).`;
    case 'with-chairman':
      return status.sent ? `With the chairman since ${when(status.sent.at)} (version ${status.sent.version}).` : 'With the chairman.';
    case 'returned':
      return `Returned with comments${status.pendingSuggestions ? ` — ${status.pendingSuggestions} proposed ${status.pendingSuggestions === 1 ? 'change' : 'changes'} to decide` : ''}.`;
    case 'approved':
      return status.approval ? `Approved by ${who(status.approval.by)} on ${when(status.approval.at)}.` : 'Approved by the chairman.';
    case 'confirmed':
      return status.confirmation
        ? `Confirmed as a correct record at the meeting of ${formatDate(status.confirmation.meetingDate)}.`
        : 'Confirmed as a correct record.';
  }
}

/** Why nothing can be changed, for the banner the editing controls point to. */
export function readOnlyReason(status: MinutesStatus): string {
  return status.state === 'confirmed'
    ? 'Confirmed minutes are the committee’s record and cannot be changed. To correct them, start a new draft and say why.'
    : 'Approved minutes cannot be changed. To change them, start a new draft and say why; the approved version is kept.';
}

/** What the Word document will carry, said before it is written. */
export function exportStateSentence(status: MinutesStatus): string {
  if (status.isReadOnly) {
    const state = status.state === 'approved' && status.approval ? `Approved by ${who(status.approval.by)} on ${when(status.approval.at)}` : stateLabel(status.state);
    return `${state}: the document has no DRAFT mark, and the approval is recorded in its properties.`;
  }
  return `${stateLabel(status.state)}: the document says DRAFT at the top of every page until the chairman approves the minutes.`;
}
