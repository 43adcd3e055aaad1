import {
  type Action,
  type ActionReview,
  type ActionOwner,
  type AgendaItem,
  type Declarant,
  type AttendanceEntry,
  type HouseStyle,
  type ItemRecord,
  type MeetingDetail,
  type Member,
  type Part2,
  type Resolution,
  emptyItemRecord,
} from '../domain.ts';
import { isDraftState } from '../minutes-state.ts';
import { numberAgenda, type Numbered } from '../numbering.ts';
import type { BlockNode, InlineNode, RichText } from '../rich-text.ts';
import { isRichTextEmpty } from '../rich-text.ts';
import { formatDate, formatTime, joinList, leadWords, sentenceStart, toTitleCapitals } from '../wording.ts';
import type {
  AttendanceGroup,
  Inline,
  MinutesBlock,
  MinutesDocument,
  MinutesItem,
  MinutesMode,
  MinutesSection,
  ParagraphBlock,
} from './model.ts';
import { describe, describeInSentence, personKey, refer } from './people.ts';
import { initialsOf, memberInitials } from '../initials.ts';
import { declarationSentence, reviewSentence, voteSentence } from './sentences.ts';

export type { MinutesDocument } from './model.ts';

// compose: a meeting as captured → the minutes as a reader sees them. Pure: no Node, no DOM, so
// the preview runs it on every keystroke and the Word export and the headless CLI run it too.
//
// Where generated sentences go, and the keys the secretary overrides them by:
//   apologies            "Apologies for absence were received from A, B and C." — the apologies item
//   substitute:<id>      "D attended as substitute for E." — the apologies item
//   declarations         "There were no declarations of interest." — the declarations item, while no declaration is
//                        recorded and its notes are empty
//   declaration:<id>     "X declared a disclosable pecuniary interest in item 7 …" — the declarations item
//   left-room:<id>       "X left the room for item 7." — top of the item the declaration concerns
//   returned:<id>        "X returned to the room." — end of that item (unless X left the meeting during it)
//   vote:<resolution>    "The motion was carried by 7 votes to 2, with 1 abstention." — just before the resolution
//   action-review:<id>   "Circulate the figures (minute 7, 25 March 2021): completed. …" — the Matters arising item
//   next-meeting         "The date of the next meeting was noted as 24 June 2021." — the next-meeting item
//   arrival:<person>     "X arrived at 10.20 am." — top of the item they arrived during
//   departure:<person>   "X left the meeting at 10.45 am during item 6." — end of the item they left during
//   part2                the reason sentence that replaces a Part 2 item in the public minutes
// Arrivals and departures with no item recorded go to the apologies item (or the first item), as do
// declarations when the agenda has no declarations item. A declaration about an item that has since
// been deleted is left out with the item, as that item's resolutions are; so are the reviewed
// actions of a deleted Matters arising item.
//
// Minute numbers start at detail.firstMinuteNumber (continuous numbering, shared/numbering.ts), so
// "during item 76" and the numbers in the margin agree with the live form and search results.
//
// Part 2: in the public minutes such an item keeps its number and title and shows only the
// reason sentence — its notes, generated sentences, papers, resolutions and actions are all left
// out, since any of them may identify what was discussed. A sub-item of a Part 2 item is Part 2 too.

export type ComposeOptions = {
  mode: MinutesMode;
  /** Defaults to the committee's; the settings screen passes a draft to preview a change. */
  houseStyle?: HouseStyle;
};

export const sentenceKeys = {
  apologies: 'apologies',
  declarations: 'declarations',
  part2: 'part2',
  substitute: (attendeeId: string) => `substitute:${attendeeId}`,
  arrival: (person: string) => `arrival:${person}`,
  departure: (person: string) => `departure:${person}`,
  declaration: (declarationId: string) => `declaration:${declarationId}`,
  leftRoom: (declarationId: string) => `left-room:${declarationId}`,
  returned: (declarationId: string) => `returned:${declarationId}`,
  vote: (resolutionId: string) => `vote:${resolutionId}`,
  actionReview: (reviewId: string) => `action-review:${reviewId}`,
  nextMeeting: 'next-meeting',
} as const;

type Sentence = { key: string; text: string };

export function composeMinutes(detail: MeetingDetail, options: ComposeOptions): MinutesDocument {
  const style = options.houseStyle ?? detail.houseStyle;
  const { committee, meeting } = detail;
  const agenda = numberAgenda(detail.agenda, { firstNumber: detail.firstMinuteNumber ?? 1 });
  const numberById = new Map(agenda.map((item) => [item.id, item.number]));
  const recordOf = (itemId: string): ItemRecord => detail.byItem[itemId] ?? emptyItemRecord();
  const date = formatDate(meeting.date, style.dateStyle);

  const part2Of = (item: Numbered<AgendaItem>): Part2 | null =>
    // A sub-item of a Part 2 item is Part 2 too: its content belongs to the private discussion.
    recordOf(item.id).part2 ?? (item.parentId ? recordOf(item.parentId).part2 : null);

  const generated = generatedSentences(detail, agenda, numberById, style);
  const reviews = reviewsByItem(detail, agenda);

  const items: MinutesItem[] = agenda.map((item) => {
    const part2 = part2Of(item);
    const record = recordOf(item.id);
    const overrides = new Map(record.sentenceOverrides.map((override) => [override.key, override.text]));
    const sentence = (candidate: Sentence): ParagraphBlock | null => {
      const override = overrides.get(candidate.key);
      if (override === '') return null;
      return {
        kind: 'paragraph',
        role: 'generated',
        runs: textRuns(override ?? candidate.text),
        sentence: { key: candidate.key, isOverridden: override !== undefined },
      };
    };
    const isMain = item.depth === 0;
    const title = isMain ? toTitleCapitals(item.title) : item.title;
    const numbered = `${item.number} ${title}`;
    const base = {
      itemId: item.id,
      number: item.number,
      depth: item.depth,
      title,
      marginNumber: style.layout === 'action-column' && isMain ? item.number : '',
      heading: style.layout === 'action-column' && isMain ? title : numbered,
      isPart2: part2 !== null,
    };

    if (part2 && options.mode === 'public') {
      const block = sentence({ key: sentenceKeys.part2, text: `This item was considered in private because it involved ${part2Reason(part2, style)}.` });
      return { ...base, mark: null, sections: block ? [{ blocks: [block], actionColumn: [] }] : [] };
    }

    const sections: MinutesSection[] = [];
    const opening: MinutesBlock[] = [];
    if (part2) {
      opening.push({
        kind: 'paragraph',
        role: 'part2',
        runs: [{ text: 'CONFIDENTIAL', bold: true }, { text: ` — Part 2, not for publication: ${part2Reason(part2, style)}.` }],
      });
    }
    if (record.papers.length > 0) {
      opening.push({
        kind: 'paragraph',
        role: 'papers',
        runs: [{ text: 'Additional documents:', bold: true }, { text: ` ${joinList(record.papers.map((paper) => paper.title))}` }],
      });
    }
    for (const candidate of generated.opening.get(item.id) ?? []) pushIfAny(opening, sentence(candidate));
    opening.push(...notesBlocks(item.notes));
    // An action of the item is minuted in the secretary's own words, its owner beside them: the
    // notes above may be long, and the owner is only clear beside the sentence that names the task.
    // One with no words stands beside the notes.
    const itemActions = record.actions.filter((action) => action.resolutionId === null);
    sections.push(withActions(opening, itemActions.filter((action) => !action.description.trim()), detail, style));
    for (const action of itemActions.filter((each) => each.description.trim())) {
      sections.push(withActions([{ kind: 'paragraph', role: 'notes', runs: textRuns(action.description.trim()) }], [action], detail, style));
    }

    for (const review of reviews.get(item.id) ?? []) {
      const block = sentence({ key: sentenceKeys.actionReview(review.id), text: reviewSentence(review, style.dateStyle) });
      if (block) sections.push(reviewSection(block, review, style));
    }

    for (const resolution of record.resolutions) {
      const actions = record.actions.filter((action) => action.resolutionId === resolution.id);
      // The vote sentence has a row of its own, so the owners stand beside the decision itself.
      if (resolution.vote) {
        const vote = sentence({ key: sentenceKeys.vote(resolution.id), text: voteSentence(resolution.vote) });
        if (vote) sections.push({ blocks: [vote], actionColumn: [] });
      }
      sections.push(...resolutionSections(resolution, actions, detail, style));
    }

    const closing: MinutesBlock[] = [];
    if (item.postMeetingNote.trim()) closing.push(postMeetingNote(item.postMeetingNote));
    for (const candidate of generated.closing.get(item.id) ?? []) pushIfAny(closing, sentence(candidate));
    if (closing.length > 0) sections.push({ blocks: closing, actionColumn: [] });

    return { ...base, mark: part2 ? 'CONFIDENTIAL' : null, sections: mergeSections(sections) };
  });

  const headerMarks: string[] = [];
  if (isDraftState(meeting.status)) headerMarks.push('DRAFT');
  if (options.mode === 'full' && items.some((item) => item.isPart2)) headerMarks.push('CONFIDENTIAL');

  return {
    mode: options.mode,
    style: { layout: style.layout, fontFamily: style.fontFamily, fontSize: style.fontSize },
    headerMarks,
    title: committee.name.toLocaleUpperCase('en-GB'),
    subtitle: subtitleOf(detail, date),
    attendance: attendanceGroups(detail.attendance),
    actionHeading: style.layout === 'action-column' ? 'Action' : null,
    items,
    closing: {
      endedSentence: meeting.endedAt ? `The meeting ended at ${formatTime(meeting.endedAt)}` : null,
      signatureLabel: 'Chairman',
      dateLabel: 'Date',
    },
    metadata: {
      title: `${committee.name} — minutes of ${date}`,
      committee: committee.name,
      meetingDate: meeting.date,
      meetingDateText: date,
    },
  };
}

function subtitleOf({ meeting }: MeetingDetail, date: string): string {
  const what = meeting.title.trim() || 'meeting';
  const time = formatTime(meeting.startTime);
  if (meeting.isVirtual) return `Minutes of the virtual ${what} held at ${time} on ${date}`;
  if (meeting.venue.trim()) return `Minutes of the ${what} held at ${meeting.venue.trim()} at ${time} on ${date}`;
  return `Minutes of the ${what} held at ${time} on ${date}`;
}

export function part2Reason(part2: Part2, style: HouseStyle): string {
  const reason = part2.reason.trim() || style.part2Wording.replaceAll('{paragraph}', String(part2.paragraph ?? ''));
  return reason.replace(/\.$/, '');
}

// ── attendance ──

function attendanceGroups(attendance: AttendanceEntry[]): AttendanceGroup[] {
  const members = attendance.filter((entry) => entry.memberId !== null);
  const isJoint = (role: 'chairman' | 'vice-chairman') => members.filter((entry) => entry.chairRole === role).length > 1;
  const suffix = (entry: AttendanceEntry) => {
    if (entry.chairRole === 'chairman') return isJoint('chairman') ? ' (Joint Chairman)' : ' (Chairman)';
    if (entry.chairRole === 'vice-chairman') return isJoint('vice-chairman') ? ' (Joint Vice-Chairman)' : ' (Vice-Chairman)';
    return '';
  };
  const present = members.filter((entry) => entry.status === 'present');
  const chairs = [
    ...present.filter((entry) => entry.chairRole === 'chairman'),
    ...present.filter((entry) => entry.chairRole === 'vice-chairman'),
  ];
  const others = [
    ...present.filter((entry) => entry.chairRole === null),
    ...attendance.filter((entry) => entry.status === 'substitute'),
  ];
  // Stood in for: by name alone, as the minutes have always put it; by post where there is no name.
  const memberName = new Map(members.map((entry) => [entry.memberId, entry.name.trim() || describeInSentence(entry)]));
  const substituteFor = (entry: AttendanceEntry) => {
    const absentee = entry.status === 'substitute' && entry.substituteForMemberId ? memberName.get(entry.substituteForMemberId) : undefined;
    return absentee ? ` (substitute for ${absentee})` : '';
  };
  const groups: AttendanceGroup[] = [];
  const presentGroups = [chairs, others]
    .filter((group) => group.length > 0)
    .map((group) => group.map((entry) => `${describe(entry)}${suffix(entry)}${substituteFor(entry)}`));
  if (presentGroups.length > 0) groups.push({ heading: 'Present:', lineGroups: presentGroups });
  for (const [status, heading] of [
    ['also_present', 'Also Present:'],
    ['in_attendance', 'In attendance:'],
  ] as const) {
    const lines = attendance.filter((entry) => entry.status === status).map(describe);
    if (lines.length > 0) groups.push({ heading, lineGroups: [lines] });
  }
  return groups;
}

function generatedSentences(
  detail: MeetingDetail,
  agenda: Numbered<AgendaItem>[],
  numberById: Map<string, string>,
  style: HouseStyle,
): { opening: Map<string, Sentence[]>; closing: Map<string, Sentence[]> } {
  const opening = new Map<string, Sentence[]>();
  const closing = new Map<string, Sentence[]>();
  const add = (map: Map<string, Sentence[]>, itemId: string | undefined, sentence: Sentence) => {
    if (!itemId) return;
    map.set(itemId, [...(map.get(itemId) ?? []), sentence]);
  };
  const apologiesItem = agenda.find((item) => item.kind === 'apologies') ?? agenda[0];
  const declarationsItem = agenda.find((item) => item.kind === 'declarations');
  const live = (itemId: string | null) => (itemId && numberById.has(itemId) ? itemId : undefined);
  const { attendance } = detail;

  // Arrivals lead their item: the person was there for what follows.
  for (const entry of attendance) {
    if (entry.status === 'unmarked' || entry.status === 'apologies' || entry.status === 'absent') continue;
    if (!entry.arrivedAt && !entry.arrivedDuringItemId) continue;
    const itemId = live(entry.arrivedDuringItemId) ?? apologiesItem?.id;
    const who = sentenceStart(refer(entry, style.referTo));
    const when = entry.arrivedAt ? `at ${formatTime(entry.arrivedAt)}` : `during item ${numberById.get(itemId ?? '') ?? ''}`;
    add(opening, itemId, { key: sentenceKeys.arrival(personKey(entry)), text: `${who} arrived ${when}.` });
  }

  const members = attendance.filter((entry) => entry.memberId !== null);
  const hasTakenAttendance = members.some((entry) => entry.status !== 'unmarked');
  const apologies = members.filter((entry) => entry.status === 'apologies');
  if (apologiesItem && (apologies.length > 0 || hasTakenAttendance)) {
    add(opening, apologiesItem.id, {
      key: sentenceKeys.apologies,
      text:
        apologies.length > 0
          ? `Apologies for absence were received from ${joinList(apologies.map(describeInSentence))}.`
          : 'No apologies for absence were received.',
    });
  }
  const memberById = new Map(members.map((entry) => [entry.memberId!, entry]));
  for (const entry of attendance) {
    if (entry.status !== 'substitute' || !entry.attendeeId) continue;
    const absentee = entry.substituteForMemberId ? memberById.get(entry.substituteForMemberId) : undefined;
    const text = absentee
      ? `${sentenceStart(refer(entry, style.referTo))} attended as substitute for ${refer(absentee, style.referTo)}.`
      : `${sentenceStart(refer(entry, style.referTo))} attended as a substitute.`;
    add(opening, apologiesItem?.id, { key: sentenceKeys.substitute(entry.attendeeId), text });
  }

  // A declaration about a deleted item goes with that item; one made generally (no item) stays.
  const declarations = (detail.declarations ?? []).filter((declaration) => declaration.itemId === null || live(declaration.itemId));
  for (const declaration of declarations) {
    const person = personOf(detail, declaration.who);
    const who = sentenceStart(refer(person, style.referTo));
    const itemNumber = declaration.itemId ? (numberById.get(declaration.itemId) ?? null) : null;
    add(opening, declarationsItem?.id ?? live(declaration.itemId) ?? apologiesItem?.id, {
      key: sentenceKeys.declaration(declaration.id),
      text: declarationSentence(who, declaration, itemNumber),
    });
    if (declaration.leftRoom && declaration.itemId && itemNumber) {
      add(opening, declaration.itemId, { key: sentenceKeys.leftRoom(declaration.id), text: `${who} left the room for item ${itemNumber}.` });
      // Someone who left the meeting during that item did not come back to the room.
      const leftMeetingThen = person.leftDuringItemId === declaration.itemId;
      if (!leftMeetingThen) add(closing, declaration.itemId, { key: sentenceKeys.returned(declaration.id), text: `${who} returned to the room.` });
    }
  }
  // With none recorded, an empty declarations item means there were none.
  if (declarationsItem && declarations.length === 0 && isRichTextEmpty(declarationsItem.notes)) {
    add(opening, declarationsItem.id, { key: sentenceKeys.declarations, text: 'There were no declarations of interest.' });
  }

  const nextMeetingItem = agenda.find((item) => item.kind === 'next-meeting');
  if (nextMeetingItem && detail.meeting.nextMeetingDate) {
    add(opening, nextMeetingItem.id, {
      key: sentenceKeys.nextMeeting,
      text: `The date of the next meeting was noted as ${formatDate(detail.meeting.nextMeetingDate, style.dateStyle)}.`,
    });
  }

  for (const entry of attendance) {
    if (!entry.leftAt && !entry.leftDuringItemId) continue;
    const duringId = live(entry.leftDuringItemId);
    const itemId = duringId ?? apologiesItem?.id;
    const who = sentenceStart(refer(entry, style.referTo));
    const at = entry.leftAt ? ` at ${formatTime(entry.leftAt)}` : '';
    const during = duringId ? ` during item ${numberById.get(duringId)}` : '';
    add(closing, itemId, { key: sentenceKeys.departure(personKey(entry)), text: `${who} left the meeting${at}${during}.` });
  }
  return { opening, closing };
}

/** The person as recorded at this meeting, for wording: by roster, by attendance, or by the name kept. */
function personOf(detail: MeetingDetail, who: Declarant): Pick<AttendanceEntry, 'name' | 'role' | 'chairRole' | 'leftDuringItemId'> {
  const entry =
    'memberId' in who
      ? detail.attendance.find((candidate) => candidate.memberId === who.memberId)
      : 'attendeeId' in who
        ? detail.attendance.find((candidate) => candidate.attendeeId === who.attendeeId)
        : undefined;
  if (entry) return entry;
  const member = 'memberId' in who ? detail.members.find((candidate) => candidate.id === who.memberId) : undefined;
  if (member) return { name: member.name, role: member.role, chairRole: member.chairRole, leftDuringItemId: null };
  return { name: 'name' in who ? who.name : '', role: '', chairRole: null, leftDuringItemId: null };
}

/**
 * Reviewed actions by the item they are minuted in: the one they were brought into (left out with
 * it if it is deleted), or for reviews brought in with no such item, Matters arising or else the
 * previous minutes item.
 */
function reviewsByItem(detail: MeetingDetail, agenda: Numbered<AgendaItem>[]): Map<string, ActionReview[]> {
  const byItem = new Map<string, ActionReview[]>();
  const liveIds = new Set(agenda.map((item) => item.id));
  const fallback =
    agenda.find((item) => item.kind === 'matters-arising')?.id ?? agenda.find((item) => item.kind === 'previous-minutes')?.id;
  for (const review of detail.actionReviews ?? []) {
    const itemId = review.itemId === null ? fallback : liveIds.has(review.itemId) ? review.itemId : undefined;
    if (itemId) byItem.set(itemId, [...(byItem.get(itemId) ?? []), review]);
  }
  return byItem;
}

/** An earlier action's review, with its owner beside it while it is still to be done. */
function reviewSection(block: MinutesBlock, review: ActionReview, style: HouseStyle): MinutesSection {
  const isOutstanding = review.status !== 'done';
  if (style.layout === 'action-column') {
    return { blocks: [block], actionColumn: isOutstanding && review.ownerLabel ? [review.ownerLabel] : [] };
  }
  if (!isOutstanding) return { blocks: [block], actionColumn: [] };
  const due = review.action.dueDate ? ` — by ${formatDate(review.action.dueDate, style.dateStyle)}` : '';
  const line: MinutesBlock = {
    kind: 'paragraph',
    role: 'action-line',
    runs: [{ text: 'Action:', bold: true }, { text: ` ${review.ownerLabel || 'to be agreed'}${due}` }],
  };
  return { blocks: [block, line], actionColumn: [] };
}

// ── blocks ──

function pushIfAny(blocks: MinutesBlock[], block: MinutesBlock | null) {
  if (block) blocks.push(block);
}

/** Plain text as runs; line breaks in it become line breaks. */
function textRuns(text: string): Inline[] {
  const runs: Inline[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) runs.push({ lineBreak: true });
    if (line) runs.push({ text: line });
  });
  return runs;
}

function inlineRuns(nodes: InlineNode[] | undefined): Inline[] {
  return (nodes ?? []).flatMap((node): Inline[] => {
    if (node.type === 'hardBreak') return [{ lineBreak: true }];
    const marks = new Set((node.marks ?? []).map((mark) => mark.type));
    return textRuns(node.text).map((run) =>
      'text' in run
        ? {
            ...run,
            ...(marks.has('bold') ? { bold: true } : {}),
            ...(marks.has('italic') ? { italic: true } : {}),
            ...(marks.has('underline') ? { underline: true } : {}),
          }
        : run,
    );
  });
}

const hasText = (runs: Inline[]) => runs.some((run) => 'text' in run && run.text.trim() !== '');

function richBlocks(blocks: BlockNode[], keepEmpty: boolean): MinutesBlock[] {
  const result: MinutesBlock[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const runs = inlineRuns(block.content);
      const text = runs.map((run) => ('text' in run ? run.text : '\n')).join('');
      // A note added after the meeting can stand where it belongs, mid-item, as in the council's minutes.
      const lateNote = postMeetingNoteOpening.exec(text);
      if (lateNote) result.push(postMeetingNote(text.slice(lateNote[0].length).replace(/\)\.?\s*$/, '')));
      // Blank paragraphs are the editor's spacing; the renderers space paragraphs themselves.
      else if (hasText(runs) || keepEmpty) result.push({ kind: 'paragraph', role: 'notes', runs });
    } else {
      result.push({
        kind: 'list',
        ordered: block.type === 'orderedList',
        start: block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 1,
        items: block.content.map((item) => {
          const inner = richBlocks(item.content, false);
          // An empty list item keeps its place, so the numbering a reader sees does not jump.
          return inner.length > 0 ? inner : [{ kind: 'paragraph', role: 'notes', runs: [] }];
        }),
      });
    }
  }
  return result;
}

/** A notes paragraph the secretary opened with "Post Meeting Note:" (or "(Post Meeting Note:"). */
const postMeetingNoteOpening = /^\s*\(?\s*post[- ]meeting note\s*:\s*/i;

function postMeetingNote(text: string): ParagraphBlock {
  const note = text.trim().replace(/\.$/, '');
  return {
    kind: 'paragraph',
    role: 'post-meeting-note',
    runs: textRuns(`(Post Meeting Note: ${note}).`).map((run) => ('text' in run ? { ...run, italic: true } : run)),
  };
}

export function notesBlocks(notes: RichText): MinutesBlock[] {
  return richBlocks(notes.content, false);
}

/**
 * A resolution and its actions as rows: one row, the owners beside it, unless an action names one
 * of its parts ("Beside: part 2"). Then the resolution is cut after each such part, so its owner
 * stands level with it; the parts keep their numbers across the cut.
 */
function resolutionSections(resolution: Resolution, actions: Action[], detail: MeetingDetail, style: HouseStyle): MinutesSection[] {
  const lead = leadWords[resolution.form];
  const text = resolution.text.trim();
  const parts = resolution.parts
    .map((part, index) => ({ index, text: part.trim() }))
    .filter((part) => part.text !== '')
    .map((part, at) => ({ index: part.index, label: `${at + 1})`, runs: textRuns(part.text) }));
  const partOf = (action: Action) =>
    action.resolutionPart !== null && parts.some((part) => part.index === action.resolutionPart) ? action.resolutionPart : null;
  const wholeActions = actions.filter((action) => partOf(action) === null);
  const cuts = new Set(actions.map(partOf).filter((index) => index !== null));
  const block = (from: number, to: number): MinutesBlock => ({
    kind: 'resolution',
    resolutionId: resolution.id,
    runs: from === 0 ? [{ text: lead, bold: true }, ...(text ? textRuns(` ${text}`) : [])] : [],
    parts: parts.slice(from, to).map(({ label, runs }) => ({ label, runs })),
  });
  if (cuts.size === 0 || style.layout !== 'action-column') {
    return [withActions([block(0, parts.length)], actions, detail, style)];
  }
  const sections: MinutesSection[] = [];
  let from = 0;
  parts.forEach((part, at) => {
    if (!cuts.has(part.index)) return;
    const own = actions.filter((action) => partOf(action) === part.index);
    sections.push(withActions([block(from, at + 1)], from === 0 ? [...wholeActions, ...own] : own, detail, style));
    from = at + 1;
  });
  if (from < parts.length) sections.push({ blocks: [block(from, parts.length)], actionColumn: [] });
  return sections;
}

/**
 * How an owner stands in the Action column: the roster's initials where the secretary gave them,
 * else worked out from the name (or the post); a group by its name. The item editor shows the same.
 */
export function actionOwnerLabel(owner: ActionOwner, members: Member[], attendance: AttendanceEntry[]): string {
  if ('group' in owner) return owner.group.trim();
  if ('memberId' in owner) {
    const member = members.find((candidate) => candidate.id === owner.memberId);
    return member ? memberInitials(member) : '';
  }
  const guest = attendance.find((entry) => entry.attendeeId === owner.attendeeId);
  return guest ? initialsOf(guest.name) : '';
}

const ownerLabel = (action: Action, detail: MeetingDetail) => actionOwnerLabel(action.owner, detail.members, detail.attendance);

function withActions(blocks: MinutesBlock[], actions: Action[], detail: MeetingDetail, style: HouseStyle): MinutesSection {
  const owners = actions.map((action) => ownerLabel(action, detail)).filter(Boolean);
  if (style.layout === 'action-column') return { blocks, actionColumn: [...new Set(owners)] };
  const lines: MinutesBlock[] = actions.map((action) => {
    const owner = ownerLabel(action, detail) || 'to be agreed';
    const due = action.dueDate ? ` — by ${formatDate(action.dueDate, style.dateStyle)}` : '';
    return { kind: 'paragraph', role: 'action-line', runs: [{ text: 'Action:', bold: true }, { text: ` ${owner}${due}` }] };
  });
  return { blocks: [...blocks, ...lines], actionColumn: [] };
}

/** Joins neighbouring stretches with nothing in the Action column, and drops empty ones. */
function mergeSections(sections: MinutesSection[]): MinutesSection[] {
  const merged: MinutesSection[] = [];
  for (const section of sections) {
    if (section.blocks.length === 0 && section.actionColumn.length === 0) continue;
    const last = merged[merged.length - 1];
    if (last && last.actionColumn.length === 0 && section.actionColumn.length === 0) {
      merged[merged.length - 1] = { blocks: [...last.blocks, ...section.blocks], actionColumn: [] };
    } else {
      merged.push(section);
    }
  }
  return merged;
}

