import type { RichText } from './rich-text.ts';
import type { DateStyle } from './wording.ts';

// Domain records as the renderer sees them. Dates are ISO (2021-03-25), times 24-hour (10:00).

export const chairRoles = ['chairman', 'vice-chairman'] as const;
export type ChairRole = (typeof chairRoles)[number];

export const memberStatuses = ['unmarked', 'present', 'apologies', 'absent'] as const;
export const guestStatuses = ['also_present', 'in_attendance'] as const;
export const attendanceStatuses = [...memberStatuses, 'substitute', ...guestStatuses] as const;
export type MemberStatus = (typeof memberStatuses)[number];
export type GuestStatus = (typeof guestStatuses)[number];
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const meetingStatuses = ['draft'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export type Committee = {
  id: string;
  name: string;
  defaultVenue: string;
  defaultStartTime: string;
  agendaTemplate: TemplateItem[];
  createdAt: string;
  updatedAt: string;
};

export type CommitteeSummary = Pick<Committee, 'id' | 'name'> & {
  memberCount: number;
  meetingCount: number;
  nextMeetingDate: string | null;
};

export type Member = {
  id: string;
  committeeId: string;
  name: string;
  role: string;
  organisation: string;
  initials: string;
  chairRole: ChairRole | null;
  position: number;
  /** Left the roster: kept so past meetings still show them. */
  isArchived: boolean;
};

export type CommitteeDetail = { committee: Committee; members: Member[] };

export type Meeting = {
  id: string;
  committeeId: string;
  date: string;
  startTime: string;
  venue: string;
  isVirtual: boolean;
  title: string;
  status: MeetingStatus;
  startedAt: string | null;
  endedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type MeetingSummary = Pick<
  Meeting,
  'id' | 'date' | 'startTime' | 'venue' | 'isVirtual' | 'title' | 'status'
>;

export type Presenter = { memberId: string } | { name: string };

export type AgendaItem = {
  id: string;
  meetingId: string;
  parentId: string | null;
  position: number;
  kind: ItemKind;
  title: string;
  presenters: Presenter[];
  notes: RichText;
  postMeetingNote: string;
  updatedAt: string;
};

/**
 * One line of the attendance tick-list. Roster members appear whether or not anything has been
 * recorded for them yet (attendeeId is null until then); guests and substitutes always have a row.
 */
export type AttendanceEntry = {
  attendeeId: string | null;
  memberId: string | null;
  name: string;
  role: string;
  organisation: string;
  chairRole: ChairRole | null;
  status: AttendanceStatus;
  substituteForMemberId: string | null;
  arrivedAt: string | null;
  arrivedDuringItemId: string | null;
  leftAt: string | null;
  leftDuringItemId: string | null;
};

export type MeetingDetail = {
  committee: Committee;
  meeting: Meeting;
  members: Member[];
  agenda: AgendaItem[];
  attendance: AttendanceEntry[];
  /** The committee's house style for the minutes (defaults until the secretary changes them). */
  houseStyle: HouseStyle;
  /** What the minutes hold for each live agenda item, keyed by item id; every live item has an entry. */
  byItem: Record<string, ItemRecord>;
};

/**
 * What a standard item is for, so generated sentences (apologies, declarations, the previous
 * minutes, the next date) land in the right place whatever the secretary calls the item.
 */
export const itemKinds = [
  'general',
  'welcome',
  'apologies',
  'declarations',
  'previous-minutes',
  'matters-arising',
  'any-other-business',
  'next-meeting',
] as const;
export type ItemKind = (typeof itemKinds)[number];

export type TemplateItem = { title: string; kind: ItemKind };

export const defaultAgendaTemplate: TemplateItem[] = [
  { title: 'Welcome and introductions', kind: 'welcome' },
  { title: 'Apologies for absence', kind: 'apologies' },
  { title: 'Declarations of interest', kind: 'declarations' },
  { title: 'Minutes of the previous meeting', kind: 'previous-minutes' },
  { title: 'Matters arising', kind: 'matters-arising' },
  { title: 'Any other business', kind: 'any-other-business' },
  { title: 'Date of next meeting', kind: 'next-meeting' },
];

// ── Minutes: house style, Part 2, overrides, papers, resolutions, actions (issue 3) ──

export const layouts = ['action-column', 'single-column'] as const;
export type Layout = (typeof layouts)[number];

/** Whether generated sentences about a person name them ("Jane Smith arrived…") or give their role. */
export const referToChoices = ['name', 'role'] as const;
export type ReferTo = (typeof referToChoices)[number];

export type HouseStyle = {
  layout: Layout;
  fontFamily: string;
  /** Points; halves allowed (10.5). */
  fontSize: number;
  dateStyle: DateStyle;
  referTo: ReferTo;
  /** The reason given for a Part 2 item; {paragraph} is replaced by the item's paragraph number. */
  part2Wording: string;
};

export const defaultHouseStyle: HouseStyle = {
  layout: 'action-column',
  fontFamily: 'Arial',
  fontSize: 11,
  dateStyle: 'plain',
  referTo: 'name',
  part2Wording: 'exempt information under paragraph {paragraph} of Schedule 12A to the Local Government Act 1972',
};

/**
 * An item not for publication. `paragraph` is the paragraph of Schedule 12A (1–7) that the house
 * wording names; `reason`, when not empty, is used instead of the house wording.
 */
export type Part2 = { paragraph: number | null; reason: string };

/**
 * The secretary's replacement for one generated sentence of an item, found by the sentence's key
 * (see shared/compose). An empty text leaves the sentence out.
 */
export type SentenceOverride = { key: string; text: string };

export type Paper = {
  id: string;
  itemId: string;
  title: string;
  /** The copy in the app's papers folder, relative to it; null when only the title is known (an imported file). */
  fileName: string | null;
  position: number;
};

/** RESOLVED for a decision; RECOMMENDED (to another body) is the other standard form. */
export const resolutionForms = ['resolved', 'recommended'] as const;
export type ResolutionForm = (typeof resolutionForms)[number];

/**
 * A decision, kept as data rather than loose text. `text` follows the lead word:
 * "that the update be noted." → "RESOLVED that the update be noted."; `parts` are its numbered
 * parts "1) …", "2) …". Votes arrive with issue 4 as further fields.
 */
export type Resolution = {
  id: string;
  itemId: string;
  form: ResolutionForm;
  text: string;
  parts: string[];
  position: number;
  updatedAt: string;
};

export const actionStatuses = ['open', 'done', 'carried-forward'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Who does it: a roster member, a guest or substitute of the meeting, or a group such as "Partners". */
export type ActionOwner = { memberId: string } | { attendeeId: string } | { group: string };

export type Action = {
  id: string;
  itemId: string;
  /** Set when the action comes from a resolution; it then sits beside that resolution. */
  resolutionId: string | null;
  description: string;
  owner: ActionOwner;
  dueDate: string | null;
  status: ActionStatus;
  position: number;
  updatedAt: string;
};

export type ItemRecord = {
  part2: Part2 | null;
  sentenceOverrides: SentenceOverride[];
  papers: Paper[];
  resolutions: Resolution[];
  /** Every action of the item, its resolutions' included (see `resolutionId`). */
  actions: Action[];
};

export const emptyItemRecord = (): ItemRecord => ({
  part2: null,
  sentenceOverrides: [],
  papers: [],
  resolutions: [],
  actions: [],
});
