import type { Action, ActionOwner, ActionStatus } from '../../shared/domain.ts';
import { personLabel } from '../../shared/compose/people.ts';
import { memberInitials } from '../../shared/initials.ts';
import type { Db } from './database.ts';
import { reindexReviewsOf } from './action-updates.ts';
import { actionText, indexDoc, removeDoc, unindexReviewsOf } from './search-index.ts';
import { clearDeleted, markDeleted } from './soft-delete.ts';

type ActionRow = {
  id: string;
  meeting_id: string;
  item_id: string;
  resolution_id: string | null;
  resolution_part: number | null;
  description: string;
  owner_member_id: string | null;
  owner_attendee_id: string | null;
  owner_name: string;
  due_date: string | null;
  status: ActionStatus;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** 1 when the owner was a guest since removed from the meeting's list (see actionColumns). */
  owner_gone: number | null;
};

// A guest removed from the list stays in the file (an undo brings them back), so the action keeps
// its link; until then it is owned by the name it kept, as if by a group of that name.
const ownerGone = `coalesce((SELECT deleted_at IS NOT NULL FROM attendees WHERE id = t.owner_attendee_id), 0)`;
const actionColumns = `t.*, ${ownerGone} AS owner_gone`;

const ownerOf = (row: ActionRow): ActionOwner => {
  if (row.owner_member_id) return { memberId: row.owner_member_id };
  if (row.owner_attendee_id && row.owner_gone !== 1) return { attendeeId: row.owner_attendee_id };
  return { group: row.owner_name };
};

const toAction = (row: ActionRow): Action => ({
  id: row.id,
  itemId: row.item_id,
  resolutionId: row.resolution_id,
  resolutionPart: row.resolution_part,
  description: row.description,
  owner: ownerOf(row),
  dueDate: row.due_date,
  status: row.status,
  position: row.position,
  updatedAt: row.updated_at,
});

/** ownerName: the group, or the attendee's name kept in case the attendee is removed later. */
const toParams = (action: Action, ownerName: string) => ({
  ...action,
  ownerMemberId: 'memberId' in action.owner ? action.owner.memberId : null,
  ownerAttendeeId: 'attendeeId' in action.owner ? action.owner.attendeeId : null,
  ownerName: 'group' in action.owner ? action.owner.group : ownerName,
});

export function insertAction(db: Db, meetingId: string, action: Action, ownerName: string): void {
  db.prepare(
    `INSERT INTO actions (id, meeting_id, item_id, resolution_id, resolution_part, description, owner_member_id, owner_attendee_id,
       owner_name, due_date, status, position, created_at, updated_at)
     VALUES (@id, @meetingId, @itemId, @resolutionId, @resolutionPart, @description, @ownerMemberId, @ownerAttendeeId,
       @ownerName, @dueDate, @status, @position, @updatedAt, @updatedAt)`,
  ).run({ ...toParams(action, ownerName), meetingId });
  indexAction(db, meetingId, action, ownerName);
}

function indexAction(db: Db, meetingId: string, action: Action, ownerName: string): void {
  const { ownerName: indexedOwner } = toParams(action, ownerName);
  indexDoc(db, { source: 'action', sourceId: action.id, itemId: action.itemId, meetingId }, actionText(action.description, indexedOwner));
}

export function updateActionRow(db: Db, action: Action, ownerName: string): void {
  const meetingId = db
    .prepare(
      `UPDATE actions SET item_id = @itemId, resolution_id = @resolutionId, resolution_part = @resolutionPart, description = @description,
         owner_member_id = @ownerMemberId, owner_attendee_id = @ownerAttendeeId, owner_name = @ownerName,
         due_date = @dueDate, status = @status, position = @position, updated_at = @updatedAt
       WHERE id = @id RETURNING meeting_id`,
    )
    .pluck()
    .get(toParams(action, ownerName)) as string | undefined;
  if (meetingId) indexAction(db, meetingId, action, ownerName);
  reindexReviewsOf(db, action.id);
}

/** Its text and its reviews at later meetings leave the index; the reviews themselves stay, for the undo. */
export function markActionsDeleted(db: Db, ids: string[], deletedAt: string): void {
  markDeleted(db, 'actions', ids, deletedAt);
  for (const id of ids) {
    removeDoc(db, 'action', id);
    unindexReviewsOf(db, id);
  }
}

export function clearActionsDeleted(db: Db, ids: string[]): void {
  clearDeleted(db, 'actions', ids);
  for (const id of ids) {
    const restored = db.prepare(`SELECT ${actionColumns} FROM actions t WHERE t.id = ?`).get(id) as ActionRow | undefined;
    if (!restored) continue;
    indexAction(db, restored.meeting_id, toAction(restored), restored.owner_name);
    reindexReviewsOf(db, id);
  }
}

/** Puts an action on its item itself, its resolution being gone. */
export function detachAction(db: Db, id: string, updatedAt: string): void {
  db.prepare('UPDATE actions SET resolution_id = NULL, updated_at = ? WHERE id = ?').run(updatedAt, id);
}

/** Deleted or not: the handlers decide what a deleted one may still do (be restored, nothing else). */
export function findAction(db: Db, id: string): (Action & { meetingId: string; deletedAt: string | null }) | undefined {
  const row = db.prepare(`SELECT ${actionColumns} FROM actions t WHERE t.id = ?`).get(id) as ActionRow | undefined;
  return row && { ...toAction(row), meetingId: row.meeting_id, deletedAt: row.deleted_at };
}

export function listActions(db: Db, meetingId: string): Action[] {
  return (
    db.prepare(`SELECT ${actionColumns} FROM actions t WHERE t.meeting_id = ? AND t.deleted_at IS NULL ORDER BY t.item_id, t.position`).all(meetingId) as ActionRow[]
  ).map(toAction);
}

/** The resolution's actions still on the minutes. */
export function listResolutionActionIds(db: Db, resolutionId: string): string[] {
  return db.prepare('SELECT id FROM actions WHERE resolution_id = ? AND deleted_at IS NULL ORDER BY position').pluck().all(resolutionId) as string[];
}

/** The resolution's actions that were deleted with it (the same moment), which its restore brings back. */
export function listActionsDeletedWith(db: Db, resolutionId: string, deletedAt: string): Action[] {
  return (
    db.prepare(`SELECT ${actionColumns} FROM actions t WHERE t.resolution_id = ? AND t.deleted_at = ? ORDER BY t.position`).all(resolutionId, deletedAt) as ActionRow[]
  ).map(toAction);
}

export function nextActionPosition(db: Db, itemId: string): number {
  return db.prepare('SELECT coalesce(max(position), -1) + 1 FROM actions WHERE item_id = ?').pluck().get(itemId) as number;
}

/** An action with where it was raised and its owner's name and initials, for the log and for reviews. */
export type ActionWithContext = Action & {
  meetingId: string;
  meetingDate: string;
  meetingStartTime: string;
  ownerName: string;
  ownerInitials: string;
};

type ContextRow = ActionRow & {
  meeting_date: string;
  meeting_start_time: string;
  member_name: string | null;
  member_role: string | null;
  member_organisation: string | null;
  member_initials: string | null;
};

/** A roster owner as the log names them and their initials ("" for anyone else, whose name is kept on the action). */
function memberOwner(row: ContextRow): { ownerName: string; ownerInitials: string } {
  if (row.member_name === null) return { ownerName: row.owner_name, ownerInitials: '' };
  const member = { name: row.member_name, role: row.member_role ?? '', organisation: row.member_organisation ?? '', initials: row.member_initials ?? '' };
  return { ownerName: personLabel(member), ownerInitials: memberInitials(member) };
}

const withContext = (row: ContextRow): ActionWithContext => ({
  ...toAction(row),
  meetingId: row.meeting_id,
  meetingDate: row.meeting_date,
  meetingStartTime: row.meeting_start_time,
  ...memberOwner(row),
});

// Live actions of live items only: callers add their conditions with AND.
const contextSelect = `SELECT ${actionColumns}, g.date AS meeting_date, g.start_time AS meeting_start_time, m.name AS member_name, m.role AS member_role, m.organisation AS member_organisation, m.initials AS member_initials
  FROM actions t
  JOIN meetings g ON g.id = t.meeting_id
  JOIN agenda_items a ON a.id = t.item_id AND a.deleted_at IS NULL
  LEFT JOIN members m ON m.id = t.owner_member_id
  WHERE t.deleted_at IS NULL`;

export type ActionLogQuery = {
  committeeId: string;
  owner?: ActionOwner | undefined;
  meetingId?: string | undefined;
  status?: ActionStatus | undefined;
};

/** A committee's actions across its meetings (those of deleted items left out), oldest meeting first. */
export function listCommitteeActions(db: Db, query: ActionLogQuery): ActionWithContext[] {
  const conditions = ['g.committee_id = @committeeId'];
  const owner = query.owner;
  const params: Record<string, string> = { committeeId: query.committeeId };
  if (owner && 'memberId' in owner) {
    conditions.push('t.owner_member_id = @ownerMemberId');
    params.ownerMemberId = owner.memberId;
  } else if (owner && 'attendeeId' in owner) {
    conditions.push(`t.owner_attendee_id = @ownerAttendeeId AND NOT ${ownerGone}`);
    params.ownerAttendeeId = owner.attendeeId;
  } else if (owner) {
    conditions.push(`t.owner_member_id IS NULL AND (t.owner_attendee_id IS NULL OR ${ownerGone}) AND t.owner_name = @ownerGroup COLLATE NOCASE`);
    params.ownerGroup = owner.group.trim();
  }
  if (query.meetingId) {
    conditions.push('t.meeting_id = @meetingId');
    params.meetingId = query.meetingId;
  }
  if (query.status) {
    conditions.push('t.status = @status');
    params.status = query.status;
  }
  const rows = db
    .prepare(`${contextSelect} AND ${conditions.join(' AND ')} ORDER BY g.date, g.start_time, g.id, a.position, t.position`)
    .all(params) as ContextRow[];
  return rows.map(withContext);
}

/**
 * Actions still to be done that a new meeting of the committee should review: raised at a meeting
 * before it (by date and time), not done, and not already brought into that meeting.
 */
export function listOutstandingActions(
  db: Db,
  meeting: { id: string; committeeId: string; date: string; startTime: string },
): ActionWithContext[] {
  const rows = db
    .prepare(
      `${contextSelect}
       AND g.committee_id = @committeeId AND t.status <> 'done' AND g.id <> @id
         AND (g.date < @date OR (g.date = @date AND g.start_time < @startTime))
         AND NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = t.id AND u.meeting_id = @id)
       ORDER BY g.date, g.start_time, g.id, a.position, t.position`,
    )
    .all(meeting) as ContextRow[];
  return rows.map(withContext);
}

export function findActionWithContext(db: Db, actionId: string): ActionWithContext | undefined {
  const row = db.prepare(`${contextSelect} AND t.id = ?`).get(actionId) as ContextRow | undefined;
  return row && withContext(row);
}

/** Actions by id with their context (those of deleted items left out). */
export function listActionsWithContext(db: Db, actionIds: string[]): Map<string, ActionWithContext> {
  const statement = db.prepare(`${contextSelect} AND t.id = ?`);
  const found = new Map<string, ActionWithContext>();
  for (const actionId of actionIds) {
    const row = statement.get(actionId) as ContextRow | undefined;
    if (row) found.set(actionId, withContext(row));
  }
  return found;
}
