// MinutesDocument: the minutes as a render-agnostic tree. compose() builds it from a meeting;
// the Word writer (electron/export) and the on-screen preview (renderer) both render it and decide
// nothing about wording, order or what is hidden — only how a paragraph, a list or a column looks.
// (ARCHITECTURE.md rule 5: what the chair sees is what Word gets.)

import type { Layout } from '../domain.ts';

/** Public minutes replace Part 2 content with the reason; full minutes show it marked CONFIDENTIAL. */
export const minutesModes = ['public', 'full'] as const;
export type MinutesMode = (typeof minutesModes)[number];

export type TextRun = { text: string; bold?: boolean; italic?: boolean; underline?: boolean };
export type Inline = TextRun | { lineBreak: true };

/**
 * What a paragraph is, so each renderer can give it a style (the Word writer maps these to named
 * Word styles): plain notes, a generated sentence, the Part 2 reason, a post-meeting note, the
 * papers line, an "Action: …" line of the single-column layout.
 */
export const paragraphRoles = [
  'notes',
  'generated',
  'part2',
  'post-meeting-note',
  'papers',
  'action-line',
] as const;
export type ParagraphRole = (typeof paragraphRoles)[number];

export type ParagraphBlock = {
  kind: 'paragraph';
  role: ParagraphRole;
  runs: Inline[];
  /**
   * Set on generated sentences: the key under which the secretary can replace it
   * (setSentenceOverride), and whether the text shown is already the secretary's.
   */
  sentence?: { key: string; isOverridden: boolean };
};

export type ListBlock = {
  kind: 'list';
  ordered: boolean;
  /** The first number of an ordered list. */
  start: number;
  /** Each list item is a run of blocks (a paragraph, perhaps followed by a nested list). */
  items: MinutesBlock[][];
};

/**
 * "RESOLVED that …" with the lead word already bold in `runs`; numbered parts follow. A resolution
 * cut so an owner stands beside one of its parts continues in a block with empty `runs`.
 */
export type ResolutionBlock = {
  kind: 'resolution';
  resolutionId: string;
  runs: Inline[];
  /** label is what a reader sees before the part: "1)", "2)". */
  parts: { label: string; runs: Inline[] }[];
};

export type MinutesBlock = ParagraphBlock | ListBlock | ResolutionBlock;

/**
 * A stretch of an item's content and what the Action column shows beside it. In the action-column
 * layout each section is a row (content | owners); in the single-column layout `actionColumn` is
 * empty and the actions are already "Action: …" paragraphs inside `blocks`.
 */
export type MinutesSection = { blocks: MinutesBlock[]; actionColumn: string[] };

export type MinutesItem = {
  itemId: string;
  /** "7", "7a". */
  number: string;
  depth: 0 | 1;
  /** As it is shown: main items in capitals. */
  title: string;
  /** What stands in the number column: the number for a main item, nothing for a sub-item. */
  marginNumber: string;
  /** What stands as the heading: "TITLE" for a main item, "7a Title" for a sub-item; in the single-column layout always with the number. */
  heading: string;
  isPart2: boolean;
  /**
   * "CONFIDENTIAL" on a Part 2 item of the full minutes, null otherwise: for badges and lists.
   * The item's content already opens with the "CONFIDENTIAL — Part 2…" notice paragraph.
   */
  mark: string | null;
  sections: MinutesSection[];
};

export type AttendanceGroup = {
  /** "Present:", "Also Present:", "In attendance:". */
  heading: string;
  /** Lines in groups: the chairmen first, then everyone else, with a space between the groups. */
  lineGroups: string[][];
};

export type MinutesDocument = {
  mode: MinutesMode;
  style: { layout: Layout; fontFamily: string; fontSize: number };
  /** Words for the top of every page: "DRAFT", "CONFIDENTIAL". */
  headerMarks: string[];
  /** Committee name in capitals. */
  title: string;
  /** "Minutes of the virtual meeting held at 10.00 am on 25 March 2021". */
  subtitle: string;
  attendance: AttendanceGroup[];
  /** The heading of the Action column, or null in the single-column layout. */
  actionHeading: string | null;
  items: MinutesItem[];
  closing: {
    /** "The meeting ended at 11.00 am", or null when the end was not recorded. */
    endedSentence: string | null;
    signatureLabel: string;
    dateLabel: string;
  };
  /** For the file's properties and the window title. */
  metadata: { title: string; committee: string; meetingDate: string; meetingDateText: string };
};
