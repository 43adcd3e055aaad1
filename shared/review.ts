import { z } from 'zod';
import type { Inline, MinutesBlock, MinutesItem } from './compose/model.ts';
import { id } from './fields.ts';

// The chairman's comments and proposed wording, anchored to the minutes as the chairman read them.
//
// An anchor follows the W3C Web Annotation selectors: the quoted passage (TextQuote, with a little
// text either side) and where it stood (TextPosition) in the item's text. The same shape takes a
// Word comment (a range of the item's text) and a tracked change (the deleted range is the quote,
// the inserted text the suggestion), so a later importer of Word documents feeds this model.

/** Text either side of a quote kept to find the passage again when the draft has moved on. */
export const anchorContextLength = 32;

export const reviewLimits = {
  comments: 2_000,
  commentText: 5_000,
  suggestion: 20_000,
  quote: 20_000,
  name: 200,
  decisionMessage: 5_000,
} as const;

// C0 controls other than tab and line feed (a comment is the chairman's own text: no carriage returns), DEL and C1.
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** Something a browser would take for a tag, comment or processing instruction; "a < b" and "<5 votes" are fine. */
const markup = /<\s*(?:\/?\s*[A-Za-z][\w:-]*|!|\?)[^<>]*>?/;

/** Why this text may not go into a review or response ("contains markup (“<script>”)"), or null. */
export function plainTextProblem(text: string): string | null {
  if (controlCharacter.test(text)) return 'contains a control character';
  const tag = markup.exec(text);
  if (tag) return `contains markup (“${tag[0].slice(0, 40)}”), which is not accepted`;
  return null;
}

/** Plain text for people to read: never markup, never control characters. */
export const plainText = (label: string, max: number, options: { isSingleLine?: boolean } = {}) =>
  z
    .string()
    .max(max, `${label} is too long (at most ${max.toLocaleString('en-GB')} characters).`)
    .refine((text) => !options.isSingleLine || !/[\r\n]/.test(text), `${label} must be on one line.`)
    .superRefine((text, context) => {
      const problem = plainTextProblem(text);
      if (problem) context.addIssue({ code: 'custom', message: `${label} ${problem}.` });
    });

export const personName = (label: string) =>
  plainText(label, reviewLimits.name, { isSingleLine: true }).refine((text) => text.trim() !== '', `${label} is required.`);

const isoTimestamp = z.iso.datetime({ offset: true, message: 'Times are ISO timestamps.' });

export const commentAnchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('minutes') }).strict(),
  z.object({ kind: z.literal('item'), itemId: id }).strict(),
  z
    .object({
      kind: z.literal('passage'),
      itemId: id,
      /** The passage as the chairman saw it: itemPassageText(item).slice(start, end). */
      quote: z.string().min(1, 'A passage cannot be empty.').max(reviewLimits.quote, 'That passage is too long.'),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
      prefix: z.string().max(anchorContextLength),
      suffix: z.string().max(anchorContextLength),
    })
    .strict()
    .refine((anchor) => anchor.end - anchor.start === anchor.quote.length, 'A passage’s offsets do not match its quote.'),
]);
export type CommentAnchor = z.output<typeof commentAnchorSchema>;
export type PassageAnchor = Extract<CommentAnchor, { kind: 'passage' }>;

export const reviewCommentSchema = z
  .object({
    id: z.uuid('A comment id must be a UUID.'),
    anchor: commentAnchorSchema,
    /** The comment, as plain text; may be empty when there is a suggestion. */
    text: plainText('A comment', reviewLimits.commentText),
    /** Replacement wording for the passage ('' takes it out); null for a plain comment. */
    suggestion: plainText('A suggestion', reviewLimits.suggestion).nullable(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  })
  .strict()
  .refine((comment) => comment.suggestion === null || comment.anchor.kind === 'passage', {
    message: 'A suggestion must replace a passage: select the words it replaces.',
    path: ['suggestion'],
  })
  .refine((comment) => comment.suggestion !== null || comment.text.trim() !== '', {
    message: 'A comment needs some text.',
    path: ['text'],
  });
export type ReviewComment = z.output<typeof reviewCommentSchema>;

export const reviewDecisionKinds = ['approve', 'return'] as const;
export type ReviewDecisionKind = (typeof reviewDecisionKinds)[number];
export const reviewDecisionLabels: Record<ReviewDecisionKind, string> = {
  approve: 'Approve',
  return: 'Return with comments',
};

export const reviewDecisionInputSchema = z
  .object({
    kind: z.enum(reviewDecisionKinds),
    message: plainText('The message', reviewLimits.decisionMessage).default(''),
  })
  .strict();
export type ReviewDecisionInput = z.output<typeof reviewDecisionInputSchema>;

export const reviewDecisionSchema = reviewDecisionInputSchema
  .extend({ by: personName('The chairman’s name'), at: isoTimestamp })
  .strict();
/** Filled in by the main process when the chairman chooses. */
export type ReviewDecision = z.output<typeof reviewDecisionSchema>;

/** What the chairman has written so far. */
export type ReviewResponseDraft = {
  reviewer: string;
  comments: ReviewComment[];
  decision: ReviewDecision | null;
  savedAt: string | null;
};

/** The review as the chairman opens it. */
export type ReviewSummary = {
  meetingId: string;
  committeeName: string;
  meetingDate: string;
  meetingTitle: string;
  version: number;
  hash: string;
  sentAt: string;
  sentBy: string;
  note: string;
};

/** Where an imported comment's passage is in the current draft. */
export type AnchorPlacement =
  | { status: 'in-place'; itemId: string | null; start: number; end: number }
  | { status: 'moved'; itemId: string; start: number; end: number }
  | { status: 'gone' }
  | { status: 'item-removed' };

export type CommentOutcome = 'comment' | 'pending' | 'accepted' | 'declined';

/** A comment brought back to the secretary's machine. */
export type ReviewCommentRecord = ReviewComment & {
  responseId: string;
  reviewer: string;
  /** The version the comment was made on. */
  version: number;
  outcome: CommentOutcome;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolvedInVersion: number | null;
  placement: AnchorPlacement;
};

// ── The item's text, the one thing anchors and compare both count in ──

export type TextSegment = { start: number; end: number };

/**
 * The item's minutes text as a reader sees it: each block's runs joined (a line break is "\n"),
 * blocks joined by "\n", a list item's blocks in order, a resolution's runs then each part as
 * "label runs". The heading and the Action column are not part of it.
 */
export function itemPassageText(item: MinutesItem): string {
  return itemTextWalk(item).text;
}

/** Where each block of itemPassageText starts and ends, in document order (nested list blocks included). */
export function itemTextSegments(item: MinutesItem): TextSegment[] {
  return itemTextWalk(item).segments;
}

function itemTextWalk(item: MinutesItem): { text: string; segments: TextSegment[] } {
  const pieces: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  const add = (text: string) => {
    if (pieces.length > 0) {
      pieces.push('\n');
      length += 1;
    }
    segments.push({ start: length, end: length + text.length });
    pieces.push(text);
    length += text.length;
  };
  const visit = (block: MinutesBlock) => {
    if (block.kind === 'paragraph') add(runsText(block.runs));
    else if (block.kind === 'resolution') {
      add(runsText(block.runs));
      for (const part of block.parts) add(`${part.label} ${runsText(part.runs)}`);
    } else for (const listItem of block.items) listItem.forEach(visit);
  };
  for (const section of item.sections) section.blocks.forEach(visit);
  return { text: pieces.join(''), segments };
}

function runsText(runs: Inline[]): string {
  return runs.map((run) => ('lineBreak' in run ? '\n' : run.text)).join('');
}

/** The anchor for itemPassageText(item).slice(start, end). */
export function passageAnchor(item: MinutesItem, start: number, end: number): PassageAnchor {
  const text = itemPassageText(item);
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  return {
    kind: 'passage',
    itemId: item.itemId,
    quote: text.slice(from, to),
    start: from,
    end: to,
    prefix: text.slice(Math.max(0, from - anchorContextLength), from),
    suffix: text.slice(to, to + anchorContextLength),
  };
}
