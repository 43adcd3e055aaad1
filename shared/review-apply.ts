import type { MinutesBlock, MinutesItem } from './compose/model.ts';
import type { MeetingDetail } from './domain.ts';
import type { InlineNode, ParagraphNode, RichText, BlockNode } from './rich-text.ts';
import { itemPassageText, type AnchorPlacement, type CommentAnchor, type PassageAnchor } from './review.ts';

// Where a comment's passage is now, and how a proposed wording becomes an edit of the draft's own
// fields. Pure: the handlers apply the edit in one transaction and save the version.

/** Where an anchor made on one version sits in the minutes as they are now (composed items). */
export function placeAnchor(items: MinutesItem[], anchor: CommentAnchor): AnchorPlacement {
  if (anchor.kind === 'minutes') return { status: 'in-place', itemId: null, start: 0, end: 0 };
  const item = items.find((each) => each.itemId === anchor.itemId);
  if (anchor.kind === 'item') return item ? { status: 'in-place', itemId: item.itemId, start: 0, end: 0 } : { status: 'item-removed' };
  if (item) {
    const text = itemPassageText(item);
    if (text.slice(anchor.start, anchor.end) === anchor.quote) return { status: 'in-place', itemId: item.itemId, start: anchor.start, end: anchor.end };
    const at = bestOccurrence(text, anchor, movedContext);
    if (at !== null) return { status: 'moved', itemId: item.itemId, start: at, end: at + anchor.quote.length };
  }
  for (const other of items) {
    if (other.itemId === anchor.itemId) continue;
    const at = bestOccurrence(itemPassageText(other), anchor, movedContext);
    if (at !== null) return { status: 'moved', itemId: other.itemId, start: at, end: at + anchor.quote.length };
  }
  return item ? { status: 'gone' } : { status: 'item-removed' };
}

/**
 * A short quote can turn up anywhere ("the minutes"): found elsewhere, it counts as the same
 * passage only when this much of the text before or after it agrees too (all of it, where the
 * anchor kept less), or when the quote is this long itself.
 */
const movedContext = 12;
const selfEvidentQuote = 40;

/** The occurrence of the quote whose surroundings best match the anchor's, then the nearest to where it was. */
function bestOccurrence(text: string, anchor: PassageAnchor, minimumContext = 0): number | null {
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(anchor.quote); at >= 0; at = text.indexOf(anchor.quote, at + 1)) {
    const before = commonSuffix(text.slice(0, at), anchor.prefix);
    const after = commonPrefix(text.slice(at + anchor.quote.length), anchor.suffix);
    const agrees = (matched: number, kept: string) => matched >= Math.min(minimumContext, kept.length);
    const isSamePassage = anchor.quote.length >= selfEvidentQuote || (agrees(before, anchor.prefix) && before > 0) || (agrees(after, anchor.suffix) && after > 0);
    if (minimumContext > 0 && !isSamePassage) continue;
    const context = before + after;
    const score = context - Math.abs(at - anchor.start) / 1e9;
    if (!best || score > best.score) best = { at, score };
  }
  return best?.at ?? null;
}

/** A proposed wording as an edit of one field of the draft. */
export type SuggestionEdit =
  | { field: 'resolution'; resolutionId: string; text: string; parts: string[] }
  | { field: 'action'; actionId: string; description: string }
  | { field: 'notes'; itemId: string; notes: RichText }
  | { field: 'post-meeting-note'; itemId: string; text: string }
  | { field: 'sentence'; itemId: string; key: string; text: string };

export type SuggestionPlan = { ok: true; edit: SuggestionEdit } | { ok: false; message: string };

type Candidate = { text: string; make: (replaced: string) => SuggestionEdit };

/**
 * Finds the passage in the item's own fields (a resolution or its part, an action, a notes
 * paragraph, the post-meeting note, a generated sentence) and words the edit that replaces it.
 * A passage no single field holds, or one that is not there any more, cannot be applied.
 */
export function planSuggestion(detail: MeetingDetail, items: MinutesItem[], anchor: PassageAnchor, replacement: string): SuggestionPlan {
  const placement = placeAnchor(items, anchor);
  if (placement.status === 'gone' || placement.status === 'item-removed') {
    return { ok: false, message: 'The passage is no longer in the minutes, so the suggestion cannot be applied.' };
  }
  const itemId = placement.itemId!;
  const record = detail.byItem[itemId];
  const agendaItem = detail.agenda.find((item) => item.id === itemId);
  if (!record || !agendaItem) return { ok: false, message: 'That item is no longer in the minutes.' };
  const candidates: Candidate[] = [];
  for (const resolution of record.resolutions) {
    candidates.push({ text: resolution.text, make: (text) => ({ field: 'resolution', resolutionId: resolution.id, text, parts: resolution.parts }) });
    resolution.parts.forEach((part, index) =>
      candidates.push({
        text: part,
        make: (text) => ({ field: 'resolution', resolutionId: resolution.id, text: resolution.text, parts: resolution.parts.map((each, at) => (at === index ? text : each)) }),
      }),
    );
  }
  for (const action of record.actions) candidates.push({ text: action.description, make: (description) => ({ field: 'action', actionId: action.id, description }) });
  paragraphPaths(agendaItem.notes).forEach((path) => {
    const paragraph = paragraphAt(agendaItem.notes, path);
    candidates.push({ text: paragraphText(paragraph), make: (text) => ({ field: 'notes', itemId, notes: withParagraph(agendaItem.notes, path, text, paragraph) }) });
  });
  candidates.push({ text: agendaItem.postMeetingNote, make: (text) => ({ field: 'post-meeting-note', itemId, text }) });
  const item = items.find((each) => each.itemId === itemId)!;
  for (const block of sentenceBlocks(item)) {
    const key = block.sentence!.key;
    candidates.push({ text: block.runs.map((run) => ('lineBreak' in run ? '\n' : run.text)).join(''), make: (text) => ({ field: 'sentence', itemId, key, text }) });
  }
  const matches = candidates.filter((candidate) => candidate.text.includes(anchor.quote));
  if (matches.length === 0) return { ok: false, message: 'The passage runs across more than one part of the item; make this change by hand.' };
  // Several fields may hold the same words: prefer the one whose surroundings match the anchor's.
  const scored = matches.map((candidate) => {
    const at = bestOccurrence(candidate.text, anchor)!;
    return { candidate, at, score: commonSuffix(candidate.text.slice(0, at), anchor.prefix) + commonPrefix(candidate.text.slice(at + anchor.quote.length), anchor.suffix) };
  });
  scored.sort((a, b) => b.score - a.score);
  const { candidate, at } = scored[0]!;
  return { ok: true, edit: candidate.make(`${candidate.text.slice(0, at)}${replacement}${candidate.text.slice(at + anchor.quote.length)}`) };
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};
const commonSuffix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
};

function sentenceBlocks(item: MinutesItem): (MinutesBlock & { kind: 'paragraph' })[] {
  const found: (MinutesBlock & { kind: 'paragraph' })[] = [];
  const visit = (block: MinutesBlock) => {
    if (block.kind === 'paragraph' && block.sentence) found.push(block);
    else if (block.kind === 'list') block.items.forEach((entry) => entry.forEach(visit));
  };
  for (const section of item.sections) section.blocks.forEach(visit);
  return found;
}

// Notes: paragraphs anywhere in the document (lists included), by their path of indices.

type Path = number[];

function paragraphPaths(doc: RichText): Path[] {
  const paths: Path[] = [];
  const walk = (blocks: BlockNode[], prefix: Path) =>
    blocks.forEach((block, index) => {
      if (block.type === 'paragraph') paths.push([...prefix, index]);
      else block.content.forEach((listItem, at) => walk(listItem.content, [...prefix, index, at]));
    });
  walk(doc.content, []);
  return paths;
}

function paragraphAt(doc: RichText, path: Path): ParagraphNode {
  let blocks: BlockNode[] = doc.content;
  for (let depth = 0; ; depth += 2) {
    const block = blocks[path[depth]!]!;
    if (depth === path.length - 1) return block as ParagraphNode;
    if (block.type === 'paragraph') return block;
    blocks = block.content[path[depth + 1]!]!.content;
  }
}

const paragraphText = (paragraph: ParagraphNode) =>
  (paragraph.content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');

/**
 * The paragraph with its text changed to `text`: the runs before and after the change keep their
 * formatting; the new words take the formatting of the first run they replace.
 */
function rewriteParagraph(paragraph: ParagraphNode, text: string): ParagraphNode {
  const nodes = paragraph.content ?? [];
  const old = paragraphText(paragraph);
  const start = commonPrefix(old, text);
  const end = Math.min(commonSuffix(old, text), old.length - start, text.length - start);
  const inserted = text.slice(start, text.length - end);
  const result: InlineNode[] = [];
  let offset = 0;
  let isInserted = inserted === '';
  const push = (node: InlineNode) => {
    const last = result[result.length - 1];
    if (node.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) {
      result[result.length - 1] = { ...last, text: last.text + node.text };
    } else result.push(node);
  };
  const insert = (marks: InlineNode & { type: 'text' }) => {
    if (!isInserted) push({ ...marks, text: inserted });
    isInserted = true;
  };
  for (const node of nodes) {
    const length = node.type === 'text' ? node.text.length : 1;
    const from = offset;
    const to = offset + length;
    offset = to;
    if (node.type !== 'text') {
      if (to <= start || from >= old.length - end) push(node);
      continue;
    }
    const keepBefore = node.text.slice(0, Math.max(0, Math.min(length, start - from)));
    const keepAfter = node.text.slice(Math.max(0, Math.min(length, old.length - end - from)));
    if (keepBefore) push({ ...node, text: keepBefore });
    if (to > start && from <= old.length - end) insert(node);
    if (keepAfter && from + length - keepAfter.length >= old.length - end) push({ ...node, text: keepAfter });
  }
  if (!isInserted) push({ type: 'text', text: inserted });
  return { ...paragraph, content: result.filter((node) => node.type !== 'text' || node.text !== '') };
}

function withParagraph(doc: RichText, path: Path, text: string, paragraph: ParagraphNode): RichText {
  const replace = (blocks: BlockNode[], depth: number): BlockNode[] =>
    blocks.map((block, index) => {
      if (index !== path[depth]) return block;
      if (depth === path.length - 1) return rewriteParagraph(paragraph, text);
      if (block.type === 'paragraph') return block;
      return {
        ...block,
        content: block.content.map((listItem, at) => (at === path[depth + 1] ? { ...listItem, content: replace(listItem.content, depth + 2) } : listItem)),
      };
    });
  return { ...doc, content: replace(doc.content, 0) };
}
