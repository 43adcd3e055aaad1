import type { MinutesState, MinutesStatus, MinutesVersionSummary, VersionChange } from '../../shared/minutes-state.ts';
import { cachedStatement, type Db } from './database.ts';

// The minutes' versions (snapshots never change once written), the approval and confirmation on
// the meeting, and what an imported meeting says about meetings not in this data folder.

type VersionRow = {
  meeting_id: string;
  version: number;
  state: MinutesState;
  change: VersionChange;
  at: string;
  by: string;
  reason: string;
  hash: string;
};

const toSummary = (row: VersionRow): MinutesVersionSummary => ({
  version: row.version,
  state: row.state,
  change: row.change,
  at: row.at,
  by: row.by,
  reason: row.reason,
  hash: row.hash,
});

export function insertVersion(db: Db, meetingId: string, summary: MinutesVersionSummary, snapshot: string): void {
  cachedStatement(
    db,
    `INSERT INTO minutes_versions (meeting_id, version, state, change, at, by, reason, hash, snapshot)
     VALUES (@meetingId, @version, @state, @change, @at, @by, @reason, @hash, @snapshot)`,
  ).run({ ...summary, meetingId, snapshot });
}

/** Newest first. */
export function listVersions(db: Db, meetingId: string): MinutesVersionSummary[] {
  return (
    cachedStatement(
      db,
      'SELECT meeting_id, version, state, change, at, by, reason, hash FROM minutes_versions WHERE meeting_id = ? ORDER BY version DESC',
    ).all(meetingId) as VersionRow[]
  ).map(toSummary);
}

export function findVersion(db: Db, meetingId: string, version: number): { summary: MinutesVersionSummary; snapshot: string } | undefined {
  const row = cachedStatement(db, 'SELECT * FROM minutes_versions WHERE meeting_id = ? AND version = ?').get(meetingId, version) as
    | (VersionRow & { snapshot: string })
    | undefined;
  return row && { summary: toSummary(row), snapshot: row.snapshot };
}

export function latestVersionNumber(db: Db, meetingId: string): number {
  return cachedStatement(db, 'SELECT coalesce(max(version), 0) FROM minutes_versions WHERE meeting_id = ?').pluck().get(meetingId) as number;
}

/** The latest send to the chairman (a review file, or review mode here). */
export function findLatestSent(db: Db, meetingId: string): MinutesVersionSummary | undefined {
  const row = cachedStatement(
    db,
    `SELECT meeting_id, version, state, change, at, by, reason, hash FROM minutes_versions
       WHERE meeting_id = ? AND change IN ('sent', 'review-here') ORDER BY version DESC LIMIT 1`,
  ).get(meetingId) as VersionRow | undefined;
  return row && toSummary(row);
}

export function setMinutesState(db: Db, meetingId: string, state: MinutesState, updatedAt: string): void {
  cachedStatement(db, 'UPDATE meetings SET status = ?, updated_at = ? WHERE id = ?').run(state, updatedAt, meetingId);
}

export type Approval = NonNullable<MinutesStatus['approval']>;
export type Confirmation = NonNullable<MinutesStatus['confirmation']>;

export function findApprovals(db: Db, meetingId: string): { approval: Approval | null; confirmation: Confirmation | null } {
  const row = cachedStatement(db, 'SELECT approval, confirmation FROM meetings WHERE id = ?').get(meetingId) as
    | { approval: string | null; confirmation: string | null }
    | undefined;
  return {
    approval: row?.approval ? (JSON.parse(row.approval) as Approval) : null,
    confirmation: row?.confirmation ? (JSON.parse(row.confirmation) as Confirmation) : null,
  };
}

export function saveApprovals(db: Db, meetingId: string, approval: Approval | null, confirmation: Confirmation | null): void {
  cachedStatement(db, 'UPDATE meetings SET approval = ?, confirmation = ? WHERE id = ?').run(
    approval && JSON.stringify(approval),
    confirmation && JSON.stringify(confirmation),
    meetingId,
  );
}

/** What an imported meeting's minutes said about meetings not here; absent fields: work it out locally. */
export type MeetingContext<Review> = {
  /** undefined: the local link; null: none, whatever is here. */
  previousMeeting?: { id: string; date: string } | null;
  firstMinuteNumber?: number;
  actionReviews: Review[];
};

export function findMeetingContext<Review>(db: Db, meetingId: string): MeetingContext<Review> | undefined {
  const row = cachedStatement(db, 'SELECT * FROM meeting_context WHERE meeting_id = ?').get(meetingId) as
    | { previous_meeting: string | null; first_minute_number: number | null; action_reviews: string }
    | undefined;
  if (!row) return undefined;
  return {
    ...(row.previous_meeting !== null && { previousMeeting: JSON.parse(row.previous_meeting) as { id: string; date: string } | null }),
    ...(row.first_minute_number !== null && { firstMinuteNumber: row.first_minute_number }),
    actionReviews: JSON.parse(row.action_reviews) as Review[],
  };
}

export function saveMeetingContext<Review>(db: Db, meetingId: string, context: MeetingContext<Review>): void {
  cachedStatement(
    db,
    `INSERT INTO meeting_context (meeting_id, previous_meeting, first_minute_number, action_reviews) VALUES (?, ?, ?, ?)
     ON CONFLICT (meeting_id) DO UPDATE SET previous_meeting = excluded.previous_meeting,
       first_minute_number = excluded.first_minute_number, action_reviews = excluded.action_reviews`,
  ).run(
    meetingId,
    context.previousMeeting === undefined ? null : JSON.stringify(context.previousMeeting),
    context.firstMinuteNumber ?? null,
    JSON.stringify(context.actionReviews),
  );
}

export function countComments(db: Db, meetingId: string): { comments: number; pendingSuggestions: number } {
  return cachedStatement(
    db,
    `SELECT count(*) AS comments, coalesce(sum(outcome = 'pending'), 0) AS pendingSuggestions FROM review_comments WHERE meeting_id = ?`,
  ).get(meetingId) as { comments: number; pendingSuggestions: number };
}
