import type { Part2 } from '../../shared/domain.ts';
import type { Db } from './database.ts';

// An item is Part 2 (not for publication) exactly when it has a row here.

type Part2Row = { item_id: string; paragraph: number | null; reason: string };

export function savePart2(db: Db, itemId: string, part2: Part2): void {
  db.prepare(
    `INSERT INTO part2_items (item_id, paragraph, reason) VALUES (?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET paragraph = excluded.paragraph, reason = excluded.reason`,
  ).run(itemId, part2.paragraph, part2.reason);
}

export function clearPart2(db: Db, itemId: string): void {
  db.prepare('DELETE FROM part2_items WHERE item_id = ?').run(itemId);
}

/** Part 2 marks of a meeting's items, by item id. */
export function listPart2(db: Db, meetingId: string): Map<string, Part2> {
  const rows = db
    .prepare(
      `SELECT p.* FROM part2_items p JOIN agenda_items a ON a.id = p.item_id WHERE a.meeting_id = ?`,
    )
    .all(meetingId) as Part2Row[];
  return new Map(rows.map((row) => [row.item_id, { paragraph: row.paragraph, reason: row.reason }]));
}
