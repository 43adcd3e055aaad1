import { diffWordsWithSpace } from 'diff/lib/diff/word.js';
import { composeMinutes } from './compose/index.ts';
import { personLabel } from './compose/people.ts';
import type { MinutesItem } from './compose/model.ts';
import type { AttendanceEntry, MeetingDetail } from './domain.ts';
import { detailFromMeetingFile, type MeetingFile } from './meeting-file.ts';
import type { MinutesState } from './minutes-state.ts';
import { itemPassageText } from './review.ts';
import { formatDate, formatTime, leadWords } from './wording.ts';

// Comparing two states of the same minutes (two versions, a version and the draft, the draft and
// a meeting file): item by item with word-level insertions and deletions, items added, removed and
// moved, attendance, declarations, resolutions and actions. Pure, so the screen and the Word
// export of a comparison show the same thing.

/** A stretch of text that both sides have, or only the newer ('inserted') or only the older ('deleted'). "\n" separates paragraphs. */
export type DiffRun = { kind: 'same' | 'inserted' | 'deleted'; text: string };

export type ItemChange = 'added' | 'removed' | 'moved' | 'changed' | 'unchanged';

export type RecordComparison = {
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** What the record is, shortened: "RESOLVED that the update be noted.", "Action: Circulate the figures". */
  label: string;
  text: DiffRun[];
  /** Changes that are not wording: "Vote: carried → lost", "Owner: JS → KL", "Due: 2 April 2021 → 9 April 2021". */
  details: string[];
};

export type ItemComparison = {
  itemId: string;
  change: ItemChange;
  /** True for a moved item even when it also changed (change is then 'changed'). */
  isMoved: boolean;
  number: { from: string | null; to: string | null };
  title: { from: string | null; to: string | null };
  /** The item's minutes text (shared/review.ts itemPassageText), word by word. */
  text: DiffRun[];
  resolutions: RecordComparison[];
  actions: RecordComparison[];
};

export type AttendanceComparison = {
  person: string;
  change: 'added' | 'removed' | 'changed';
  /** In words: "Present", "Apologies", "Present, arrived 10.20 am", "Substitute for Joanne Stowell". */
  from: string | null;
  to: string | null;
};

export type ComparedSide = {
  /** "Version 2 (sent to the chairman, 26 March 2021)", "The current draft", "The meeting file …". */
  label: string;
  version: number | null;
  state: MinutesState;
  at: string | null;
};

export type MinutesComparison = {
  from: ComparedSide;
  to: ComparedSide;
  /** Date, Start time, Venue, Title, Date of next meeting, Ended at… */
  meeting: { field: string; from: string; to: string }[];
  attendance: AttendanceComparison[];
  declarations: RecordComparison[];
  /** In the newer side's order; removed items where they stood in the older. */
  items: ItemComparison[];
  summary: {
    itemsAdded: number;
    itemsRemoved: number;
    itemsMoved: number;
    itemsChanged: number;
    wordsInserted: number;
    wordsDeleted: number;
  };
  isSame: boolean;
};

// ── compareMinutes ──

export type CompareSides = { from: ComparedSide; to: ComparedSide };

/** Compares two states of one meeting's minutes (from → to), each as its meeting file. */
export function compareMinutes(from: MeetingFile, to: MeetingFile, sides: CompareSides): MinutesComparison {
  const before = detailFromMeetingFile(from);
  const after = detailFromMeetingFile(to);
  const beforeItems = composeMinutes(before, { mode: 'full' }).items;
  const afterItems = composeMinutes(after, { mode: 'full' }).items;
  const items = compareItems(before, after, beforeItems, afterItems);
  const declarations = compareRecords(
    new Map(before.declarations.map((d) => [d.id, declarationRecord(before, d)])),
    new Map(after.declarations.map((d) => [d.id, declarationRecord(after, d)])),
  );
  const meeting = compareMeetingFields(before, after);
  const attendance = compareAttendance(before, after);
  const runsOf = [...items.flatMap((item) => [item.text, ...item.resolutions.map((r) => r.text), ...item.actions.map((a) => a.text)]), ...declarations.map((d) => d.text)];
  const summary = {
    itemsAdded: items.filter((item) => item.change === 'added').length,
    itemsRemoved: items.filter((item) => item.change === 'removed').length,
    itemsMoved: items.filter((item) => item.isMoved).length,
    itemsChanged: items.filter((item) => item.change === 'changed').length,
    wordsInserted: sumWords(runsOf.flat(), 'inserted'),
    wordsDeleted: sumWords(runsOf.flat(), 'deleted'),
  };
  const isSame =
    meeting.length === 0 &&
    attendance.length === 0 &&
    declarations.length === 0 &&
    items.every((item) => item.change === 'unchanged' && item.resolutions.length === 0 && item.actions.length === 0);
  return { ...sides, meeting, attendance, declarations, items, summary, isSame };
}

/** Word-level runs from one text to another ("\n" between paragraphs kept as text). */
export function diffText(from: string, to: string): DiffRun[] {
  if (from === to) return from ? [{ kind: 'same', text: from }] : [];
  return diffWordsWithSpace(from, to).map((change) => ({
    kind: change.added ? 'inserted' : change.removed ? 'deleted' : 'same',
    text: change.value,
  }));
}

function sumWords(runs: DiffRun[], kind: DiffRun['kind']): number {
  return runs.filter((run) => run.kind === kind).reduce((total, run) => total + (run.text.match(/\S+/g)?.length ?? 0), 0);
}

function compareItems(before: MeetingDetail, after: MeetingDetail, beforeItems: MinutesItem[], afterItems: MinutesItem[]): ItemComparison[] {
  const beforeById = new Map(beforeItems.map((item) => [item.itemId, item]));
  const afterIds = new Set(afterItems.map((item) => item.itemId));
  const common = new Set([...beforeById.keys()].filter((itemId) => afterIds.has(itemId)));
  const stayed = longestCommonOrder(
    beforeItems.map((item) => item.itemId).filter((itemId) => common.has(itemId)),
    afterItems.map((item) => item.itemId).filter((itemId) => common.has(itemId)),
  );
  const titleOf = (detail: MeetingDetail, itemId: string) => detail.agenda.find((item) => item.id === itemId)?.title ?? null;
  const compared = (itemId: string, fromItem: MinutesItem | undefined, toItem: MinutesItem | undefined): ItemComparison => {
    const text = diffText(fromItem ? itemPassageText(fromItem) : '', toItem ? itemPassageText(toItem) : '');
    const resolutions = compareRecords(resolutionRecords(before, itemId, !!fromItem), resolutionRecords(after, itemId, !!toItem));
    const actions = compareRecords(actionRecords(before, itemId, !!fromItem), actionRecords(after, itemId, !!toItem));
    const title = { from: fromItem ? titleOf(before, itemId) : null, to: toItem ? titleOf(after, itemId) : null };
    const isMoved = !!fromItem && !!toItem && !stayed.has(itemId);
    const isChanged = text.some((run) => run.kind !== 'same') || title.from !== title.to || resolutions.length > 0 || actions.length > 0;
    const change: ItemChange = !fromItem ? 'added' : !toItem ? 'removed' : isChanged ? 'changed' : isMoved ? 'moved' : 'unchanged';
    return { itemId, change, isMoved, number: { from: fromItem?.number ?? null, to: toItem?.number ?? null }, title, text, resolutions, actions };
  };
  // The newer order, with each removed item where it stood: after the item that preceded it there.
  const result: ItemComparison[] = [];
  const removedAfter = new Map<string | null, MinutesItem[]>();
  let previous: string | null = null;
  for (const item of beforeItems) {
    if (!afterIds.has(item.itemId)) removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), item]);
    else previous = item.itemId;
  }
  const pushRemoved = (key: string | null) => {
    for (const item of removedAfter.get(key) ?? []) result.push(compared(item.itemId, item, undefined));
  };
  pushRemoved(null);
  for (const item of afterItems) {
    result.push(compared(item.itemId, beforeById.get(item.itemId), item));
    pushRemoved(item.itemId);
  }
  return result;
}

/** The ids that keep their relative order from one list to the other (the rest have moved). */
function longestCommonOrder(from: string[], to: string[]): Set<string> {
  const lengths = Array.from({ length: from.length + 1 }, () => new Array<number>(to.length + 1).fill(0));
  for (let i = from.length - 1; i >= 0; i--) {
    for (let j = to.length - 1; j >= 0; j--) {
      lengths[i]![j] = from[i] === to[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < from.length && j < to.length; ) {
    if (from[i] === to[j]) {
      kept.add(from[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

type RecordFacts = { label: string; text: string; facts: Record<string, string> };

function compareRecords(before: Map<string, RecordFacts>, after: Map<string, RecordFacts>): RecordComparison[] {
  const result: RecordComparison[] = [];
  for (const [id, record] of after) {
    const old = before.get(id);
    if (!old) {
      result.push({ id, change: 'added', label: record.label, text: diffText('', record.text), details: [] });
      continue;
    }
    const details = Object.keys({ ...old.facts, ...record.facts })
      .filter((fact) => (old.facts[fact] ?? '') !== (record.facts[fact] ?? ''))
      .map((fact) => `${fact}: ${old.facts[fact] || 'none'} → ${record.facts[fact] || 'none'}`);
    if (old.text !== record.text || details.length) {
      result.push({ id, change: 'changed', label: record.label, text: diffText(old.text, record.text), details });
    }
  }
  for (const [id, record] of before) {
    if (!after.has(id)) result.push({ id, change: 'removed', label: record.label, text: diffText(record.text, ''), details: [] });
  }
  return result;
}

const shorten = (text: string, length = 80) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function resolutionRecords(detail: MeetingDetail, itemId: string, isPresent: boolean): Map<string, RecordFacts> {
  if (!isPresent) return new Map();
  return new Map(
    (detail.byItem[itemId]?.resolutions ?? []).map((resolution) => {
      const lead = leadWords[resolution.form];
      const text = [`${lead} ${resolution.text}`, ...resolution.parts.map((part, at) => `${at + 1}) ${part}`)].join('\n');
      return [resolution.id, { label: shorten(`${lead} ${resolution.text}`), text, facts: { Vote: resolution.vote ? voteWords(resolution.vote) : '' } }];
    }),
  );
}

function voteWords(vote: NonNullable<MeetingDetail['byItem'][string]['resolutions'][number]['vote']>): string {
  const counts = vote.counts ? ` (${vote.counts.for} for, ${vote.counts.against} against, ${vote.counts.abstentions} abstentions)` : '';
  return `${vote.outcome}${counts}`;
}

function personName(detail: MeetingDetail, who: { memberId: string } | { attendeeId: string } | { name: string } | { group: string }): string {
  if ('group' in who) return who.group;
  if ('name' in who) return who.name;
  const person = 'memberId' in who ? detail.members.find((member) => member.id === who.memberId) : detail.attendance.find((entry) => entry.attendeeId === who.attendeeId);
  return person ? personLabel(person) : '';
}

function actionRecords(detail: MeetingDetail, itemId: string, isPresent: boolean): Map<string, RecordFacts> {
  if (!isPresent) return new Map();
  return new Map(
    (detail.byItem[itemId]?.actions ?? []).map((action) => [
      action.id,
      {
        label: shorten(`Action: ${action.description}`),
        text: action.description,
        facts: {
          Owner: personName(detail, action.owner),
          Due: action.dueDate ? formatDate(action.dueDate) : '',
        },
      },
    ]),
  );
}

function declarationRecord(detail: MeetingDetail, declaration: MeetingDetail['declarations'][number]): RecordFacts {
  const who = personName(detail, declaration.who);
  return {
    label: shorten(`Declaration: ${who}`),
    text: `${who}: ${declaration.nature === 'pecuniary' ? 'disclosable pecuniary interest' : 'other registrable interest'}${declaration.description ? ` — ${declaration.description}` : ''}`,
    facts: { 'Left the room': declaration.leftRoom ? 'yes' : 'no', Item: declaration.itemId ?? '' },
  };
}

function compareMeetingFields(before: MeetingDetail, after: MeetingDetail): MinutesComparison['meeting'] {
  const fields = (detail: MeetingDetail): [string, string][] => [
    ['Date', formatDate(detail.meeting.date)],
    ['Start time', formatTime(detail.meeting.startTime)],
    ['Venue', detail.meeting.isVirtual ? `Virtual${detail.meeting.venue ? ` (${detail.meeting.venue})` : ''}` : detail.meeting.venue],
    ['Title', detail.meeting.title],
    ['Started at', detail.meeting.startedAt ? formatTime(detail.meeting.startedAt) : ''],
    ['Ended at', detail.meeting.endedAt ? formatTime(detail.meeting.endedAt) : ''],
    ['Date of next meeting', detail.meeting.nextMeetingDate ? formatDate(detail.meeting.nextMeetingDate) : ''],
  ];
  const old = new Map(fields(before));
  return fields(after)
    .filter(([field, value]) => old.get(field) !== value)
    .map(([field, value]) => ({ field, from: old.get(field) ?? '', to: value }));
}

const statusWords: Record<AttendanceEntry['status'], string> = {
  unmarked: 'Not marked',
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  substitute: 'Substitute',
  also_present: 'Also present',
  in_attendance: 'In attendance',
};

function attendanceWords(detail: MeetingDetail, entry: AttendanceEntry): string {
  const words = [statusWords[entry.status]];
  if (entry.substituteForMemberId) words[0] = `Substitute for ${personName(detail, { memberId: entry.substituteForMemberId })}`;
  if (entry.arrivedAt) words.push(`arrived ${formatTime(entry.arrivedAt)}`);
  if (entry.leftAt) words.push(`left ${formatTime(entry.leftAt)}`);
  return words.join(', ');
}

function compareAttendance(before: MeetingDetail, after: MeetingDetail): AttendanceComparison[] {
  const keyOf = (entry: AttendanceEntry) => entry.memberId ?? entry.attendeeId ?? entry.name;
  const old = new Map(before.attendance.map((entry) => [keyOf(entry), entry]));
  const result: AttendanceComparison[] = [];
  for (const entry of after.attendance) {
    const previous = old.get(keyOf(entry));
    const now = attendanceWords(after, entry);
    if (!previous) result.push({ person: personLabel(entry), change: 'added', from: null, to: now });
    else if (attendanceWords(before, previous) !== now) result.push({ person: personLabel(entry), change: 'changed', from: attendanceWords(before, previous), to: now });
  }
  const current = new Set(after.attendance.map(keyOf));
  for (const entry of before.attendance) {
    if (!current.has(keyOf(entry))) result.push({ person: personLabel(entry), change: 'removed', from: attendanceWords(before, entry), to: null });
  }
  return result;
}
