import type { SentenceOverride } from '../../shared/domain.ts';
import type { Db } from './database.ts';

type OverrideRow = { item_id: string; key: string; text: string };

export function saveSentenceOverride(db: Db, itemId: string, override: SentenceOverride): void {
  db.prepare(
    `INSERT INTO sentence_overrides (item_id, key, text) VALUES (?, ?, ?)
     ON CONFLICT (item_id, key) DO UPDATE SET text = excluded.text`,
  ).run(itemId, override.key, override.text);
}

export function clearSentenceOverride(db: Db, itemId: string, key: string): void {
  db.prepare('DELETE FROM sentence_overrides WHERE item_id = ? AND key = ?').run(itemId, key);
}

export function listItemOverrides(db: Db, itemId: string): SentenceOverride[] {
  return (
    db.prepare('SELECT * FROM sentence_overrides WHERE item_id = ? ORDER BY key').all(itemId) as OverrideRow[]
  ).map(({ key, text }) => ({ key, text }));
}

/** A meeting's overrides, by item id. */
export function listMeetingOverrides(db: Db, meetingId: string): Map<string, SentenceOverride[]> {
  const rows = db
    .prepare(
      `SELECT o.* FROM sentence_overrides o JOIN agenda_items a ON a.id = o.item_id
       WHERE a.meeting_id = ? ORDER BY o.item_id, o.key`,
    )
    .all(meetingId) as OverrideRow[];
  const byItem = new Map<string, SentenceOverride[]>();
  for (const row of rows) byItem.set(row.item_id, [...(byItem.get(row.item_id) ?? []), { key: row.key, text: row.text }]);
  return byItem;
}
