import type { RichText } from './rich-text.ts';
import { minutesStates, type ConfirmOffer, type MinutesState, type MinutesStatus } from './minutes-state.ts';
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

/** A meeting's status is its minutes' state (shared/minutes-state.ts). */
export const meetingStatuses = minutesStates;
export type MeetingStatus = MinutesState;

export type Committee = {
  id: string;
  name: string;
  defaultVenue: string;
  defaultStartTime: string;
  agendaTemplate: TemplateItem[];
  /** How minutes are numbered across the committee's meetings. */
  minuteNumbering: MinuteNumbering;
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
  /** The meeting this one follows on from (createNextMeeting links them); its minutes are confirmed here. */
  previousMeetingId: string | null;
  /** "Date of next meeting": worded in the closing item and the default date of the next meeting. */
  nextMeetingDate: string | null;
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
  /** The number of this meeting's first main item: 1, or higher with continuous numbering. */
  firstMinuteNumber: number;
  /** The meeting whose minutes this one confirms: the linked one, else the committee's last before it. */
  previousMeeting: { id: string; date: string } | null;
  /** Declarations of interest, in the order recorded. */
  declarations: Declaration[];
  /** Actions from earlier meetings reviewed at this one (in Matters arising). */
  actionReviews: ActionReview[];
  /** Where the minutes are in their review: state, versions, the chairman's approval (issue 8). */
  minutes: MinutesStatus;
  /** Set when recording this meeting's "minutes of the previous meeting" resolution can confirm those minutes. */
  confirmOffer: ConfirmOffer | null;
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

// ── Minutes: house style, Part 2, overrides, papers, resolutions, actions ──

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

/** A Part 2 mark must name a paragraph of Schedule 12A or give a reason before it can be saved. */
export const isCompletePart2 = (part2: Part2) => part2.paragraph !== null || part2.reason.trim() !== '';

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
 * parts "1) …", "2) …"; `vote` is how it was voted on, when that was minuted.
 */
export type Resolution = {
  id: string;
  itemId: string;
  form: ResolutionForm;
  text: string;
  parts: string[];
  /** How the decision was voted on, when the minutes record it. */
  vote: Vote | null;
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
  /** The index of the resolution's part it stands beside ("Beside: part 2" is 1), or null for the whole resolution. */
  resolutionPart: number | null;
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

// ── Phrase bank, declarations, votes, actions across meetings, continuity, search ──

/**
 * Minute numbers: from 1 in each meeting, or continuous across the committee's meetings
 * (74, 75, 76…) starting again at 1 with the first meeting on or after the 1st of `restartMonth`
 * (5, May, for a council's municipal year). Derived from the meetings' order, never stored.
 */
export const minuteNumberingModes = ['per-meeting', 'continuous'] as const;
export type MinuteNumberingMode = (typeof minuteNumberingModes)[number];
/**
 * `carriedOn` lets a committee's first year in the app continue the council's own numbering: in
 * the numbering year starting on the 1st of `restartMonth` of `year`, the first minute is `number`
 * (the 2023 minutes run from item 72). Other years start at 1.
 */
export type MinuteNumbering = { mode: MinuteNumberingMode; restartMonth: number; carriedOn?: { year: number; number: number } | null };
export const defaultMinuteNumbering: MinuteNumbering = { mode: 'per-meeting', restartMonth: 5, carriedOn: null };

/** A wording in the committee's phrase bank inserts a resolution (RESOLVED / RECOMMENDED) or a plain sentence. */
export const phraseInserts = ['resolution', 'sentence'] as const;
export type PhraseInsert = (typeof phraseInserts)[number];

/**
 * One wording of the phrase bank. For a resolution, `text` follows the lead word as in a
 * Resolution ("that the update be noted."), `form` says which lead word, and `parts` are its
 * numbered parts; a sentence has `form` null and no parts. Placeholders in braces ({item},
 * {previous meeting date}, {next meeting date}, {chair}, {body}) and gaps ("…") are filled or
 * left for typing by shared/phrases.ts.
 */
export type Phrase = {
  id: string;
  committeeId: string;
  inserts: PhraseInsert;
  form: ResolutionForm | null;
  text: string;
  parts: string[];
  position: number;
  updatedAt: string;
};

/**
 * An abbreviation the secretary defines for the committee, expanded as it is typed, as Word's
 * AutoCorrect does ("tvc" → "the Vice-Chairman"; shared/abbreviations.ts decides when).
 */
export type Abbreviation = {
  id: string;
  committeeId: string;
  /** As the secretary wrote it; it matches whatever the case it is typed in. */
  abbreviation: string;
  expansion: string;
  updatedAt: string;
};

/**
 * The nature of an interest, in the terms of the Localism Act 2011 and the LGA Model Code of
 * Conduct (2020): 'pecuniary' is a disclosable pecuniary interest; 'other' an other registrable
 * interest (the code's wording for interests that are registrable but not pecuniary).
 */
export const interestNatures = ['pecuniary', 'other'] as const;
export type InterestNature = (typeof interestNatures)[number];

/** Who declared: a roster member or an attendee of the meeting; just a name once that attendee is removed. */
export type Declarant = { memberId: string } | { attendeeId: string } | { name: string };

export type Declaration = {
  id: string;
  meetingId: string;
  who: Declarant;
  /** The item the interest concerns; null for an interest declared generally. */
  itemId: string | null;
  nature: InterestNature;
  /** What the interest is ("trustee of the Bromley Youth Trust"); may be empty. */
  description: string;
  /** Left the room while that item was discussed, and came back after it. */
  leftRoom: boolean;
  position: number;
  updatedAt: string;
};

export const voteOutcomes = ['carried', 'lost', 'unanimous'] as const;
export type VoteOutcome = (typeof voteOutcomes)[number];

/**
 * How a resolution was voted on. `counts` is a show of hands; `recorded` a named vote (names as
 * they should appear in the minutes). With neither, only the outcome is minuted.
 */
export type Vote = {
  outcome: VoteOutcome;
  counts: { for: number; against: number; abstentions: number } | null;
  recorded: { for: string[]; against: string[]; abstained: string[] } | null;
};

/**
 * One step in an action's history: its review at a later meeting (`meetingId` set; created
 * 'open' when the meeting is created and updated during it), or a change made from the action
 * log between meetings (`meetingId` null). The action's own `status` is its latest decided step.
 */
export type ActionProgress = {
  id: string;
  actionId: string;
  meetingId: string | null;
  /** Where the review sits in that meeting's minutes: its Matters arising item. */
  itemId: string | null;
  status: ActionStatus;
  /** The sentence minuted with it ("The figures were circulated on 2 April."). */
  note: string;
  /** The meeting's date, or the day the change was made from the log. */
  recordedOn: string;
  position: number;
  updatedAt: string;
};

/** Where an action was raised: the meeting, and the item's minute number there. */
export type ActionOrigin = { meetingId: string; meetingDate: string; itemId: string; itemNumber: string; itemTitle: string };

/** An earlier meeting's action as reviewed at this meeting. */
export type ActionReview = ActionProgress & {
  action: Action;
  origin: ActionOrigin;
  /** The owner's name, and what the Action column shows for them (initials or the group). */
  ownerName: string;
  ownerLabel: string;
};

export type ActionLogEntry = {
  action: Action;
  origin: ActionOrigin;
  ownerName: string;
  ownerLabel: string;
  /** Oldest first. */
  history: ActionProgress[];
};

export type ActionLog = {
  entries: ActionLogEntry[];
  /** Everyone who owns an action of the committee, for the owner filter. */
  owners: { owner: ActionOwner; name: string }[];
  /** The committee's meetings that raised actions, newest first, for the meeting filter. */
  meetings: { id: string; date: string }[];
};

/** A numbered minute of a committee, for turning "minute 40" in notes into a link. */
export type MinuteIndexEntry = { meetingId: string; meetingDate: string; itemId: string; number: string; title: string };

export const searchSources = ['title', 'notes', 'resolution', 'action', 'declaration', 'action-review'] as const;
export type SearchSource = (typeof searchSources)[number];

/** Offsets in UTF-16 code units (JavaScript string indices), end exclusive. */
export type TextRange = { start: number; end: number };

export type SearchResult = {
  committee: { id: string; name: string };
  meeting: { id: string; date: string; title: string };
  /** `number` as the minutes show it, continuous numbering included. */
  item: { id: string; number: string; title: string };
  /** Where in the item the best match is. */
  matchedIn: SearchSource;
  /** Plain text around the match ("…" where cut) with the matched words' ranges; never HTML. */
  snippet: { text: string; highlights: TextRange[] };
};
