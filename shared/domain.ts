import type { RichText } from './rich-text.ts';

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
