import type { MinutesState } from './minutes-state.ts';

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
