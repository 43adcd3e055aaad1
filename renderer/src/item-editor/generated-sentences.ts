import { composeMinutes, sentenceKeys } from '../../../shared/compose/index.ts';
import type { Inline, MinutesItem } from '../../../shared/compose/model.ts';
import { emptyItemRecord, type AttendanceEntry, type MeetingDetail } from '../../../shared/domain.ts';
import { emptyRichText, type RichText } from '../../../shared/rich-text.ts';
import { personKey, personLabel } from '../../../shared/compose/people.ts';

export type ItemSentence = {
  key: string;
  /** Proceedings' own wording, whatever the secretary has done with it. */
  generated: string;
  /** The secretary's wording: undefined for none, '' when the sentence is left out. */
  override: string | undefined;
  /** Only the public minutes carry it (the reason a Part 2 item was private). */
  isPublicOnly: boolean;
};

const plain = (runs: Inline[]) => runs.map((run) => ('text' in run ? run.text : '\n')).join('');

function sentencesOf(item: MinutesItem | undefined): { key: string; text: string }[] {
  return (item?.sections ?? []).flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'paragraph' && block.sentence ? [{ key: block.sentence.key, text: plain(block.runs) }] : [])),
  );
}

/**
 * The sentences Proceedings writes into one item, found by composing the minutes exactly as the
 * Word export does. They are composed without the item's own overrides so that a sentence left
 * out still shows, with the words it would have had.
 */
export function itemSentences(detail: MeetingDetail, itemId: string, notes: RichText): ItemSentence[] {
  const record = detail.byItem[itemId] ?? emptyItemRecord();
  const bare: MeetingDetail = {
    ...detail,
    // Other items' notes decide nothing here and are the costly part of composing, so they are left out.
    agenda: detail.agenda.map((item) => ({ ...item, notes: item.id === itemId ? notes : emptyRichText() })),
    byItem: { ...detail.byItem, [itemId]: { ...record, sentenceOverrides: [] } },
  };
  const full = composeMinutes(bare, { mode: 'full' }).items.find((item) => item.itemId === itemId);
  const found = sentencesOf(full).map((sentence) => ({ ...sentence, isPublicOnly: false }));
  if (full?.isPart2) {
    const publicItem = composeMinutes(bare, { mode: 'public' }).items.find((item) => item.itemId === itemId);
    for (const sentence of sentencesOf(publicItem)) if (sentence.key === sentenceKeys.part2) found.push({ ...sentence, isPublicOnly: true });
  }
  const overrides = new Map(record.sentenceOverrides.map((override) => [override.key, override.text]));
  return found.map(({ key, text, isPublicOnly }) => ({ key, generated: text, override: overrides.get(key), isPublicOnly }));
}

/**
 * Words for the controls of one sentence: "Edit the apologies sentence". Sentences about a
 * particular record (a declaration, a vote, an action reviewed) are named by their opening words,
 * which tell them apart where an item has several.
 */
export function sentenceName(sentence: Pick<ItemSentence, 'key' | 'generated'>, attendance: AttendanceEntry[]): string {
  const [kind, person] = sentence.key.split(':');
  const who = () => {
    const entry = attendance.find((candidate) => personKey(candidate) === person);
    return entry ? personLabel(entry) : 'someone';
  };
  switch (kind) {
    case 'apologies':
      return 'the apologies sentence';
    case 'declarations':
      return 'the declarations sentence';
    case 'part2':
      return 'the Part 2 sentence';
    case 'next-meeting':
      return 'the next meeting sentence';
    case 'substitute':
      return `the substitute sentence for ${who()}`;
    case 'arrival':
      return `the arrival of ${who()}`;
    case 'departure':
      return `the departure of ${who()}`;
    default: {
      const words = sentence.generated.replace(/\s+/g, ' ').trim();
      return `the sentence “${words.length > 40 ? `${words.slice(0, 39)}…` : words}”`;
    }
  }
}
