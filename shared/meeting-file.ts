import { z } from 'zod';
import { agendaOrderProblem } from './agenda-order.ts';
import {
  attendanceStatuses,
  chairRoles,
  defaultAgendaTemplate,
  defaultHouseStyle,
  defaultMinuteNumbering,
  emptyItemRecord,
  itemKinds,
  meetingStatuses,
  memberStatuses,
  type AttendanceEntry,
  type ItemRecord,
  type MeetingDetail,
  type Member,
} from './domain.ts';
import {
  actionFields,
  clockTime,
  houseStyleFields,
  id,
  isoDate,
  multiLine,
  part2Schema,
  requiredLine,
  resolutionFields,
  sentenceKey,
  singleLine,
} from './fields.ts';
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

export const meetingFileFormat = 'proceedings-meeting';
export const meetingFileVersion = 1;
/** Large enough for a long meeting with megabyte notes, small enough to read in one go. */
export const meetingFileMaxBytes = 64 * 1024 * 1024;

const memberSchema = z
  .object({
    id,
    name: requiredLine('Name', 200),
    role: singleLine('Role', 300).default(''),
    organisation: singleLine('Organisation', 200).default(''),
    initials: singleLine('Initials', 12).default(''),
    chairRole: z.enum(chairRoles).nullable().default(null),
    isArchived: z.boolean().default(false),
  })
  .strict();

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

export const meetingFileSchema = z
  .object({
    format: z.literal(meetingFileFormat),
    version: z.literal(meetingFileVersion),
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
  })
  .strict()
  .superRefine((file, context) => {
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
  });

export type MeetingFile = z.output<typeof meetingFileSchema>;
export type MeetingFileInput = z.input<typeof meetingFileSchema>;

export type ParsedMeetingFile = { ok: true; file: MeetingFile } | { ok: false; message: string };

/** Reads a meeting file's text; a refusal names the field at fault: "agenda[3].title: …". */
export function parseMeetingFile(text: string): ParsedMeetingFile {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch {
    return { ok: false, message: 'This is not a meeting file: it is not valid JSON.' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== meetingFileFormat) {
    return { ok: false, message: 'This is not a Proceedings meeting file.' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > meetingFileVersion) {
    return {
      ok: false,
      message: `This meeting file was saved by a newer version of Proceedings (format version ${version}; this version reads version ${meetingFileVersion}). Please update Proceedings.`,
    };
  }
  const parsed = meetingFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, message: `${fieldPath(issue.path)}${issue.message}` };
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
export function meetingFileFromDetail(detail: MeetingDetail, exportedAt: string): MeetingFile {
  const { committee, meeting, houseStyle } = detail;
  const recordOf = (itemId: string): ItemRecord => detail.byItem[itemId] ?? emptyItemRecord();
  const items = detail.agenda.map((item) => item.id);
  return {
    format: meetingFileFormat,
    version: meetingFileVersion,
    exportedAt,
    committee: {
      id: committee.id,
      name: committee.name,
      defaultVenue: committee.defaultVenue,
      defaultStartTime: committee.defaultStartTime,
      agendaTemplate: committee.agendaTemplate,
      houseStyle,
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
      recordOf(itemId).resolutions.map(({ id, form, text, parts }) => ({ id, itemId, form, text, parts })),
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
  };
}

/**
 * The MeetingDetail a meeting file stands for, as getMeeting would return it after an import —
 * so the headless export composes straight from the file. Timestamps it does not carry are the
 * file's export time.
 */
export function detailFromMeetingFile(file: MeetingFile): MeetingDetail {
  const stamp = file.exportedAt ?? '';
  const { houseStyle, ...committee } = file.committee;
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
    record.resolutions.push({ ...resolution, vote: null, position: record.resolutions.length, updatedAt: stamp });
  }
  for (const action of file.actions) {
    const record = byItem[action.itemId]!;
    record.actions.push({ ...action, position: record.actions.length, updatedAt: stamp });
  }
  return {
    committee: { ...committee, minuteNumbering: { ...defaultMinuteNumbering }, createdAt: stamp, updatedAt: stamp },
    meeting: {
      ...file.meeting,
      committeeId: committee.id,
      previousMeetingId: null,
      nextMeetingDate: null,
      createdAt: stamp,
      updatedAt: stamp,
    },
    members,
    agenda: file.agenda.map((item, position) => ({
      id: item.id,
      meetingId: file.meeting.id,
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
    // Version 1 of the file carries none of what issue 4 added: numbering from 1, no links,
    // declarations, votes or reviewed actions.
    firstMinuteNumber: 1,
    previousMeeting: null,
    declarations: [],
    actionReviews: [],
    minutes: { ...initialMinutesStatus, state: file.meeting.status, isReadOnly: isReadOnlyState(file.meeting.status) },
    confirmOffer: null,
  };
}
