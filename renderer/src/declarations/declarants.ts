import { composeMinutes } from '../../../shared/compose/index.ts';
import type { MinutesBlock } from '../../../shared/compose/model.ts';
import { interestNatures, type AttendanceEntry, type Declarant, type InterestNature, type MeetingDetail } from '../../../shared/domain.ts';
import { emptyRichText } from '../../../shared/rich-text.ts';
import { personLabel } from '../../../shared/compose/people.ts';

export const natureLabels: Record<InterestNature, string> = {
  pecuniary: 'Disclosable pecuniary interest',
  other: 'Other registrable interest',
};
export const natures = interestNatures;

export type PersonOption = { value: string; label: string };
export type PersonChoices = { members: PersonOption[]; others: PersonOption[] };

const statusNotes: Partial<Record<AttendanceEntry['status'], string>> = {
  apologies: ' (apologies)',
  absent: ' (absent)',
  substitute: ' (substitute)',
  also_present: ' (also present)',
  in_attendance: ' (in attendance)',
};

/** Everyone who can declare: the roster, then substitutes and guests of this meeting. */
export function personChoices(attendance: AttendanceEntry[]): PersonChoices {
  const label = (entry: AttendanceEntry) => `${personLabel(entry)}${statusNotes[entry.status] ?? ''}`;
  return {
    members: attendance.filter((entry) => entry.memberId).map((entry) => ({ value: `member:${entry.memberId}`, label: label(entry) })),
    others: attendance
      .filter((entry) => entry.attendeeId && !entry.memberId)
      .map((entry) => ({ value: `attendee:${entry.attendeeId}`, label: label(entry) })),
  };
}

/** The select's value for a declarant: "member:<id>", "attendee:<id>", or "name" for a guest since removed. */
export function personValue(who: Declarant | null): string {
  if (!who) return '';
  if ('memberId' in who) return `member:${who.memberId}`;
  if ('attendeeId' in who) return `attendee:${who.attendeeId}`;
  return 'name';
}

export function personFromValue(value: string): { memberId: string } | { attendeeId: string } | null {
  if (value.startsWith('member:')) return { memberId: value.slice('member:'.length) };
  if (value.startsWith('attendee:')) return { attendeeId: value.slice('attendee:'.length) };
  return null;
}

export function personName(who: Declarant, attendance: AttendanceEntry[]): string {
  if ('name' in who) return who.name;
  const entry = attendance.find((candidate) => ('memberId' in who ? candidate.memberId === who.memberId : candidate.attendeeId === who.attendeeId));
  return entry ? personLabel(entry) : 'someone';
}

function sentences(blocks: MinutesBlock[], found: Map<string, string>) {
  for (const block of blocks) {
    if (block.kind === 'list') block.items.forEach((item) => sentences(item, found));
    if (block.kind !== 'paragraph' || !block.sentence?.key.startsWith('declaration:')) continue;
    found.set(block.sentence.key.slice('declaration:'.length), block.runs.map((run) => ('text' in run ? run.text : '\n')).join(''));
  }
}

/**
 * What the minutes will say for each declaration, by its id: composed exactly as the Word export
 * composes it (the house style's way of naming people, the secretary's own wording where given).
 * Notes decide none of it and are the costly part of composing, so they are left out.
 */
export function declarationWordings(detail: MeetingDetail): Map<string, string> {
  const bare: MeetingDetail = { ...detail, agenda: detail.agenda.map((item) => ({ ...item, notes: emptyRichText() })) };
  const found = new Map<string, string>();
  for (const item of composeMinutes(bare, { mode: 'full' }).items) for (const section of item.sections) sentences(section.blocks, found);
  return found;
}
