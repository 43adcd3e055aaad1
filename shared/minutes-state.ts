import { format } from 'date-fns/format';
import { formatDate, formatTime } from './wording.ts';

// The minutes' life: Draft → With the chairman → Returned with comments → Draft … → Approved by the
// chairman → Confirmed as a correct record (at the next meeting). One home for the states, their
// words, which moves are allowed and which states are read-only; screens, compose, the store's
// lock and the handlers all read it from here.

export const minutesStates = ['draft', 'with-chairman', 'returned', 'approved', 'confirmed'] as const;
export type MinutesState = (typeof minutesStates)[number];

export const minutesStateLabels: Record<MinutesState, string> = {
  draft: 'Draft',
  'with-chairman': 'With the chairman',
  returned: 'Returned with comments',
  approved: 'Approved by the chairman',
  confirmed: 'Confirmed as a correct record',
};

/** Approved and confirmed minutes are a record: changing them means starting a new draft, with a reason. */
export function isReadOnlyState(state: MinutesState): boolean {
  return state === 'approved' || state === 'confirmed';
}

/** Whether the Word header still says DRAFT. */
export function isDraftState(state: MinutesState): boolean {
  return !isReadOnlyState(state);
}

/** What saved a version: the move, or the change made to the draft. */
export const versionChanges = [
  'sent',
  'review-here',
  'returned',
  'approved',
  'confirmed',
  'new-draft',
  'suggestions',
  'imported',
  /** The draft as it stood, kept before an older version was restored over it. */
  'kept',
  'restored',
] as const;
export type VersionChange = (typeof versionChanges)[number];

/** The state each kind of version leaves the minutes in (suggestions and imports keep the state they found, unless read-only). */
export const stateMoves: Record<VersionChange, { from: readonly MinutesState[]; to: MinutesState | 'same' }> = {
  sent: { from: ['draft', 'with-chairman', 'returned'], to: 'with-chairman' },
  'review-here': { from: ['draft', 'with-chairman', 'returned'], to: 'with-chairman' },
  returned: { from: ['with-chairman'], to: 'returned' },
  approved: { from: ['with-chairman'], to: 'approved' },
  confirmed: { from: ['approved'], to: 'confirmed' },
  'new-draft': { from: ['with-chairman', 'returned', 'approved', 'confirmed'], to: 'draft' },
  suggestions: { from: ['draft', 'with-chairman', 'returned'], to: 'same' },
  imported: { from: ['draft', 'with-chairman', 'returned'], to: 'same' },
  kept: { from: ['draft', 'with-chairman', 'returned'], to: 'same' },
  // Approved and confirmed minutes are a record: a new draft (with its reason) comes before any restore.
  restored: { from: ['draft', 'with-chairman', 'returned'], to: 'draft' },
};

export type MinutesVersionSummary = {
  /** 1, 2, 3… within the meeting. */
  version: number;
  /** The state the minutes were in once this version was saved. */
  state: MinutesState;
  change: VersionChange;
  /** ISO timestamp. */
  at: string;
  /** Who made the move: the secretary's name (may be empty), the chairman's for a response. */
  by: string;
  /** Why, in words. */
  reason: string;
  /** SHA-256 (hex) of the snapshot's canonical JSON: its meeting file's `hash`. */
  hash: string;
};

export type MinutesStatus = {
  state: MinutesState;
  /** The newest saved version's number; 0 before the first move. */
  version: number;
  isReadOnly: boolean;
  /** The latest send to the chairman while the minutes are with the chairman or returned; null otherwise. */
  sent: { version: number; at: string; by: string; hash: string } | null;
  approval: { version: number; by: string; at: string } | null;
  confirmation: { version: number; by: string; at: string; meetingId: string; meetingDate: string; resolutionId: string } | null;
  /** Imported suggestions neither accepted nor declined yet. */
  pendingSuggestions: number;
  /** Imported comments, with or without a suggestion. */
  comments: number;
};

export const initialMinutesStatus: MinutesStatus = {
  state: 'draft',
  version: 0,
  isReadOnly: false,
  sent: null,
  approval: null,
  confirmation: null,
  pendingSuggestions: 0,
  comments: 0,
};

/** Offered when a meeting's "minutes of the previous meeting" item has a resolution and the previous minutes are approved but not yet confirmed. */
export type ConfirmOffer = { previousMeetingId: string; previousMeetingDate: string; resolutionId: string };

/** What the secretary's refusal says when a write touches read-only minutes. */
export function lockedMessage(state: MinutesState): string {
  const why = state === 'confirmed' ? 'confirmed as a correct record' : 'approved by the chairman';
  return `These minutes have been ${why}, so they cannot be changed. Start a new draft (and say why) to change them.`;
}

/** "Approved by Councillor Kate Lymer on 2 April 2021 at 3.15 pm" (local time), for the Word document's properties and the screens. */
export function approvalWording(approval: { by: string; at: string }): string {
  const when = new Date(approval.at);
  const date = formatDate(format(when, 'yyyy-MM-dd'));
  const time = formatTime(format(when, 'HH:mm'));
  return `Approved by ${approval.by.trim() || 'the chairman'} on ${date} at ${time}`;
}
