import type { Declarant, Declaration, InterestNature } from '../../shared/domain.ts';
import type { Db } from './database.ts';
import { reindexDeclarations } from './search-index.ts';

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
};

const whoOf = (row: DeclarationRow): Declarant => {
  if (row.member_id) return { memberId: row.member_id };
  if (row.attendee_id) return { attendeeId: row.attendee_id };
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

export function deleteDeclarationRow(db: Db, id: string): void {
  // The index entry goes by ON DELETE CASCADE.
  db.prepare('DELETE FROM declarations WHERE id = ?').run(id);
}

export function findDeclaration(db: Db, id: string): Declaration | undefined {
  const row = db.prepare('SELECT * FROM declarations WHERE id = ?').get(id) as DeclarationRow | undefined;
  return row && toDeclaration(row);
}

export function listDeclarations(db: Db, meetingId: string): Declaration[] {
  return (
    db.prepare('SELECT * FROM declarations WHERE meeting_id = ? ORDER BY position').all(meetingId) as DeclarationRow[]
  ).map(toDeclaration);
}

export function nextDeclarationPosition(db: Db, meetingId: string): number {
  return db.prepare('SELECT coalesce(max(position), -1) + 1 FROM declarations WHERE meeting_id = ?').pluck().get(meetingId) as number;
}
