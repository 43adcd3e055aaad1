import type { ActionLogEntry, ActionStatus } from '../domain.ts';
import { formatDate, type DateStyle } from '../wording.ts';

// The action log as a reader sees it: what the Word export of the log (electron/export) renders,
// and what an on-screen print view could render too. Wording is decided here, looks there.

export const actionStatusWording: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  'carried-forward': 'Carried forward',
};

export type ActionLogRow = {
  /** "Minute 7, 25 March 2021". */
  raised: string;
  description: string;
  owner: string;
  due: string;
  status: string;
  /** Each step since, oldest first: "24 June 2021: carried forward — awaiting the report". */
  progress: string[];
};

export type ActionLogDocument = {
  /** "SAFER BROMLEY PARTNERSHIP STRATEGIC GROUP". */
  title: string;
  /** "Action log — open actions, owner JS — as at 2 July 2021". */
  subtitle: string;
  headings: { raised: string; description: string; owner: string; due: string; status: string; progress: string };
  rows: ActionLogRow[];
  /** Said instead of an empty table. */
  emptyText: string;
  fontFamily: string;
  fontSize: number;
};

export type ActionLogFilters = { ownerName?: string; meetingDate?: string; status?: ActionStatus };

export function composeActionLog(
  committeeName: string,
  entries: ActionLogEntry[],
  options: { dateStyle: DateStyle; asAt: string; filters: ActionLogFilters; fontFamily: string; fontSize: number },
): ActionLogDocument {
  const date = (iso: string) => formatDate(iso, options.dateStyle);
  const { filters } = options;
  const described = [
    filters.status ? `${actionStatusWording[filters.status].toLocaleLowerCase('en-GB')} actions` : '',
    filters.ownerName ? `owner ${filters.ownerName}` : '',
    filters.meetingDate ? `raised on ${date(filters.meetingDate)}` : '',
  ].filter(Boolean);
  return {
    title: committeeName.toLocaleUpperCase('en-GB'),
    subtitle: `Action log${described.length ? ` — ${described.join(', ')}` : ''} — as at ${date(options.asAt)}`,
    headings: { raised: 'Raised', description: 'Action', owner: 'Owner', due: 'Due', status: 'Status', progress: 'Progress' },
    rows: entries.map((entry) => ({
      raised: `Minute ${entry.origin.itemNumber}, ${date(entry.origin.meetingDate)}`,
      description: entry.action.description.trim() || entry.origin.itemTitle,
      owner: entry.ownerName || entry.ownerLabel,
      due: entry.action.dueDate ? date(entry.action.dueDate) : '',
      status: actionStatusWording[entry.action.status],
      progress: entry.history
        .filter((step) => step.status !== 'open' || step.note.trim() !== '')
        .map((step) => {
          const what = step.status === 'open' ? 'reviewed' : actionStatusWording[step.status].toLocaleLowerCase('en-GB');
          return `${date(step.recordedOn)}: ${what}${step.note.trim() ? ` — ${step.note.trim()}` : ''}`;
        }),
    })),
    emptyText: 'There are no actions to show.',
    fontFamily: options.fontFamily,
    fontSize: options.fontSize,
  };
}
