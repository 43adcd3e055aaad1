import type { MinutesBlock, MinutesItem } from '../../../shared/compose/model.ts';
import { itemPassageText, itemTextSegments, passageAnchor, type PassageAnchor } from '../../../shared/review.ts';

// The passages of a minute a chairman can comment on or reword — each paragraph, list entry,
// resolution and resolution part — with where they stand in the item's text (shared/review.ts
// counts; this only names them). A keyboard user picks one of these; a mouse user may select any
// stretch of the minute, which is found in the same text.

export type Passage = {
  /** "Paragraph 2", "Resolution 1", "Resolution 1, part 2)". */
  label: string;
  text: string;
  start: number;
  end: number;
};

/** The names of itemTextSegments' blocks, in the same order. */
function blockLabels(item: MinutesItem): string[] {
  const labels: string[] = [];
  let paragraphs = 0;
  let resolutions = 0;
  const visit = (block: MinutesBlock) => {
    if (block.kind === 'paragraph') labels.push(`Paragraph ${++paragraphs}`);
    else if (block.kind === 'resolution') {
      const number = ++resolutions;
      labels.push(`Resolution ${number}`);
      for (const part of block.parts) labels.push(`Resolution ${number}, part ${part.label}`);
    } else for (const entry of block.items) entry.forEach(visit);
  };
  for (const section of item.sections) section.blocks.forEach(visit);
  return labels;
}

export function passagesOf(item: MinutesItem): Passage[] {
  const text = itemPassageText(item);
  const labels = blockLabels(item);
  return itemTextSegments(item)
    .map((segment, index) => ({ label: labels[index] ?? `Passage ${index + 1}`, text: text.slice(segment.start, segment.end), ...segment }))
    .filter((passage) => passage.text.trim() !== '');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where words selected on screen are in the item's text. The screen's text differs from it only in
 * white space (line breaks, table cells), so the words are matched with any white space between
 * them; of several matches, the one whose preceding words agree with `before` wins.
 */
export function locateQuote(item: MinutesItem, quote: string, before: string): PassageAnchor | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const text = itemPassageText(item);
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return null;
  const hint = before.replace(/\s+/g, ' ').trim();
  const agreement = (at: number) => {
    const preceding = text.slice(0, at).replace(/\s+/g, ' ').trimEnd();
    let shared = 0;
    while (shared < hint.length && shared < preceding.length && hint[hint.length - 1 - shared] === preceding[preceding.length - 1 - shared]) shared++;
    return shared;
  };
  const best = matches.reduce((chosen, match) => (agreement(match.index) > agreement(chosen.index) ? match : chosen));
  return passageAnchor(item, best.index, best.index + best[0].length);
}

/**
 * What a chairman changed when rewriting a passage: the smallest stretch of whole words of the
 * passage that differs (offsets within it) and what replaces it. Null when nothing changed.
 */
export function rewording(original: string, revised: string): { start: number; end: number; replacement: string } | null {
  if (original === revised) return null;
  let start = 0;
  while (start < original.length && start < revised.length && original[start] === revised[start]) start++;
  let end = 0;
  while (end < original.length - start && end < revised.length - start && original[original.length - 1 - end] === revised[revised.length - 1 - end]) end++;
  // Out to whole words on both sides, so "the Board" → "the Group" reads as a word, not "Bo" → "Grou".
  while (start > 0 && /\S/.test(original[start - 1]!) && /\S/.test(revised[start - 1]!)) start--;
  while (end > 0 && /\S/.test(original[original.length - end]!) && /\S/.test(revised[revised.length - end]!)) end--;
  // A pure insertion still needs a passage to stand on: take the word before it (or after, at the start).
  if (original.length - end === start) {
    const wordStart = original.slice(0, start).search(/\S+\s*$/);
    if (wordStart >= 0) start = wordStart;
    else end = Math.max(0, end - (original.slice(start).match(/^\s*\S+/)?.[0].length ?? 0));
  }
  return { start, end: original.length - end, replacement: revised.slice(start, revised.length - end) };
}
