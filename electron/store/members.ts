import type { ChairRole, Member } from '../../shared/domain.ts';
import type { Db } from './database.ts';

type MemberRow = {
  id: string;
  committee_id: string;
  name: string;
  role: string;
  organisation: string;
  initials: string;
  chair_role: ChairRole | null;
  position: number;
  is_archived: number;
};

const toMember = (row: MemberRow): Member => ({
  id: row.id,
  committeeId: row.committee_id,
  name: row.name,
  role: row.role,
  organisation: row.organisation,
  initials: row.initials,
  chairRole: row.chair_role,
  position: row.position,
  isArchived: row.is_archived === 1,
});

export function insertMember(db: Db, member: Member): void {
  db.prepare(
    `INSERT INTO members (id, committee_id, name, role, organisation, initials, chair_role, position, is_archived)
     VALUES (@id, @committeeId, @name, @role, @organisation, @initials, @chairRole, @position, @isArchived)`,
  ).run({ ...member, isArchived: member.isArchived ? 1 : 0 });
}

export function updateMemberRow(db: Db, member: Member): void {
  db.prepare(
    `UPDATE members SET name = @name, role = @role, organisation = @organisation, initials = @initials,
       chair_role = @chairRole, position = @position, is_archived = @isArchived WHERE id = @id`,
  ).run({ ...member, isArchived: member.isArchived ? 1 : 0 });
}

export function findMember(db: Db, id: string): Member | undefined {
  const row = db.prepare('SELECT * FROM members WHERE id = ?').get(id) as MemberRow | undefined;
  return row && toMember(row);
}

export function listMembers(db: Db, committeeId: string): Member[] {
  const rows = db
    .prepare('SELECT * FROM members WHERE committee_id = ? ORDER BY position, name')
    .all(committeeId) as MemberRow[];
  return rows.map(toMember);
}

export function nextMemberPosition(db: Db, committeeId: string): number {
  const row = db
    .prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM members WHERE committee_id = ?')
    .get(committeeId) as { next: number };
  return row.next;
}
