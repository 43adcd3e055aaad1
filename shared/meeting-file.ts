import { z } from 'zod';
import { hasNameOrPost, nameOrPostRequired } from './compose/people.ts';
import { agendaOrderProblem } from './agenda-order.ts';
import {
  attendanceStatuses,
  chairRoles,
  defaultAgendaTemplate,
  defaultHouseStyle,
  defaultMinuteNumbering,
  emptyItemRecord,
  actionStatuses,
  itemKinds,
  meetingStatuses,
  memberStatuses,
  voteOutcomes,
  type AttendanceEntry,
  type ItemRecord,
  type MeetingDetail,
  type Member,
} from './domain.ts';
import {
  actionFields,
  clockTime,
  declarantSchema,
  declarationFields,
  houseStyleFields,
  id,
  isoDate,
  minuteNumberingSchema,
  multiLine,
  part2Schema,
  requiredLine,
  resolutionFields,
  sentenceKey,
  singleLine,
} from './fields.ts';
import { contentHash, type Sha256 } from './canonical-json.ts';
import { initialMinutesStatus, isReadOnlyState } from './minutes-state.ts';
import { emptyRichText, richTextSchema } from './rich-text.ts';
import { parseJsonText } from './limits.ts';

// The meeting file: one meeting with its committee and roster as versioned JSON, so a meeting can
// travel (to the chair's laptop and back, into the headless export) and keep its identity.
// Documented for people in docs/meeting-file.md; validated with the contract's own field schemas,
// so a file can hold nothing the app itself would refuse.
//
// Version rule: a reader refuses a newer version rather than guessing; a new field that older
// readers may ignore still needs a new version, because readers reject unknown fields.
//
// Version 2 carries everything a meeting has (version 1 lacked declarations, votes, the next
// meeting date, links to earlier minutes, reviewed actions, numbering and the minutes' state) and a
// `hash`: SHA-256 over the canonical JSON of the file without it, so damage is detected. It has no
// export time, so exporting, importing elsewhere and exporting again gives the same bytes. A
// version of the minutes (shared/minutes-state.ts) is stored as exactly this object.

export const meetingFileFormat = 'proceedings-meeting';
export const meetingFileVersion = 2;
/** Version 1 files still import: they are read as version 2 with what they lack left empty. */
export const oldestMeetingFileVersion = 1;
/** Large enough for a long meeting with megabyte notes, small enough to read in one go. */
export const meetingFileMaxBytes = 64 * 1024 * 1024;

const memberSchema = z
  .object({
    id,
    /** '' for a member known only by post. */
    name: singleLine('Name', 200),
    role: singleLine('Role', 300).default(''),
    organisation: singleLine('Organisation', 200).default(''),
    initials: singleLine('Initials', 12).default(''),
    chairRole: z.enum(chairRoles).nullable().default(null),
    isArchived: z.boolean().default(false),
  })
  .strict()
  .refine(hasNameOrPost, { message: nameOrPostRequired, path: ['name'] });

const houseStyleSchema = z
  .object({
    layout: houseStyleFields.layout.default(defaultHouseStyle.layout),
    fontFamily: houseStyleFields.fontFamily.default(defaultHouseStyle.fontFamily),
    fontSize: houseStyleFields.fontSize.default(defaultHouseStyle.fontSize),
    dateStyle: houseStyleFields.dateStyle.default(defaultHouseStyle.dateStyle),
    referTo: houseStyleFields.referTo.default(defaultHouseStyle.referTo),
    part2Wording: houseStyleFields.part2Wording.default(defaultHouseStyle.part2Wording),
  })
  .strict();

const committeeSchema = z
  .object({
    id,
    name: requiredLine('Committee name', 200),
    defaultVenue: singleLine('Default venue', 200).default(''),
    defaultStartTime: clockTime.default('10:00'),
    agendaTemplate: z
      .array(z.object({ title: requiredLine('Agenda item title', 500), kind: z.enum(itemKinds) }).strict())
      .max(200)
      .default(defaultAgendaTemplate),
    houseStyle: houseStyleSchema.prefault({}),
  })
  .strict();

const meetingSchema = z
  .object({
    id,
    date: isoDate,
    startTime: clockTime,
    venue: singleLine('Venue', 200).default(''),
    isVirtual: z.boolean().default(false),
    title: singleLine('Title', 300).default(''),
    status: z.enum(meetingStatuses).default('draft'),
    startedAt: clockTime.nullable().default(null),
    endedAt: clockTime.nullable().default(null),
  })
  .strict();

const versionStamp = z.object({ version: z.number().int().min(1), by: singleLine('Name', 200), at: z.string().min(1).max(40) }).strict();

/** What version 2 adds to the meeting: the links and numbers that come from other meetings, and the minutes' state. */
const meetingV2Schema = meetingSchema
  .extend({
    nextMeetingDate: isoDate.nullable().default(null),
    /** The meeting whose minutes this one confirms, which may not be in the file's data folder. */
    previousMeeting: z.object({ id, date: isoDate }).strict().nullable().default(null),
    /** The number of the first main item (continuous numbering counts other meetings). */
    firstMinuteNumber: z.number().int().min(1).max(1_000_000).default(1),
    /** The newest saved version of the minutes (0: none yet), the chairman's approval and the confirmation. */
    minutes: z
      .object({
        version: z.number().int().min(0).default(0),
        approval: versionStamp.nullable().default(null),
        confirmation: versionStamp
          .extend({ meetingId: id, meetingDate: isoDate, resolutionId: id })
          .strict()
          .nullable()
          .default(null),
      })
      .strict()
      .prefault({}),
  })
  .strict();

const presenterSchema = z.union([
  z.object({ memberId: id }).strict(),
  z.object({ name: requiredLine('Presenter', 200) }).strict(),
]);

const agendaItemSchema = z
  .object({
    id,
    parentId: id.nullable().default(null),
    kind: z.enum(itemKinds).default('general'),
    title: singleLine('Item title', 500).default(''),
    presenters: z.array(presenterSchema).max(50).default([]),
    notes: richTextSchema.default(emptyRichText),
    postMeetingNote: multiLine('Post-meeting note', 20_000).default(''),
    part2: part2Schema.nullable().default(null),
    sentenceOverrides: z
      .array(z.object({ key: sentenceKey, text: multiLine('Sentence', 5_000) }).strict())
      .max(200)
      .default([]),
    /** Titles only: the files themselves stay in the data folder they were added to. */
    papers: z.array(z.object({ id, title: requiredLine('Paper title', 300) }).strict()).max(200).default([]),
  })
  .strict();

const attendanceSchema = z
  .object({
    id,
    /** Set for a roster member (whose name and role come from `members`); null for a guest or substitute. */
    memberId: id.nullable().default(null),
    name: singleLine('Name', 200).default(''),
    role: singleLine('Role', 300).default(''),
    organisation: singleLine('Organisation', 200).default(''),
    status: z.enum(attendanceStatuses),
    substituteForMemberId: id.nullable().default(null),
    arrivedAt: clockTime.nullable().default(null),
    arrivedDuringItemId: id.nullable().default(null),
    leftAt: clockTime.nullable().default(null),
    leftDuringItemId: id.nullable().default(null),
  })
  .strict();

const resolutionSchema = z
  .object({
    id,
    itemId: id,
    form: resolutionFields.form.default('resolved'),
    text: resolutionFields.text,
    parts: resolutionFields.parts.default([]),
  })
  .strict();

const voteSchema = z
  .object({
    outcome: z.enum(voteOutcomes),
    counts: z.object({ for: z.number().int().min(0), against: z.number().int().min(0), abstentions: z.number().int().min(0) }).strict().nullable(),
    recorded: z
      .object({ for: z.array(requiredLine('Name', 200)).max(1000), against: z.array(requiredLine('Name', 200)).max(1000), abstained: z.array(requiredLine('Name', 200)).max(1000) })
      .strict()
      .nullable(),
  })
  .strict();

const declarationSchema = z
  .object({
    id,
    who: z.union([declarantSchema, z.object({ name: requiredLine('Name', 200) }).strict()]),
    itemId: id.nullable().default(null),
    nature: declarationFields.nature,
    description: declarationFields.description.default(''),
    leftRoom: declarationFields.leftRoom.default(false),
  })
  .strict();

/** An earlier meeting's action as reviewed at this one, with what the minutes say about it, so it reads the same where that meeting is not. */
const actionReviewSchema = z
  .object({
    id,
    actionId: id,
    itemId: id.nullable().default(null),
    status: z.enum(actionStatuses),
    note: multiLine('Sentence', 2_000).default(''),
    recordedOn: isoDate,
    action: z
      .object({
        description: actionFields.description,
        owner: actionFields.owner,
        dueDate: actionFields.dueDate,
        status: actionFields.status,
      })
      .strict(),
    origin: z
      .object({ meetingId: id, meetingDate: isoDate, itemId: id, itemNumber: singleLine('Minute number', 20), itemTitle: singleLine('Item title', 500) })
      .strict(),
    ownerName: singleLine('Owner', 200),
    ownerLabel: singleLine('Owner', 200),
  })
  .strict();

const actionSchema = z
  .object({
    id,
    itemId: id,
    resolutionId: id.nullable().default(null),
    resolutionPart: actionFields.resolutionPart.default(null),
    description: actionFields.description.default(''),
    owner: actionFields.owner,
    dueDate: actionFields.dueDate.default(null),
    status: actionFields.status.default('open'),
  })
  .strict();

const v1Shape = {
  format: z.literal(meetingFileFormat),
  exportedAt: z.string().max(40).optional(),
  committee: committeeSchema,
  /** The roster in its order. */
  members: z.array(memberSchema).max(1000),
  meeting: meetingSchema,
  /** Items in agenda order; a sub-item straight after its main item or its earlier sub-items. */
  agenda: z.array(agendaItemSchema).max(1000),
  /** What was recorded: roster members who were marked, then guests and substitutes in order. */
  attendance: z.array(attendanceSchema).max(2000).default([]),
  /** In order within each item. */
  resolutions: z.array(resolutionSchema).max(5000).default([]),
  actions: z.array(actionSchema).max(5000).default([]),
};

const v1Schema = z
  .object({ ...v1Shape, version: z.literal(1) })
  .strict()
  .superRefine((file, context) => checkReferences(file, context));

export const meetingFileSchema = z
  .object({
    format: z.literal(meetingFileFormat),
    version: z.literal(meetingFileVersion),
    /** SHA-256 (hex) of canonicalJson of the file without this field. */
    hash: z.string().regex(/^[0-9a-f]{64}$/, 'The hash is not a SHA-256 in hexadecimal.'),
    committee: committeeSchema.extend({ minuteNumbering: minuteNumberingSchema.default(defaultMinuteNumbering) }).strict(),
    members: v1Shape.members,
    meeting: meetingV2Schema,
    agenda: v1Shape.agenda,
    attendance: v1Shape.attendance,
    resolutions: z.array(resolutionSchema.extend({ vote: voteSchema.nullable().default(null) }).strict()).max(5000).default([]),
    actions: v1Shape.actions,
    /** In the order recorded. */
    declarations: z.array(declarationSchema).max(2000).default([]),
    /** Earlier meetings' actions reviewed at this one, in order. */
    actionReviews: z.array(actionReviewSchema).max(5000).default([]),
  })
  .strict()
  .superRefine((file, context) => {
    checkReferences(file, context);
    const problem = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    const itemIds = new Set(file.agenda.map((item) => item.id));
    const memberIds = new Set(file.members.map((member) => member.id));
    const attendeeIds = new Set(file.attendance.map((entry) => entry.id));
    const seen = new Set([...itemIds, ...memberIds, ...attendeeIds, ...file.resolutions.map((r) => r.id), ...file.actions.map((a) => a.id)]);
    const unique = (value: string, path: (string | number)[]) => {
      if (seen.has(value)) problem(path, `The id “${value}” is used twice.`);
      seen.add(value);
    };
    file.declarations.forEach((declaration, index) => {
      unique(declaration.id, ['declarations', index, 'id']);
      if (declaration.itemId !== null && !itemIds.has(declaration.itemId)) problem(['declarations', index, 'itemId'], 'That item is not in the agenda.');
      if ('memberId' in declaration.who && !memberIds.has(declaration.who.memberId)) problem(['declarations', index, 'who', 'memberId'], 'That person is not in members.');
      if ('attendeeId' in declaration.who && !attendeeIds.has(declaration.who.attendeeId)) problem(['declarations', index, 'who', 'attendeeId'], 'That person is not in attendance.');
    });
    file.actionReviews.forEach((review, index) => {
      unique(review.id, ['actionReviews', index, 'id']);
      if (review.itemId !== null && !itemIds.has(review.itemId)) problem(['actionReviews', index, 'itemId'], 'That item is not in the agenda.');
    });
  });

type ReferenceChecked = Pick<z.output<typeof v1Schema>, 'members' | 'agenda' | 'attendance' | 'resolutions' | 'actions'>;

/** Ids unique, and everything that names a person, an item or a resolution names one the file has. */
function checkReferences(file: ReferenceChecked, context: z.core.$RefinementCtx<unknown>) {
  const problem = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });

  const seen = new Set<string>();
  const unique = (value: string, path: (string | number)[]) => {
    if (seen.has(value)) problem(path, `The id “${value}” is used twice.`);
    seen.add(value);
  };
  file.members.forEach((member, index) => unique(member.id, ['members', index, 'id']));
  file.agenda.forEach((item, index) => unique(item.id, ['agenda', index, 'id']));
  file.attendance.forEach((entry, index) => unique(entry.id, ['attendance', index, 'id']));
  file.resolutions.forEach((resolution, index) => unique(resolution.id, ['resolutions', index, 'id']));
  file.actions.forEach((action, index) => unique(action.id, ['actions', index, 'id']));

  const memberIds = new Set(file.members.map((member) => member.id));
  const itemIds = new Set(file.agenda.map((item) => item.id));
  const order = agendaOrderProblem(file.agenda.map(({ id, parentId }) => ({ id, parentId })));
  if (order) problem(['agenda'], order);
  file.agenda.forEach((item, index) => {
    item.presenters.forEach((presenter, at) => {
      if ('memberId' in presenter && !memberIds.has(presenter.memberId)) {
        problem(['agenda', index, 'presenters', at, 'memberId'], 'That presenter is not in members.');
      }
    });
  });

  const checkItem = (value: string | null, path: (string | number)[]) => {
    if (value !== null && !itemIds.has(value)) problem(path, 'That item is not in the agenda.');
  };
  const recordedMembers = new Set<string>();
  const guestIds = new Set<string>();
  file.attendance.forEach((entry, index) => {
    const at = (field: string) => ['attendance', index, field];
    if (entry.memberId !== null) {
      if (!memberIds.has(entry.memberId)) problem(at('memberId'), 'That person is not in members.');
      if (recordedMembers.has(entry.memberId)) problem(at('memberId'), 'That member is listed twice.');
      recordedMembers.add(entry.memberId);
      if (!(memberStatuses as readonly string[]).includes(entry.status)) {
        problem(at('status'), `“${entry.status}” is not a choice for a roster member.`);
      }
    } else {
      guestIds.add(entry.id);
      if (entry.name.trim() === '') problem(at('name'), 'Name is required.');
      if ((memberStatuses as readonly string[]).includes(entry.status)) {
        problem(at('status'), `“${entry.status}” is only for roster members.`);
      }
    }
    if (entry.substituteForMemberId !== null) {
      if (entry.status !== 'substitute') problem(at('substituteForMemberId'), 'Only a substitute can stand in for a member.');
      else if (!memberIds.has(entry.substituteForMemberId)) problem(at('substituteForMemberId'), 'That person is not in members.');
    }
    checkItem(entry.arrivedDuringItemId, at('arrivedDuringItemId'));
    checkItem(entry.leftDuringItemId, at('leftDuringItemId'));
  });

  const resolutionItem = new Map(file.resolutions.map((resolution) => [resolution.id, resolution.itemId]));
  const resolutionParts = new Map(file.resolutions.map((resolution) => [resolution.id, resolution.parts.length]));
  file.resolutions.forEach((resolution, index) => checkItem(resolution.itemId, ['resolutions', index, 'itemId']));
  file.actions.forEach((action, index) => {
    const at = (...rest: (string | number)[]) => ['actions', index, ...rest];
    checkItem(action.itemId, at('itemId'));
    if (action.resolutionId !== null && resolutionItem.get(action.resolutionId) !== action.itemId) {
      problem(at('resolutionId'), 'That resolution is not one of this item’s.');
    }
    if (action.resolutionPart !== null && (resolutionParts.get(action.resolutionId ?? '') ?? 0) <= action.resolutionPart) {
      problem(at('resolutionPart'), 'That resolution has no such part.');
    }
    if ('memberId' in action.owner && !memberIds.has(action.owner.memberId)) {
      problem(at('owner', 'memberId'), 'That person is not in members.');
    }
    if ('attendeeId' in action.owner && !guestIds.has(action.owner.attendeeId)) {
      problem(at('owner', 'attendeeId'), 'That person is not a guest or substitute in attendance.');
    }
  });
}

export type MeetingFile = z.output<typeof meetingFileSchema>;
export type MeetingFileInput = z.input<typeof meetingFileSchema>;

export type ParsedMeetingFile = { ok: true; file: MeetingFile; readVersion: number } | { ok: false; message: string };

/**
 * Reads a meeting file's text (version 1 or 2); a refusal names the field at fault:
 * "agenda[3].title: …". A version 2 file whose hash does not match its content is refused as damaged.
 */
export function parseMeetingFile(text: string, sha256: Sha256): ParsedMeetingFile {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch {
    return { ok: false, message: 'This is not a meeting file: it is not valid JSON (it may be cut short or damaged).' };
  }
  return parseMeetingFileJson(json, sha256);
}

/** As parseMeetingFile, for JSON already read (a review file carries a meeting file inside it). */
export function parseMeetingFileJson(json: unknown, sha256: Sha256): ParsedMeetingFile {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== meetingFileFormat) {
    return { ok: false, message: 'This is not a Proceedings meeting file.' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > meetingFileVersion) {
    return {
      ok: false,
      message: `This meeting file was saved by a newer version of Proceedings (format version ${version}; this version reads up to version ${meetingFileVersion}). Please update Proceedings.`,
    };
  }
  if (version === 1) {
    const parsed = v1Schema.safeParse(json);
    if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
    return { ok: true, file: upgradeVersion1(parsed.data, sha256), readVersion: 1 };
  }
  const parsed = meetingFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  if (contentHash(parsed.data, sha256) !== parsed.data.hash) {
    return { ok: false, message: 'The file has been changed or damaged since Proceedings wrote it: its content does not match its hash.' };
  }
  return { ok: true, file: parsed.data, readVersion: meetingFileVersion };
}

/**
 * A meeting file Proceedings itself wrote and stored (a saved version): only its hash is checked,
 * since its fields were the app's own when it was written. Anything from outside goes through
 * parseMeetingFileJson.
 */
export function readStoredMeetingFile(text: string, sha256: Sha256): ParsedMeetingFile {
  const json = JSON.parse(text) as MeetingFile;
  if (json?.format !== meetingFileFormat || json.version !== meetingFileVersion) return parseMeetingFileJson(json, sha256);
  if (contentHash(json, sha256) !== json.hash) return { ok: false, message: 'its content does not match its hash.' };
  return { ok: true, file: json, readVersion: meetingFileVersion };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${fieldPath(issue.path)}${issue.message}`;
}

/** A version 1 file as version 2: what version 1 could not say is left empty, as it always read. */
function upgradeVersion1(file: z.output<typeof v1Schema>, sha256: Sha256): MeetingFile {
  const { exportedAt: _exportedAt, version: _version, ...rest } = file;
  return withHash(
    {
      ...rest,
      format: meetingFileFormat,
      version: meetingFileVersion,
      committee: { ...rest.committee, minuteNumbering: { ...defaultMinuteNumbering } },
      meeting: { ...rest.meeting, nextMeetingDate: null, previousMeeting: null, firstMinuteNumber: 1, minutes: { version: 0, approval: null, confirmation: null } },
      resolutions: rest.resolutions.map((resolution) => ({ ...resolution, vote: null })),
      declarations: [],
      actionReviews: [],
    },
    sha256,
  );
}

/** The file with its hash, the hash placed after the version so a reader sees it near the top. */
export function withHash(file: Omit<MeetingFile, 'hash'>, sha256: Sha256): MeetingFile {
  const { format, version, ...content } = file;
  return { format, version, hash: contentHash(file, sha256), ...content };
}

/** Identifies what the minutes say, leaving out where they are in their review (state, version, approval): equal keys, nothing to import. */
export function minutesContentKey(file: MeetingFile, sha256: Sha256): string {
  const { status: _status, minutes: _minutes, ...meeting } = file.meeting;
  return contentHash({ ...file, meeting }, sha256);
}

/** The text Proceedings writes: two-space JSON in the file's own field order, with a final new line. */
export function meetingFileText(file: MeetingFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** ["agenda", 3, "title"] → "agenda[3].title: ". */
function fieldPath(path: PropertyKey[]): string {
  if (path.length === 0) return '';
  const text = path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
  return `${text}: `;
}

/** The file for one meeting, from what getMeeting returns. */
export function meetingFileFromDetail(detail: MeetingDetail, sha256: Sha256): MeetingFile {
  const { committee, meeting, houseStyle } = detail;
  const recordOf = (itemId: string): ItemRecord => detail.byItem[itemId] ?? emptyItemRecord();
  const items = detail.agenda.map((item) => item.id);
  return withHash(
    {
      format: meetingFileFormat,
      version: meetingFileVersion,
      committee: {
        id: committee.id,
        name: committee.name,
        defaultVenue: committee.defaultVenue,
        defaultStartTime: committee.defaultStartTime,
        agendaTemplate: committee.agendaTemplate,
        houseStyle,
        minuteNumbering: committee.minuteNumbering,
      },
      members: detail.members.map(({ id, name, role, organisation, initials, chairRole, isArchived }) => ({
        id,
        name,
        role,
        organisation,
        initials,
        chairRole,
        isArchived,
      })),
      meeting: {
        id: meeting.id,
        date: meeting.date,
        startTime: meeting.startTime,
        venue: meeting.venue,
        isVirtual: meeting.isVirtual,
        title: meeting.title,
        status: meeting.status,
        startedAt: meeting.startedAt,
        endedAt: meeting.endedAt,
        nextMeetingDate: meeting.nextMeetingDate,
        previousMeeting: detail.previousMeeting,
        firstMinuteNumber: detail.firstMinuteNumber,
        minutes: { version: detail.minutes.version, approval: detail.minutes.approval, confirmation: detail.minutes.confirmation },
      },
      agenda: detail.agenda.map((item) => {
        const record = recordOf(item.id);
        return {
          id: item.id,
          parentId: item.parentId,
          kind: item.kind,
          title: item.title,
          presenters: item.presenters,
          notes: item.notes,
          postMeetingNote: item.postMeetingNote,
          part2: record.part2,
          sentenceOverrides: record.sentenceOverrides,
          papers: record.papers.map(({ id, title }) => ({ id, title })),
        };
      }),
      attendance: detail.attendance
        .filter((entry) => entry.attendeeId !== null)
        .map((entry) => ({
          id: entry.attendeeId!,
          memberId: entry.memberId,
          // A member's name and role live in `members`; repeating them here would let the two disagree.
          name: entry.memberId ? '' : entry.name,
          role: entry.memberId ? '' : entry.role,
          organisation: entry.memberId ? '' : entry.organisation,
          status: entry.status,
          substituteForMemberId: entry.substituteForMemberId,
          arrivedAt: entry.arrivedAt,
          arrivedDuringItemId: entry.arrivedDuringItemId,
          leftAt: entry.leftAt,
          leftDuringItemId: entry.leftDuringItemId,
        })),
      resolutions: items.flatMap((itemId) =>
        recordOf(itemId).resolutions.map(({ id, form, text, parts, vote }) => ({ id, itemId, form, text, parts, vote })),
      ),
      actions: items.flatMap((itemId) =>
        recordOf(itemId).actions.map(({ id, resolutionId, resolutionPart, description, owner, dueDate, status }) => ({
          id,
          itemId,
          resolutionId,
          resolutionPart,
          description,
          owner,
          dueDate,
          status,
        })),
      ),
      declarations: detail.declarations.map(({ id, who, itemId, nature, description, leftRoom }) => ({
        id,
        who,
        itemId,
        nature,
        description,
        leftRoom,
      })),
      actionReviews: detail.actionReviews.map((review) => ({
        id: review.id,
        actionId: review.actionId,
        itemId: review.itemId,
        status: review.status,
        note: review.note,
        recordedOn: review.recordedOn,
        action: {
          description: review.action.description,
          owner: review.action.owner,
          dueDate: review.action.dueDate,
          status: review.action.status,
        },
        origin: review.origin,
        ownerName: review.ownerName,
        ownerLabel: review.ownerLabel,
      })),
    },
    sha256,
  );
}

/**
 * The MeetingDetail a meeting file stands for, as getMeeting would return it after an import —
 * so the headless export, a version's snapshot and the chairman's review compose straight from
 * the file. Timestamps the file does not carry are `stamp`.
 */
export function detailFromMeetingFile(file: MeetingFile, stamp = ''): MeetingDetail {
  const { houseStyle, minuteNumbering, ...committee } = file.committee;
  const { previousMeeting, firstMinuteNumber, minutes, ...meeting } = file.meeting;
  const meetingId = meeting.id;
  const members: Member[] = file.members.map((member, position) => ({ ...member, committeeId: committee.id, position }));
  const recorded = new Map(file.attendance.filter((entry) => entry.memberId).map((entry) => [entry.memberId!, entry]));
  const attendance: AttendanceEntry[] = [];
  for (const member of members) {
    const entry = recorded.get(member.id);
    if (member.isArchived && !entry) continue;
    attendance.push({
      attendeeId: entry?.id ?? null,
      memberId: member.id,
      name: member.name,
      role: member.role,
      organisation: member.organisation,
      chairRole: member.chairRole,
      status: entry?.status ?? 'unmarked',
      substituteForMemberId: null,
      arrivedAt: entry?.arrivedAt ?? null,
      arrivedDuringItemId: entry?.arrivedDuringItemId ?? null,
      leftAt: entry?.leftAt ?? null,
      leftDuringItemId: entry?.leftDuringItemId ?? null,
    });
  }
  for (const entry of file.attendance) {
    if (entry.memberId) continue;
    attendance.push({
      attendeeId: entry.id,
      memberId: null,
      name: entry.name,
      role: entry.role,
      organisation: entry.organisation,
      chairRole: null,
      status: entry.status,
      substituteForMemberId: entry.substituteForMemberId,
      arrivedAt: entry.arrivedAt,
      arrivedDuringItemId: entry.arrivedDuringItemId,
      leftAt: entry.leftAt,
      leftDuringItemId: entry.leftDuringItemId,
    });
  }
  const byItem: Record<string, ItemRecord> = {};
  for (const item of file.agenda) {
    byItem[item.id] = {
      part2: item.part2,
      sentenceOverrides: item.sentenceOverrides,
      papers: item.papers.map((paper, position) => ({ ...paper, itemId: item.id, fileName: null, position })),
      resolutions: [],
      actions: [],
    };
  }
  for (const resolution of file.resolutions) {
    const record = byItem[resolution.itemId]!;
    record.resolutions.push({ ...resolution, position: record.resolutions.length, updatedAt: stamp });
  }
  for (const action of file.actions) {
    const record = byItem[action.itemId]!;
    record.actions.push({ ...action, position: record.actions.length, updatedAt: stamp });
  }
  return {
    committee: { ...committee, minuteNumbering, createdAt: stamp, updatedAt: stamp },
    meeting: {
      ...meeting,
      committeeId: committee.id,
      previousMeetingId: previousMeeting?.id ?? null,
      createdAt: stamp,
      updatedAt: stamp,
    },
    members,
    agenda: file.agenda.map((item, position) => ({
      id: item.id,
      meetingId,
      parentId: item.parentId,
      position,
      kind: item.kind,
      title: item.title,
      presenters: item.presenters,
      notes: item.notes,
      postMeetingNote: item.postMeetingNote,
      updatedAt: stamp,
    })),
    attendance,
    houseStyle,
    byItem,
    firstMinuteNumber,
    previousMeeting,
    declarations: file.declarations.map((declaration, position) => ({ ...declaration, meetingId, position, updatedAt: stamp })),
    actionReviews: file.actionReviews.map((review, position) => ({
      id: review.id,
      actionId: review.actionId,
      meetingId,
      itemId: review.itemId,
      status: review.status,
      note: review.note,
      recordedOn: review.recordedOn,
      position,
      updatedAt: stamp,
      action: {
        ...review.action,
        id: review.actionId,
        itemId: review.origin.itemId,
        resolutionId: null,
        resolutionPart: null,
        position: 0,
        updatedAt: stamp,
      },
      origin: review.origin,
      ownerName: review.ownerName,
      ownerLabel: review.ownerLabel,
    })),
    minutes: {
      ...initialMinutesStatus,
      state: meeting.status,
      version: minutes.version,
      isReadOnly: isReadOnlyState(meeting.status),
      approval: minutes.approval,
      confirmation: minutes.confirmation,
    },
    confirmOffer: null,
  };
}

/**
 * The file as a separate meeting: new ids for the meeting and everything in it (the committee and
 * its roster stay), every reference and sentence key following, " (copy)" on the title, and the
 * minutes a fresh draft — a copy has not been approved.
 */
export function separateCopy(file: MeetingFile, newId: () => string, sha256: Sha256): MeetingFile {
  const ids = new Map<string, string>();
  const fresh = (old: string) => {
    const next = newId();
    ids.set(old, next);
    return next;
  };
  const meetingId = fresh(file.meeting.id);
  for (const item of file.agenda) {
    fresh(item.id);
    for (const paper of item.papers) fresh(paper.id);
  }
  for (const entry of file.attendance) fresh(entry.id);
  for (const resolution of file.resolutions) fresh(resolution.id);
  for (const action of file.actions) fresh(action.id);
  for (const declaration of file.declarations) fresh(declaration.id);
  for (const review of file.actionReviews) fresh(review.id);
  const map = (old: string) => ids.get(old) ?? old;
  const mapNull = (old: string | null) => (old === null ? null : map(old));
  // "substitute:<attendee>", "vote:<resolution>", "declaration:<id>", "arrival:<person>"…
  const mapKey = (key: string) => {
    const at = key.indexOf(':');
    return at < 0 ? key : `${key.slice(0, at)}:${map(key.slice(at + 1))}`;
  };
  const mapOwner = <T extends { attendeeId: string } | object>(owner: T): T =>
    'attendeeId' in owner ? { ...owner, attendeeId: map(owner.attendeeId) } : owner;
  const { hash: _hash, ...content } = file;
  return withHash(
    {
      ...content,
      meeting: {
        ...file.meeting,
        id: meetingId,
        title: `${file.meeting.title}${file.meeting.title ? ' ' : ''}(copy)`.slice(0, 300),
        status: 'draft',
        minutes: { version: 0, approval: null, confirmation: null },
      },
      agenda: file.agenda.map((item) => ({
        ...item,
        id: map(item.id),
        parentId: mapNull(item.parentId),
        sentenceOverrides: item.sentenceOverrides.map((override) => ({ ...override, key: mapKey(override.key) })),
        papers: item.papers.map((paper) => ({ ...paper, id: map(paper.id) })),
      })),
      attendance: file.attendance.map((entry) => ({
        ...entry,
        id: map(entry.id),
        arrivedDuringItemId: mapNull(entry.arrivedDuringItemId),
        leftDuringItemId: mapNull(entry.leftDuringItemId),
      })),
      resolutions: file.resolutions.map((resolution) => ({ ...resolution, id: map(resolution.id), itemId: map(resolution.itemId) })),
      actions: file.actions.map((action) => ({
        ...action,
        id: map(action.id),
        itemId: map(action.itemId),
        resolutionId: mapNull(action.resolutionId),
        owner: mapOwner(action.owner),
      })),
      declarations: file.declarations.map((declaration) => ({
        ...declaration,
        id: map(declaration.id),
        itemId: mapNull(declaration.itemId),
        who: mapOwner(declaration.who),
      })),
      actionReviews: file.actionReviews.map((review) => ({ ...review, id: map(review.id), itemId: mapNull(review.itemId) })),
    },
    sha256,
  );
}
