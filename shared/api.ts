import { z } from 'zod';
import { filePurposes } from './files.ts';
import {
  attendanceStatuses,
  chairRoles,
  itemKinds,
  type AgendaItem,
  type AttendanceEntry,
  type Committee,
  type CommitteeDetail,
  type CommitteeSummary,
  type Meeting,
  type MeetingDetail,
  type MeetingSummary,
  type Member,
  type Action,
  type HouseStyle,
  type Paper,
  type Part2,
  type Resolution,
  type SentenceOverride,
} from './domain.ts';
import {
  actionStatuses,
  type ActionLog,
  type ActionLogEntry,
  type ActionReview,
  type Declaration,
  type MinuteIndexEntry,
  type Abbreviation,
  type Phrase,
  type SearchResult,
} from './domain.ts';
import { clockTime, id, isoDate, multiLine, requiredLine, singleLine } from './fields.ts';
import {
  actionFields,
  houseStyleFields,
  part2Schema,
  resolutionFields,
  sentenceKey,
} from './fields.ts';
import { minutesModes } from './compose/model.ts';
import { hasNameOrPost, nameOrPostRequired } from './compose/people.ts';
import {
  abbreviationFields,
  actionOwnerSchema,
  declarantSchema,
  declarationFields,
  minuteNumberingSchema,
  phraseFields,
  voteInputSchema,
} from './fields.ts';
import { richTextSchema } from './rich-text.ts';
import type { BackupInfo, StoreStatus } from './store-status.ts';
import type { MinutesComparison } from './compare.ts';
import type { MinutesDocument } from './compose/model.ts';
import type { CompletionModel } from './completion.ts';
import type { ConfirmOffer, MinutesStatus, MinutesVersionSummary } from './minutes-state.ts';
import {
  personName,
  reviewCommentSchema,
  reviewDecisionInputSchema,
  reviewLimits,
  type ReviewCommentRecord,
  type ReviewDecision,
  type ReviewResponseDraft,
  type ReviewSummary,
} from './review.ts';

// The one contract between renderer and main: method name → input schema + result type.
// The preload, the IPC binding, the preview bridge and the handler table are all typed from it.

function method<Input extends z.ZodType>(input: Input) {
  return {
    returns: <Result>() => ({ input, result: undefined as unknown as Result }),
  };
}

const none = z.object({}).strict();

/**
 * The id of a record being added, chosen by the renderer so the record can be shown and edited
 * before the save returns, and so a retried add (its first reply lost) finds it already there:
 * adding the same id again hands back the same record and changes nothing.
 */
const newId = z.uuid('A new record’s id must be a UUID.').optional();
const fileGrant = z.string().min(1, 'Choose a file first.').max(64, 'That file choice is not valid.');

const memberFields = {
  /** '' for a member known only by post; one of name and role is needed (the handler checks an update). */
  name: singleLine('Name', 200),
  role: singleLine('Role', 300),
  organisation: singleLine('Organisation', 200),
  initials: singleLine('Initials', 12),
  chairRole: z.enum(chairRoles).nullable(),
};

const presenterSchema = z.union([
  z.object({ memberId: id }).strict(),
  z.object({ name: requiredLine('Presenter', 200) }).strict(),
]);

/** Who made a move of the minutes: the app has no accounts, so a name the screen remembers ('' is "the secretary"). */
const by = singleLine('Your name', 200).default('');
const versionNumber = z.number().int('A version is a whole number.').min(1, 'Versions are numbered from 1.');
/** Which minutes to compare: a saved version, the current draft, or the version last sent to the chairman. */
const minutesRef = z.union([
  z.object({ version: versionNumber }).strict(),
  z.object({ current: z.literal(true) }).strict(),
  z.object({ sent: z.literal(true) }).strict(),
]);
const reviewHandle = z.string().min(1, 'Open the review first.').max(64, 'That review is not open.');

const attendeeTarget = z.union([
  z.object({ memberId: id }).strict(),
  z.object({ attendeeId: id }).strict(),
]);

export const contract = {
  listCommittees: method(none).returns<CommitteeSummary[]>(),
  getCommittee: method(z.object({ committeeId: id }).strict()).returns<CommitteeDetail>(),
  createCommittee: method(
    z
      .object({
        name: requiredLine('Committee name', 200),
        defaultVenue: singleLine('Default venue', 200).default(''),
        defaultStartTime: clockTime.default('10:00'),
      })
      .strict(),
  ).returns<Committee>(),
  updateCommittee: method(
    z
      .object({
        committeeId: id,
        name: requiredLine('Committee name', 200).optional(),
        defaultVenue: singleLine('Default venue', 200).optional(),
        defaultStartTime: clockTime.optional(),
        agendaTemplate: z
          .array(z.object({ title: requiredLine('Agenda item title', 500), kind: z.enum(itemKinds) }).strict())
          .max(200, 'An agenda template holds at most 200 items.')
          .optional(),
        minuteNumbering: minuteNumberingSchema.optional(),
      })
      .strict(),
  ).returns<Committee>(),

  addMember: method(
    z
      .object({ committeeId: id, memberId: newId, ...memberFields })
      .strict()
      .refine(hasNameOrPost, { message: nameOrPostRequired, path: ['name'] }),
  ).returns<Member>(),
  updateMember: method(
    z
      .object({
        memberId: id,
        name: memberFields.name.optional(),
        role: memberFields.role.optional(),
        organisation: memberFields.organisation.optional(),
        initials: memberFields.initials.optional(),
        chairRole: memberFields.chairRole.optional(),
        isArchived: z.boolean().optional(),
      })
      .strict(),
  ).returns<Member>(),
  reorderMembers: method(
    z.object({ committeeId: id, memberIds: z.array(id).max(1000) }).strict(),
  ).returns<Member[]>(),

  listMeetings: method(z.object({ committeeId: id }).strict()).returns<MeetingSummary[]>(),
  createMeeting: method(
    z
      .object({
        committeeId: id,
        date: isoDate,
        startTime: clockTime,
        venue: singleLine('Venue', 200).default(''),
        isVirtual: z.boolean().default(false),
        title: singleLine('Title', 300).default(''),
      })
      .strict(),
  ).returns<Meeting>(),
  getMeeting: method(z.object({ meetingId: id }).strict()).returns<MeetingDetail>(),
  updateMeeting: method(
    z
      .object({
        meetingId: id,
        date: isoDate.optional(),
        startTime: clockTime.optional(),
        venue: singleLine('Venue', 200).optional(),
        isVirtual: z.boolean().optional(),
        title: singleLine('Title', 300).optional(),
        startedAt: clockTime.nullable().optional(),
        endedAt: clockTime.nullable().optional(),
        nextMeetingDate: isoDate.nullable().optional(),
      })
      .strict(),
  ).returns<Meeting>(),

  addAgendaItem: method(
    z
      .object({
        meetingId: id,
        itemId: newId,
        title: singleLine('Item title', 500).default(''),
        /** Insert straight after this item (at its level); at the end when absent. */
        afterItemId: id.optional(),
      })
      .strict(),
  ).returns<AgendaItem>(),
  updateAgendaItem: method(
    z
      .object({
        itemId: id,
        title: singleLine('Item title', 500).optional(),
        kind: z.enum(itemKinds).optional(),
        presenters: z.array(presenterSchema).max(50).optional(),
        notes: richTextSchema.optional(),
        postMeetingNote: multiLine('Post-meeting note', 20_000).optional(),
      })
      .strict(),
  ).returns<AgendaItem>(),
  deleteAgendaItem: method(z.object({ itemId: id }).strict()).returns<{ deletedIds: string[] }>(),
  restoreAgendaItem: method(z.object({ itemId: id }).strict()).returns<AgendaItem[]>(),
  reorderAgenda: method(
    z
      .object({
        meetingId: id,
        order: z.array(z.object({ id, parentId: id.nullable() }).strict()).max(1000),
      })
      .strict(),
  ).returns<AgendaItem[]>(),

  setAttendance: method(
    z
      .object({
        meetingId: id,
        who: attendeeTarget,
        status: z.enum(attendanceStatuses).optional(),
        arrivedAt: clockTime.nullable().optional(),
        arrivedDuringItemId: id.nullable().optional(),
        leftAt: clockTime.nullable().optional(),
        leftDuringItemId: id.nullable().optional(),
      })
      .strict(),
  ).returns<AttendanceEntry>(),
  addAttendee: method(
    z
      .object({
        meetingId: id,
        attendeeId: newId,
        name: requiredLine('Name', 200),
        role: singleLine('Role', 300).default(''),
        organisation: singleLine('Organisation', 200).default(''),
        status: z.enum(['substitute', 'also_present', 'in_attendance']),
        substituteForMemberId: id.nullable().default(null),
      })
      .strict(),
  ).returns<AttendanceEntry>(),
  updateAttendee: method(
    z
      .object({
        attendeeId: id,
        name: requiredLine('Name', 200).optional(),
        role: singleLine('Role', 300).optional(),
        organisation: singleLine('Organisation', 200).optional(),
      })
      .strict(),
  ).returns<AttendanceEntry>(),
  /** Takes a guest or substitute off the list; their actions and declarations keep the name. */
  removeAttendee: method(z.object({ attendeeId: id }).strict()).returns<{ removed: true }>(),
  /** Puts a removed guest or substitute back, with their actions and declarations linked again. */
  restoreAttendee: method(z.object({ attendeeId: id }).strict()).returns<AttendanceEntry>(),

  getHouseStyle: method(z.object({ committeeId: id }).strict()).returns<HouseStyle>(),
  updateHouseStyle: method(
    z
      .object({
        committeeId: id,
        layout: houseStyleFields.layout.optional(),
        fontFamily: houseStyleFields.fontFamily.optional(),
        fontSize: houseStyleFields.fontSize.optional(),
        dateStyle: houseStyleFields.dateStyle.optional(),
        referTo: houseStyleFields.referTo.optional(),
        part2Wording: houseStyleFields.part2Wording.optional(),
      })
      .strict(),
  ).returns<HouseStyle>(),

  /** Marks an item Part 2 (not for publication), or clears the mark with null. */
  setItemPart2: method(z.object({ itemId: id, part2: part2Schema.nullable() }).strict()).returns<Part2 | null>(),
  /** Replaces one generated sentence of an item ('' leaves it out); null goes back to the generated wording. */
  setSentenceOverride: method(
    z.object({ itemId: id, key: sentenceKey, text: multiLine('Sentence', 5_000).nullable() }).strict(),
  ).returns<SentenceOverride[]>(),

  /** Copies the chosen file into the app's papers folder and lists it under the item. */
  addPaper: method(
    z.object({ itemId: id, paperId: newId, title: singleLine('Paper title', 300).default(''), source: fileGrant }).strict(),
  ).returns<Paper>(),
  updatePaper: method(z.object({ paperId: id, title: requiredLine('Paper title', 300) }).strict()).returns<Paper>(),
  removePaper: method(z.object({ paperId: id }).strict()).returns<{ removed: true }>(),
  restorePaper: method(z.object({ paperId: id }).strict()).returns<Paper>(),

  addResolution: method(
    z
      .object({
        itemId: id,
        resolutionId: newId,
        form: resolutionFields.form.default('resolved'),
        text: resolutionFields.text,
        parts: resolutionFields.parts.default([]),
        /** Insert straight after this resolution of the same item; at the end when absent. */
        afterResolutionId: id.optional(),
      })
      .strict(),
  ).returns<ResolutionResult>(),
  updateResolution: method(
    z
      .object({
        resolutionId: id,
        form: resolutionFields.form.optional(),
        text: resolutionFields.text.optional(),
        parts: resolutionFields.parts.optional(),
      })
      .strict(),
  ).returns<ResolutionResult>(),
  /** Deletes a resolution and the actions that came from it. */
  deleteResolution: method(z.object({ resolutionId: id }).strict()).returns<{ deletedActionIds: string[] }>(),
  /** Brings a deleted resolution back in its place, its vote, and the actions deleted with it (their reviews at later meetings too). */
  restoreResolution: method(z.object({ resolutionId: id }).strict()).returns<{ resolution: Resolution; actions: Action[] }>(),
  reorderResolutions: method(
    z.object({ itemId: id, resolutionIds: z.array(id).max(200) }).strict(),
  ).returns<Resolution[]>(),

  addAction: method(
    z
      .object({
        itemId: id,
        actionId: newId,
        resolutionId: id.nullable().default(null),
        resolutionPart: actionFields.resolutionPart.optional(),
        description: actionFields.description.default(''),
        owner: actionFields.owner,
        dueDate: actionFields.dueDate.default(null),
      })
      .strict(),
  ).returns<Action>(),
  updateAction: method(
    z
      .object({
        actionId: id,
        resolutionId: id.nullable().optional(),
        resolutionPart: actionFields.resolutionPart.optional(),
        description: actionFields.description.optional(),
        owner: actionFields.owner.optional(),
        dueDate: actionFields.dueDate.optional(),
        status: actionFields.status.optional(),
      })
      .strict(),
  ).returns<Action>(),
  deleteAction: method(z.object({ actionId: id }).strict()).returns<{ removed: true }>(),
  /** Brings a deleted action back with its history; on the item itself if its resolution has gone since. */
  restoreAction: method(z.object({ actionId: id }).strict()).returns<Action>(),

  /**
   * Writes the minutes as a Word document where the secretary chose (the grant from chooseFile).
   * Asynchronous: the docx package hands over a packed document only through a Promise.
   */
  exportMinutes: method(
    z
      .object({
        meetingId: id,
        mode: z.enum(minutesModes),
        target: fileGrant,
        openAfterwards: z.boolean().default(false),
        /** An older version, composed from its snapshot; absent: the current minutes (for approved minutes, the approved version). */
        version: versionNumber.optional(),
      })
      .strict(),
  ).returns<Promise<SavedFile>>(),
  /** Writes the meeting as a meeting file (docs/meeting-file.md). */
  exportMeetingFile: method(
    z.object({ meetingId: id, target: fileGrant }).strict(),
  ).returns<SavedFile>(),
  /**
   * Reads a meeting file; adds its committee when new, or the meeting to the committee it names.
   * A meeting already here is never duplicated: the answer says what differs and waits for resolveMeetingImport.
   */
  importMeetingFile: method(z.object({ source: fileGrant }).strict()).returns<ImportedMeeting>(),
  /** Settles the import of a meeting that is already here: update it from the file as a new version, or keep the file as a separate copy (new ids throughout). */
  resolveMeetingImport: method(
    z
      .object({
        pendingImportId: reviewHandle,
        choice: z.enum(['update', 'copy']),
        reason: singleLine('Reason', 500).default(''),
        by,
      })
      .strict(),
  ).returns<ResolvedMeetingImport>(),

  /**
   * Asks the secretary (the system's file dialog) which file to write or read. The renderer never
   * names a path: it gets a one-use grant to pass to the export, import or paper method.
   */
  chooseFile: method(
    z.object({ purpose: z.enum(filePurposes), suggestedName: singleLine('File name', 200).default('') }).strict(),
  ).returns<Promise<ChosenFile>>(),

  // ── Phrase bank. Filling a wording from a meeting is shared/phrases.ts's fillPhrase. ──

  listPhrases: method(z.object({ committeeId: id }).strict()).returns<Phrase[]>(),
  /** What completion in the notes learns before the meeting: roster, phrase bank, the committee's earlier minutes (issue 10). */
  getCompletionModel: method(z.object({ meetingId: id }).strict()).returns<CompletionModel>(),
  addPhrase: method(
    z
      .object({
        committeeId: id,
        phraseId: newId,
        inserts: phraseFields.inserts,
        /** Defaults to RESOLVED for a resolution; must be absent or null for a sentence. */
        form: phraseFields.form.optional(),
        text: phraseFields.text,
        parts: phraseFields.parts.default([]),
        /** Insert straight after this wording; at the end when absent. */
        afterPhraseId: id.optional(),
      })
      .strict(),
  ).returns<Phrase>(),
  updatePhrase: method(
    z
      .object({
        phraseId: id,
        inserts: phraseFields.inserts.optional(),
        form: phraseFields.form.optional(),
        text: phraseFields.text.optional(),
        parts: phraseFields.parts.optional(),
      })
      .strict(),
  ).returns<Phrase>(),
  deletePhrase: method(z.object({ phraseId: id }).strict()).returns<{ removed: true }>(),
  /** Brings a deleted wording back in its place; the bank in its new order. */
  restorePhrase: method(z.object({ phraseId: id }).strict()).returns<Phrase[]>(),
  reorderPhrases: method(z.object({ committeeId: id, phraseIds: z.array(id).max(1000) }).strict()).returns<Phrase[]>(),
  /** Writes the committee's wordings as a phrase bank file (docs/phrase-bank-file.md). */
  exportPhraseBank: method(z.object({ committeeId: id, target: fileGrant }).strict()).returns<SavedFile>(),
  /** Adds a file's wordings and abbreviations after the committee's own (skipping ones it already has), or replaces them all. */
  importPhraseBank: method(
    z.object({ committeeId: id, source: fileGrant, replace: z.boolean().default(false) }).strict(),
  ).returns<Phrase[]>(),

  // ── Abbreviations, expanded as the secretary types (shared/abbreviations.ts); shared with the phrase bank file. ──

  /** The committee's abbreviations in alphabetical order. */
  listAbbreviations: method(z.object({ committeeId: id }).strict()).returns<Abbreviation[]>(),
  /** Refused when the committee already has the abbreviation in any case ("TVC" and "tvc" are one). */
  addAbbreviation: method(
    z
      .object({
        committeeId: id,
        abbreviationId: newId,
        abbreviation: abbreviationFields.abbreviation,
        expansion: abbreviationFields.expansion,
      })
      .strict(),
  ).returns<Abbreviation>(),
  updateAbbreviation: method(
    z
      .object({
        abbreviationId: id,
        abbreviation: abbreviationFields.abbreviation.optional(),
        expansion: abbreviationFields.expansion.optional(),
      })
      .strict(),
  ).returns<Abbreviation>(),
  deleteAbbreviation: method(z.object({ abbreviationId: id }).strict()).returns<{ removed: true }>(),
  /** Brings a deleted abbreviation back; the committee's abbreviations as they now are. */
  restoreAbbreviation: method(z.object({ abbreviationId: id }).strict()).returns<Abbreviation[]>(),

  // ── Declarations of interest and votes ──

  addDeclaration: method(
    z
      .object({
        meetingId: id,
        declarationId: newId,
        who: declarantSchema,
        /** The item the interest concerns; null for one declared generally. */
        itemId: id.nullable(),
        nature: declarationFields.nature,
        description: declarationFields.description.default(''),
        leftRoom: declarationFields.leftRoom.default(false),
      })
      .strict(),
  ).returns<Declaration>(),
  updateDeclaration: method(
    z
      .object({
        declarationId: id,
        who: declarantSchema.optional(),
        itemId: id.nullable().optional(),
        nature: declarationFields.nature.optional(),
        description: declarationFields.description.optional(),
        leftRoom: declarationFields.leftRoom.optional(),
      })
      .strict(),
  ).returns<Declaration>(),
  deleteDeclaration: method(z.object({ declarationId: id }).strict()).returns<{ removed: true }>(),
  restoreDeclaration: method(z.object({ declarationId: id }).strict()).returns<Declaration>(),
  /** Records how a resolution was voted on (null clears it); the outcome follows from counts or names when not given. */
  setVote: method(z.object({ resolutionId: id, vote: voteInputSchema.nullable() }).strict()).returns<Resolution>(),

  // ── Actions across meetings ──

  /** A committee's actions across its meetings, filtered by owner, the meeting that raised them and status. */
  listActionLog: method(
    z
      .object({
        committeeId: id,
        owner: actionOwnerSchema.optional(),
        meetingId: id.optional(),
        status: z.enum(actionStatuses).optional(),
      })
      .strict(),
  ).returns<ActionLog>(),
  /** Marks an action done from the log, between meetings, with a note for its history. */
  markActionDone: method(
    z
      .object({ actionId: id, note: multiLine('Note', 2_000).default(''), doneOn: isoDate.optional() })
      .strict(),
  ).returns<ActionLogEntry>(),
  /** Updates an earlier action as reviewed in this meeting's Matters arising: done, carried forward or open, with a sentence. */
  updateActionReview: method(
    z
      .object({ reviewId: id, status: z.enum(actionStatuses).optional(), note: multiLine('Sentence', 2_000).optional() })
      .strict(),
  ).returns<ActionReview>(),
  /** Brings the committee's outstanding actions into this meeting's Matters arising (those not already there). */
  carryForwardActions: method(z.object({ meetingId: id }).strict()).returns<ActionReview[]>(),
  /** Writes the (filtered) action log as a Word document. */
  exportActionLog: method(
    z
      .object({
        committeeId: id,
        owner: actionOwnerSchema.optional(),
        meetingId: id.optional(),
        status: z.enum(actionStatuses).optional(),
        target: fileGrant,
        openAfterwards: z.boolean().default(false),
      })
      .strict(),
  ).returns<Promise<SavedFile>>(),

  // ── Continuity ──

  /**
   * Creates the meeting after this one: the committee's agenda template, the previous minutes'
   * approval, this meeting's outstanding actions in Matters arising, and the two linked. The date
   * defaults to this meeting's "date of next meeting"; time, venue and virtual to this meeting's.
   */
  createNextMeeting: method(
    z
      .object({
        meetingId: id,
        date: isoDate.optional(),
        startTime: clockTime.optional(),
        venue: singleLine('Venue', 200).optional(),
        isVirtual: z.boolean().optional(),
        title: singleLine('Title', 300).optional(),
      })
      .strict(),
  ).returns<Meeting>(),
  /** This meeting's numbered minutes and the committee's earlier ones, newest meeting first: for "minute 40" links. */
  listMinuteIndex: method(z.object({ meetingId: id }).strict()).returns<MinuteIndexEntry[]>(),

  // ── Search ──

  /** Full-text search over every committee's titles, notes, resolutions, actions and declarations; best first. */
  search: method(
    z
      .object({
        query: z.string().max(200, 'Search for at most 200 characters.'),
        limit: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
  ).returns<SearchResult[]>(),

  // ── The chairman's review: states, versions, review and response files, compare (issue 8) ──

  /** Every saved version of the minutes, newest first. */
  listMinutesVersions: method(z.object({ meetingId: id }).strict()).returns<MinutesVersionSummary[]>(),
  /** One version's snapshot, as a MeetingDetail to compose. */
  getMinutesVersion: method(z.object({ meetingId: id, version: versionNumber }).strict()).returns<MinutesVersion>(),
  /** Makes the minutes a draft again (from with the chairman, returned, approved or confirmed), saving a version with the reason. */
  startNewDraft: method(
    z.object({ meetingId: id, reason: requiredLine('Reason', 500), by }).strict(),
  ).returns<MinutesStatus>(),
  /** Brings an older version back as the draft (a new version; the versions in between are kept). */
  restoreMinutesVersion: method(
    z.object({ meetingId: id, version: versionNumber, reason: requiredLine('Reason', 500), by }).strict(),
  ).returns<MinutesStatus>(),
  /** Confirms approved minutes as a correct record, linked to the next meeting's "minutes of the previous meeting" resolution. */
  confirmMinutes: method(z.object({ meetingId: id, resolutionId: id, by }).strict()).returns<MinutesStatus>(),

  /** Saves a version, writes the review file for the chairman and moves the minutes to With the chairman. */
  sendToChairman: method(
    z.object({ meetingId: id, target: fileGrant, by, note: multiLine('Note', 2_000).default('') }).strict(),
  ).returns<SentToChairman>(),
  /** The chairman's side: opens a review file (no committee set-up), resuming the response beside it. */
  openReview: method(z.object({ source: fileGrant }).strict()).returns<Promise<OpenedReview>>(),
  /** Review mode: the chairman beside the secretary. Moves the minutes to With the chairman and opens them for comments. */
  startReviewHere: method(
    z.object({ meetingId: id, reviewer: personName('The chairman’s name'), by }).strict(),
  ).returns<OpenedReview>(),
  /** Saves the whole response so far (beside the review file, or in the database in review mode). */
  saveReviewResponse: method(
    z
      .object({
        reviewId: reviewHandle,
        reviewer: personName('Your name'),
        comments: z
          .array(reviewCommentSchema)
          .max(reviewLimits.comments, `A response holds at most ${reviewLimits.comments.toLocaleString('en-GB')} comments.`),
        decision: reviewDecisionInputSchema.nullable(),
      })
      .strict(),
  ).returns<SavedResponse>(),
  /** Review mode: records the response exactly as importing a response file would. */
  finishReviewHere: method(z.object({ reviewId: reviewHandle }).strict()).returns<ResponseImport>(),
  closeReview: method(z.object({ reviewId: reviewHandle }).strict()).returns<{ closed: true }>(),
  /** Brings the chairman's response back: comments to their items, the decision recorded. Importing it again changes nothing. */
  importReviewResponse: method(z.object({ source: fileGrant, by }).strict()).returns<ResponseImport>(),
  /** Every comment brought back for the meeting, with where its passage is in the current draft. */
  listReviewComments: method(z.object({ meetingId: id }).strict()).returns<ReviewCommentRecord[]>(),
  /** Accepts (applies to the draft, as one new version) or declines suggestions: one, several or all. */
  resolveSuggestions: method(
    z
      .object({
        meetingId: id,
        commentIds: z.array(z.uuid()).min(1, 'Choose a suggestion.').max(reviewLimits.comments),
        decision: z.enum(['accept', 'decline']),
        by,
      })
      .strict(),
  ).returns<SuggestionsResolved>(),

  /** Compares two states of the minutes; {sent} → {current} is "what changed since the chairman saw it". */
  compareMinutes: method(z.object({ meetingId: id, from: minutesRef, to: minutesRef }).strict()).returns<MinutesComparison>(),
  /** Writes a comparison as a Word document: insertions underlined, deletions struck through. */
  exportComparison: method(
    z
      .object({ meetingId: id, from: minutesRef, to: minutesRef, target: fileGrant, openAfterwards: z.boolean().default(false) })
      .strict(),
  ).returns<Promise<SavedFile>>(),

  /** A review or response file handed to the app by the system (double-click, or the preview's --open); null when none is waiting. */
  takeOpenedFile: method(none).returns<OpenedFile | null>(),

  // ── The data file itself (issue 9): answered even when the file is damaged or missing ──
  getStoreStatus: method(none).returns<StoreStatus>(),
  listBackups: method(none).returns<{ folder: string; backups: BackupInfo[] }>(),
  backUpNow: method(none).returns<Promise<BackupInfo>>(),
  /** Backs up the current state, then puts the named backup (one of listBackups') in its place. */
  restoreBackup: method(z.object({ name: z.string().min(1).max(200) }).strict()).returns<Promise<StoreStatus>>(),
};

export type ChosenFile = { grantId: string; fileName: string } | { cancelled: true };

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodResult<K extends MethodName> = Contract[K]['result'];

/** What `window.proceedings` offers the renderer. */
export type ProceedingsApi = {
  [K in MethodName]: (input: MethodInput<K>) => Promise<Awaited<MethodResult<K>>>;
};

/** The handler table: plain functions over the store (the file-writing ones answer with a Promise). */
export type HandlerTable = {
  [K in MethodName]: (input: ParsedInput<K>) => MethodResult<K>;
};

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Commands the native menu sends to the screen. */
export const menuCommands = [
  'new-meeting',
  'show-shortcuts',
  'next-item',
  'previous-item',
  'add-item',
  'toggle-preview',
  'export-minutes',
  'export-meeting-file',
  'import-meeting-file',
  'open-review',
  'import-response',
  'send-to-chairman',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/**
 * Events from the main process: menu commands, "flush your unsaved edits, the window is closing",
 * and "a file was handed to the app: call takeOpenedFile".
 */
export type AppEvents = { 'menu-command': MenuCommand; 'before-close': undefined; 'file-opened': undefined };
export type AppEventListener<E extends keyof AppEvents> = (payload: AppEvents[E]) => void | Promise<void>;

/**
 * The Electron IPC channels, one name each for the preload, ipc.ts and main.ts: the contract's
 * calls, the events above, and the renderer's "edits flushed, close now" answer to before-close.
 */
export const ipcChannels = {
  call: 'proceedings:call',
  menuCommand: 'proceedings:menu-command',
  fileOpened: 'proceedings:file-opened',
  beforeClose: 'proceedings:before-close',
  readyToClose: 'proceedings:ready-to-close',
} as const;

/** Exactly what the preload (and the preview bridge) put on `window.proceedings`. */
export type ProceedingsBridge = ProceedingsApi & {
  on<E extends keyof AppEvents>(event: E, listener: AppEventListener<E>): () => void;
};
export const bridgeKeys = [...methodNames, 'on'] as const;

/** A file the main process wrote. */
export type SavedFile = { targetPath: string; byteLength: number };

/** What importing a meeting file did: added it, found it the same as here, or found a meeting here that differs. */
export type ImportedMeeting =
  | { outcome: 'added'; committeeId: string; meetingId: string; isNewCommittee: boolean }
  | { outcome: 'unchanged'; committeeId: string; meetingId: string; isNewCommittee: false }
  | {
      outcome: 'exists';
      committeeId: string;
      meetingId: string;
      isNewCommittee: false;
      /** For resolveMeetingImport; kept for 10 minutes. */
      pendingImportId: string;
      fileName: string;
      /** The meeting here (from) against the file (to). */
      comparison: MinutesComparison;
    };

export type ResolvedMeetingImport =
  | { outcome: 'updated'; meetingId: string; version: MinutesVersionSummary }
  | { outcome: 'copied'; committeeId: string; meetingId: string };

export type ResolutionResult = Resolution & { confirmOffer: ConfirmOffer | null };

export type MinutesVersion = { summary: MinutesVersionSummary; detail: MeetingDetail };

export type SentToChairman = { status: MinutesStatus; version: MinutesVersionSummary; file: SavedFile };

export type OpenedReview = {
  /** The handle for this review while it is open (main-process memory). */
  reviewId: string;
  review: ReviewSummary;
  /** The version sent, to compose: composeMinutes(detail, { mode: 'full' }). */
  detail: MeetingDetail;
  /** The same, already composed (full minutes), for the first paint. */
  minutes: MinutesDocument;
  /** What was saved before (a resumed review) or an empty response. */
  response: ReviewResponseDraft;
  isResumed: boolean;
  /** The response file beside the review; null in review mode. */
  responseFileName: string | null;
};

export type SavedResponse = { savedAt: string; fileName: string | null; decision: ReviewDecision | null };

export type ResponseImport = {
  meetingId: string;
  responseId: string;
  reviewer: string;
  /** The version the chairman reviewed. */
  version: number;
  decision: ReviewDecision | null;
  /** The same response was imported before: nothing changed. */
  isAlreadyImported: boolean;
  addedComments: number;
  comments: ReviewCommentRecord[];
  /** The draft was edited after it was sent; `moved` and `gone` list the comments whose passages moved or no longer exist. */
  isDraftChangedSinceSent: boolean;
  moved: string[];
  gone: string[];
  status: MinutesStatus;
};

export type SuggestionsResolved = {
  results: { commentId: string; outcome: 'accepted' | 'declined' | 'not-applied'; message: string }[];
  /** The version saved when something was applied. */
  version: MinutesVersionSummary | null;
  status: MinutesStatus;
};

export type OpenedFile = { grantId: string; purpose: 'review-open' | 'response-open'; fileName: string };
