import type { CommentAnchor, CommentOutcome, ReviewComment, ReviewDecision } from '../../shared/review.ts';
import { cachedStatement, type Db } from './database.ts';

// The chairman's responses brought back, their comments, and review mode's response in progress.

export type StoredResponse = { id: string; meetingId: string; version: number; reviewer: string; decision: ReviewDecision | null; hash: string };

export function findResponse(db: Db, id: string): StoredResponse | undefined {
  const row = cachedStatement(db, 'SELECT * FROM review_responses WHERE id = ?').get(id) as
    | { id: string; meeting_id: string; version: number; reviewer: string; decision: string | null; hash: string }
    | undefined;
  return row && { id: row.id, meetingId: row.meeting_id, version: row.version, reviewer: row.reviewer, decision: row.decision ? (JSON.parse(row.decision) as ReviewDecision) : null, hash: row.hash };
}

export function saveResponse(db: Db, response: StoredResponse, importedAt: string, importedBy: string): void {
  cachedStatement(
    db,
    `INSERT INTO review_responses (id, meeting_id, version, reviewer, decision, hash, imported_at, imported_by)
     VALUES (@id, @meetingId, @version, @reviewer, @decision, @hash, @importedAt, @importedBy)
     ON CONFLICT (id) DO UPDATE SET reviewer = excluded.reviewer, decision = excluded.decision, hash = excluded.hash,
       imported_at = excluded.imported_at, imported_by = excluded.imported_by`,
  ).run({ ...response, decision: response.decision && JSON.stringify(response.decision), importedAt, importedBy });
}

export type StoredComment = ReviewComment & {
  responseId: string;
  meetingId: string;
  outcome: CommentOutcome;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolvedInVersion: number | null;
};

type CommentRow = {
  id: string;
  response_id: string;
  meeting_id: string;
  anchor: string;
  text: string;
  suggestion: string | null;
  created_at: string;
  updated_at: string;
  outcome: CommentOutcome;
  resolved_at: string | null;
  resolved_by: string | null;
  resolved_in_version: number | null;
};

const toComment = (row: CommentRow): StoredComment => ({
  id: row.id,
  responseId: row.response_id,
  meetingId: row.meeting_id,
  anchor: JSON.parse(row.anchor) as CommentAnchor,
  text: row.text,
  suggestion: row.suggestion,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  outcome: row.outcome,
  resolvedAt: row.resolved_at,
  resolvedBy: row.resolved_by,
  resolvedInVersion: row.resolved_in_version,
});

export function findComment(db: Db, id: string): StoredComment | undefined {
  const row = cachedStatement(db, 'SELECT * FROM review_comments WHERE id = ?').get(id) as CommentRow | undefined;
  return row && toComment(row);
}

export function insertComment(db: Db, comment: StoredComment, position: number): void {
  cachedStatement(
    db,
    `INSERT INTO review_comments (id, response_id, meeting_id, position, anchor, text, suggestion, created_at, updated_at, outcome)
     VALUES (@id, @responseId, @meetingId, @position, @anchor, @text, @suggestion, @createdAt, @updatedAt, @outcome)`,
  ).run({ ...comment, anchor: JSON.stringify(comment.anchor), position });
}

/** An open comment the chairman changed after an earlier import takes the new wording; a decided one keeps what was decided on. */
export function updateOpenComment(db: Db, comment: ReviewComment): void {
  cachedStatement(
    db,
    `UPDATE review_comments SET anchor = @anchor, text = @text, suggestion = @suggestion, updated_at = @updatedAt,
       outcome = CASE WHEN @suggestion IS NULL THEN 'comment' ELSE 'pending' END
     WHERE id = @id AND outcome IN ('comment', 'pending')`,
  ).run({ ...comment, anchor: JSON.stringify(comment.anchor) });
}

export function resolveComment(db: Db, id: string, outcome: 'accepted' | 'declined', at: string, by: string, version: number | null): void {
  cachedStatement(db, 'UPDATE review_comments SET outcome = ?, resolved_at = ?, resolved_by = ?, resolved_in_version = ? WHERE id = ?').run(
    outcome,
    at,
    by,
    version,
    id,
  );
}

export function listMeetingComments(db: Db, meetingId: string): StoredComment[] {
  return (
    cachedStatement(
      db,
      `SELECT c.* FROM review_comments c JOIN review_responses r ON r.id = c.response_id
         WHERE c.meeting_id = ? ORDER BY r.version, r.imported_at, c.position`,
    ).all(meetingId) as CommentRow[]
  ).map(toComment);
}

export function nextCommentPosition(db: Db, responseId: string): number {
  return cachedStatement(db, 'SELECT coalesce(max(position), -1) + 1 FROM review_comments WHERE response_id = ?').pluck().get(responseId) as number;
}

export function saveReviewDraft(db: Db, reviewId: string, meetingId: string, version: number, response: unknown, updatedAt: string): void {
  cachedStatement(
    db,
    `INSERT INTO review_drafts (review_id, meeting_id, version, response, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (review_id) DO UPDATE SET response = excluded.response, updated_at = excluded.updated_at`,
  ).run(reviewId, meetingId, version, JSON.stringify(response), updatedAt);
}

export function deleteReviewDraft(db: Db, reviewId: string): void {
  cachedStatement(db, 'DELETE FROM review_drafts WHERE review_id = ?').run(reviewId);
}
