import type { Declarant, Declaration, InterestNature } from '../../shared/domain.ts';
import type { Db } from './database.ts';
import { reindexDeclarations } from './search-index.ts';
import { clearDeleted, markDeleted } from './soft-delete.ts';

type DeclarationRow = {
  id: string;
  meeting_id: string;
  item_id: string | null;
  member_id: string | null;
  attendee_id: string | null;
  person_name: string;
  nature: InterestNature;
  description: string;
  left_room: number;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** 1 when the person was a guest since removed from the meeting's list (see declarationColumns). */
  person_gone: number;
};

// A guest removed from the list stays in the file (an undo brings them back), so the declaration
// keeps its link; until then it names them by the name it kept.
const declarationColumns = `d.*, coalesce((SELECT deleted_at IS NOT NULL FROM attendees WHERE id = d.attendee_id), 0) AS person_gone`;

const whoOf = (row: DeclarationRow): Declarant => {
  if (row.member_id) return { memberId: row.member_id };
  if (row.attendee_id && row.person_gone !== 1) return { attendeeId: row.attendee_id };
  return { name: row.person_name };
};

const toDeclaration = (row: DeclarationRow): Declaration => ({
  id: row.id,
  meetingId: row.meeting_id,
  who: whoOf(row),
  itemId: row.item_id,
  nature: row.nature,
  description: row.description,
  leftRoom: row.left_room === 1,
  position: row.position,
  updatedAt: row.updated_at,
});

/** personName: the name as it was when declared, kept in case the attendee is removed later. */
const toParams = (declaration: Declaration, personName: string) => ({
  ...declaration,
  memberId: 'memberId' in declaration.who ? declaration.who.memberId : null,
  attendeeId: 'attendeeId' in declaration.who ? declaration.who.attendeeId : null,
  personName,
  leftRoom: declaration.leftRoom ? 1 : 0,
});

export function insertDeclaration(db: Db, declaration: Declaration, personName: string): void {
  db.prepare(
    `INSERT INTO declarations (id, meeting_id, item_id, member_id, attendee_id, person_name, nature, description, left_room,
       position, created_at, updated_at)
     VALUES (@id, @meetingId, @itemId, @memberId, @attendeeId, @personName, @nature, @description, @leftRoom,
       @position, @updatedAt, @updatedAt)`,
  ).run(toParams(declaration, personName));
  reindexDeclarations(db, declaration.meetingId);
}

export function updateDeclarationRow(db: Db, declaration: Declaration, personName: string): void {
  db.prepare(
    `UPDATE declarations SET item_id = @itemId, member_id = @memberId, attendee_id = @attendeeId, person_name = @personName,
       nature = @nature, description = @description, left_room = @leftRoom, position = @position, updated_at = @updatedAt
     WHERE id = @id`,
  ).run(toParams(declaration, personName));
  reindexDeclarations(db, declaration.meetingId);
}

export function markDeclarationDeleted(db: Db, declaration: Declaration, deletedAt: string): void {
  markDeleted(db, 'declarations', [declaration.id], deletedAt);
  reindexDeclarations(db, declaration.meetingId);
}

export function clearDeclarationDeleted(db: Db, declaration: Declaration): void {
  clearDeleted(db, 'declarations', [declaration.id]);
  reindexDeclarations(db, declaration.meetingId);
}

/** Deleted or not: the handlers decide what a deleted one may still do (be restored, nothing else). */
export function findDeclaration(db: Db, id: string): (Declaration & { deletedAt: string | null }) | undefined {
  const row = db.prepare(`SELECT ${declarationColumns} FROM declarations d WHERE d.id = ?`).get(id) as DeclarationRow | undefined;
  return row && { ...toDeclaration(row), deletedAt: row.deleted_at };
}

export function listDeclarations(db: Db, meetingId: string): Declaration[] {
  return (
    db.prepare(`SELECT ${declarationColumns} FROM declarations d WHERE d.meeting_id = ? AND d.deleted_at IS NULL ORDER BY d.position`).all(meetingId) as DeclarationRow[]
  ).map(toDeclaration);
}

export function nextDeclarationPosition(db: Db, meetingId: string): number {
  return db.prepare('SELECT coalesce(max(position), -1) + 1 FROM declarations WHERE meeting_id = ?').pluck().get(meetingId) as number;
}
