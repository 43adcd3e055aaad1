import type { Paper } from '../../shared/domain.ts';
import type { Db } from './database.ts';

type PaperRow = {
  id: string;
  meeting_id: string;
  item_id: string;
  title: string;
  file_name: string | null;
  position: number;
  added_at: string;
  deleted_at: string | null;
};

const toPaper = (row: PaperRow): Paper => ({
  id: row.id,
  itemId: row.item_id,
  title: row.title,
  fileName: row.file_name,
  position: row.position,
});

export function insertPaper(db: Db, meetingId: string, paper: Paper, addedAt: string): void {
  db.prepare(
    `INSERT INTO papers (id, meeting_id, item_id, title, file_name, position, added_at)
     VALUES (@id, @meetingId, @itemId, @title, @fileName, @position, @addedAt)`,
  ).run({ ...paper, meetingId, addedAt });
}

export function updatePaperTitle(db: Db, id: string, title: string): void {
  db.prepare('UPDATE papers SET title = ? WHERE id = ?').run(title, id);
}

/** Deleted or not: the handlers decide what a deleted one may still do (be restored, nothing else). */
export function findPaper(db: Db, id: string): (Paper & { meetingId: string; deletedAt: string | null }) | undefined {
  const row = db.prepare('SELECT * FROM papers WHERE id = ?').get(id) as PaperRow | undefined;
  return row && { ...toPaper(row), meetingId: row.meeting_id, deletedAt: row.deleted_at };
}

export function listPapers(db: Db, meetingId: string): Paper[] {
  return (
    db.prepare('SELECT * FROM papers WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY item_id, position').all(meetingId) as PaperRow[]
  ).map(toPaper);
}

export function nextPaperPosition(db: Db, itemId: string): number {
  return db.prepare('SELECT coalesce(max(position), -1) + 1 FROM papers WHERE item_id = ?').pluck().get(itemId) as number;
}
