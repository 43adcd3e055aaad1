import { cachedStatement, type Db } from './database.ts';

// One rule for delete and undo, the same in every table the secretary deletes from (migration 5;
// abbreviations, migration 8):
// - Deleting sets deleted_at on the record, and on the live records that hang off it (a
//   resolution's actions, an item's sub-items), all to the same time, in one transaction.
// - Every read the minutes, lists, search and exports use sees only rows whose deleted_at is NULL.
// - Restoring clears deleted_at on the record and on the rows that carry the very same deleted_at:
//   what went with it comes back with it; what was deleted on its own beforehand stays deleted.
// - Rows with no deleted_at of their own (an action's reviews at later meetings, an item's Part 2
//   mark, a resolution's vote and parts) are never touched: hidden while their owner is deleted,
//   back with it. Nothing is lost, so a restore is the same record with the same id.

export const deletableTables = ['agenda_items', 'resolutions', 'actions', 'declarations', 'phrases', 'papers', 'attendees', 'abbreviations'] as const;
export type DeletableTable = (typeof deletableTables)[number];

export function markDeleted(db: Db, table: DeletableTable, ids: string[], deletedAt: string): void {
  const statement = cachedStatement(db, `UPDATE ${table} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`);
  for (const id of ids) statement.run(deletedAt, id);
}

export function clearDeleted(db: Db, table: DeletableTable, ids: string[]): void {
  const statement = cachedStatement(db, `UPDATE ${table} SET deleted_at = NULL WHERE id = ?`);
  for (const id of ids) statement.run(id);
}
