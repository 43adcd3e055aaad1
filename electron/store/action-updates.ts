import type { ActionProgress, ActionStatus } from '../../shared/domain.ts';
import { cachedStatement, type Db } from './database.ts';
import { indexDoc, removeDoc, reviewText } from './search-index.ts';

// An action's history (migration 3, action_updates): its review at each later meeting, and the
// changes made from the action log between meetings.

type UpdateRow = {
  id: string;
  action_id: string;
  meeting_id: string | null;
  item_id: string | null;
  status: ActionStatus;
  note: string;
  recorded_on: string;
  position: number;
  created_at: string;
  updated_at: string;
};

const toProgress = (row: UpdateRow): ActionProgress => ({
  id: row.id,
  actionId: row.action_id,
  meetingId: row.meeting_id,
  itemId: row.item_id,
  status: row.status,
  note: row.note,
  recordedOn: row.recorded_on,
  position: row.position,
  updatedAt: row.updated_at,
});

/**
 * A review is searchable where the minutes hold it: its item in the reviewing meeting (indexDoc
 * skips a deleted one), while its action is not deleted.
 */
function indexReview(db: Db, progress: ActionProgress): void {
  const description = cachedStatement(db, 'SELECT description FROM actions WHERE id = ? AND deleted_at IS NULL').pluck().get(progress.actionId) as
    | string
    | undefined;
  if (!progress.meetingId || !progress.itemId || description === undefined) {
    removeDoc(db, 'action-review', progress.id);
    return;
  }
  indexDoc(
    db,
    { source: 'action-review', sourceId: progress.id, itemId: progress.itemId, meetingId: progress.meetingId },
    reviewText(description, progress.status, progress.note),
  );
}

/** An action's reviews quote its description, so they follow when it is edited. */
export function reindexReviewsOf(db: Db, actionId: string): void {
  const rows = cachedStatement(db, 'SELECT * FROM action_updates WHERE action_id = ? AND meeting_id IS NOT NULL').all(actionId) as UpdateRow[];
  for (const row of rows) indexReview(db, toProgress(row));
}

export function insertActionUpdate(db: Db, progress: ActionProgress): void {
  cachedStatement(
    db,
    `INSERT INTO action_updates (id, action_id, meeting_id, item_id, status, note, recorded_on, position, created_at, updated_at)
     VALUES (@id, @actionId, @meetingId, @itemId, @status, @note, @recordedOn, @position, @updatedAt, @updatedAt)`,
  ).run(progress);
  indexReview(db, progress);
}

export function updateActionUpdateRow(db: Db, progress: ActionProgress): void {
  cachedStatement(
    db,
    `UPDATE action_updates SET item_id = @itemId, status = @status, note = @note, recorded_on = @recordedOn,
       position = @position, updated_at = @updatedAt WHERE id = @id`,
  ).run(progress);
  indexReview(db, progress);
}

export function findActionUpdate(db: Db, id: string): ActionProgress | undefined {
  const row = cachedStatement(db, 'SELECT * FROM action_updates WHERE id = ?').get(id) as UpdateRow | undefined;
  return row && toProgress(row);
}

/** The reviews made at a meeting, in the order they were brought in. */
export function listMeetingReviews(db: Db, meetingId: string): ActionProgress[] {
  return (
    cachedStatement(db, 'SELECT * FROM action_updates WHERE meeting_id = ? ORDER BY position').all(meetingId) as UpdateRow[]
  ).map(toProgress);
}

export function nextReviewPosition(db: Db, meetingId: string): number {
  return cachedStatement(db, 'SELECT coalesce(max(position), -1) + 1 FROM action_updates WHERE meeting_id = ?').pluck().get(meetingId) as number;
}

// History in the order it happened: by the reviewing meeting's date (or the day of a change from
// the log), then by when it was written.
const historyOrder = `coalesce(g.date, u.recorded_on), coalesce(g.start_time, ''), u.created_at, u.id`;
const latestFirst = `coalesce(g.date, u.recorded_on) DESC, coalesce(g.start_time, '') DESC, u.created_at DESC, u.id DESC`;

/** Each action's history, oldest first. */
export function listActionHistories(db: Db, actionIds: string[]): Map<string, ActionProgress[]> {
  const statement = cachedStatement(
    db,
    `SELECT u.* FROM action_updates u LEFT JOIN meetings g ON g.id = u.meeting_id WHERE u.action_id = ? ORDER BY ${historyOrder}`,
  );
  const histories = new Map<string, ActionProgress[]>();
  for (const actionId of actionIds) histories.set(actionId, (statement.all(actionId) as UpdateRow[]).map(toProgress));
  return histories;
}

/**
 * Keeps the action's status equal to its latest decided step (done or carried forward), or open
 * when its history has none (a review set back to open undoes what it had decided). An action
 * with no history at all keeps the status it was created or last set with.
 */
export function refreshActionStatus(db: Db, actionId: string, updatedAt: string): void {
  const latest = cachedStatement(
    db,
    `SELECT u.status FROM action_updates u LEFT JOIN meetings g ON g.id = u.meeting_id
       WHERE u.action_id = ? AND u.status <> 'open' ORDER BY ${latestFirst} LIMIT 1`,
  )
    .pluck()
    .get(actionId) as ActionStatus | undefined;
  const hasHistory = cachedStatement(db, 'SELECT 1 FROM action_updates WHERE action_id = ? LIMIT 1').pluck().get(actionId) === 1;
  const status = latest ?? (hasHistory ? 'open' : undefined);
  if (status) {
    cachedStatement(db, 'UPDATE actions SET status = ?, updated_at = ? WHERE id = ? AND status <> ?').run(status, updatedAt, actionId, status);
  }
}
