import type { Action, ActionOwner, ActionStatus } from '../../shared/domain.ts';
import type { Db } from './database.ts';

type ActionRow = {
  id: string;
  meeting_id: string;
  item_id: string;
  resolution_id: string | null;
  description: string;
  owner_member_id: string | null;
  owner_attendee_id: string | null;
  owner_name: string;
  due_date: string | null;
  status: ActionStatus;
  position: number;
  created_at: string;
  updated_at: string;
};

const ownerOf = (row: ActionRow): ActionOwner => {
  if (row.owner_member_id) return { memberId: row.owner_member_id };
  if (row.owner_attendee_id) return { attendeeId: row.owner_attendee_id };
  return { group: row.owner_name };
};

const toAction = (row: ActionRow): Action => ({
  id: row.id,
  itemId: row.item_id,
  resolutionId: row.resolution_id,
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
    `INSERT INTO actions (id, meeting_id, item_id, resolution_id, description, owner_member_id, owner_attendee_id,
       owner_name, due_date, status, position, created_at, updated_at)
     VALUES (@id, @meetingId, @itemId, @resolutionId, @description, @ownerMemberId, @ownerAttendeeId,
       @ownerName, @dueDate, @status, @position, @updatedAt, @updatedAt)`,
  ).run({ ...toParams(action, ownerName), meetingId });
}

export function updateActionRow(db: Db, action: Action, ownerName: string): void {
  db.prepare(
    `UPDATE actions SET item_id = @itemId, resolution_id = @resolutionId, description = @description,
       owner_member_id = @ownerMemberId, owner_attendee_id = @ownerAttendeeId, owner_name = @ownerName,
       due_date = @dueDate, status = @status, position = @position, updated_at = @updatedAt
     WHERE id = @id`,
  ).run(toParams(action, ownerName));
}

export function deleteActionRow(db: Db, id: string): void {
  db.prepare('DELETE FROM actions WHERE id = ?').run(id);
}

export function findAction(db: Db, id: string): (Action & { meetingId: string }) | undefined {
  const row = db.prepare('SELECT * FROM actions WHERE id = ?').get(id) as ActionRow | undefined;
  return row && { ...toAction(row), meetingId: row.meeting_id };
}

export function listActions(db: Db, meetingId: string): Action[] {
  return (
    db.prepare('SELECT * FROM actions WHERE meeting_id = ? ORDER BY item_id, position').all(meetingId) as ActionRow[]
  ).map(toAction);
}

export function listResolutionActionIds(db: Db, resolutionId: string): string[] {
  return db.prepare('SELECT id FROM actions WHERE resolution_id = ? ORDER BY position').pluck().all(resolutionId) as string[];
}

export function nextActionPosition(db: Db, itemId: string): number {
  return db.prepare('SELECT coalesce(max(position), -1) + 1 FROM actions WHERE item_id = ?').pluck().get(itemId) as number;
}
