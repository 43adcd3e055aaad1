import type { Resolution, ResolutionForm } from '../../shared/domain.ts';
import type { Db } from './database.ts';

type ResolutionRow = {
  id: string;
  meeting_id: string;
  item_id: string;
  form: ResolutionForm;
  text: string;
  parts: string;
  position: number;
  created_at: string;
  updated_at: string;
};

const toResolution = (row: ResolutionRow): Resolution => ({
  id: row.id,
  itemId: row.item_id,
  form: row.form,
  text: row.text,
  parts: JSON.parse(row.parts) as string[],
  position: row.position,
  updatedAt: row.updated_at,
});

export function insertResolution(db: Db, meetingId: string, resolution: Resolution): void {
  db.prepare(
    `INSERT INTO resolutions (id, meeting_id, item_id, form, text, parts, position, created_at, updated_at)
     VALUES (@id, @meetingId, @itemId, @form, @text, @parts, @position, @updatedAt, @updatedAt)`,
  ).run({ ...resolution, meetingId, parts: JSON.stringify(resolution.parts) });
}

export function updateResolutionRow(db: Db, resolution: Resolution): void {
  db.prepare(
    `UPDATE resolutions SET form = @form, text = @text, parts = @parts, position = @position, updated_at = @updatedAt
     WHERE id = @id`,
  ).run({ ...resolution, parts: JSON.stringify(resolution.parts) });
}

export function deleteResolutionRow(db: Db, id: string): void {
  db.prepare('DELETE FROM resolutions WHERE id = ?').run(id);
}

export function findResolution(db: Db, id: string): (Resolution & { meetingId: string }) | undefined {
  const row = db.prepare('SELECT * FROM resolutions WHERE id = ?').get(id) as ResolutionRow | undefined;
  return row && { ...toResolution(row), meetingId: row.meeting_id };
}

export function listItemResolutions(db: Db, itemId: string): Resolution[] {
  return (
    db.prepare('SELECT * FROM resolutions WHERE item_id = ? ORDER BY position').all(itemId) as ResolutionRow[]
  ).map(toResolution);
}

export function listResolutions(db: Db, meetingId: string): Resolution[] {
  return (
    db.prepare('SELECT * FROM resolutions WHERE meeting_id = ? ORDER BY item_id, position').all(meetingId) as ResolutionRow[]
  ).map(toResolution);
}

export function writeResolutionOrder(db: Db, ids: string[]): void {
  const statement = db.prepare('UPDATE resolutions SET position = ? WHERE id = ?');
  ids.forEach((id, position) => statement.run(position, id));
}
