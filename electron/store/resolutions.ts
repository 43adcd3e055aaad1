import type { Resolution, ResolutionForm, Vote } from '../../shared/domain.ts';
import type { Db } from './database.ts';
import { indexDoc, removeDoc, resolutionText } from './search-index.ts';
import { clearDeleted, markDeleted } from './soft-delete.ts';

type ResolutionRow = {
  id: string;
  meeting_id: string;
  item_id: string;
  form: ResolutionForm;
  text: string;
  parts: string;
  vote: string | null;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

const toResolution = (row: ResolutionRow): Resolution => ({
  id: row.id,
  itemId: row.item_id,
  form: row.form,
  text: row.text,
  parts: JSON.parse(row.parts) as string[],
  vote: row.vote === null ? null : (JSON.parse(row.vote) as Vote),
  position: row.position,
  updatedAt: row.updated_at,
});

export function insertResolution(db: Db, meetingId: string, resolution: Resolution): void {
  db.prepare(
    `INSERT INTO resolutions (id, meeting_id, item_id, form, text, parts, vote, position, created_at, updated_at)
     VALUES (@id, @meetingId, @itemId, @form, @text, @parts, @vote, @position, @updatedAt, @updatedAt)`,
  ).run(toParams(resolution, meetingId));
  indexResolution(db, meetingId, resolution);
}

const toParams = (resolution: Resolution, meetingId?: string) => ({
  ...resolution,
  meetingId,
  parts: JSON.stringify(resolution.parts),
  vote: resolution.vote === null ? null : JSON.stringify(resolution.vote),
});

function indexResolution(db: Db, meetingId: string, resolution: Resolution): void {
  indexDoc(db, { source: 'resolution', sourceId: resolution.id, itemId: resolution.itemId, meetingId }, resolutionText(resolution));
}

export function updateResolutionRow(db: Db, resolution: Resolution): void {
  const meetingId = db
    .prepare(
      `UPDATE resolutions SET form = @form, text = @text, parts = @parts, vote = @vote, position = @position,
         updated_at = @updatedAt WHERE id = @id RETURNING meeting_id`,
    )
    .pluck()
    .get(toParams(resolution)) as string | undefined;
  if (meetingId) indexResolution(db, meetingId, resolution);
}

/** Deleted or not: the handlers decide what a deleted one may still do (be restored, nothing else). */
export function findResolution(db: Db, id: string): (Resolution & { meetingId: string; deletedAt: string | null }) | undefined {
  const row = db.prepare('SELECT * FROM resolutions WHERE id = ?').get(id) as ResolutionRow | undefined;
  return row && { ...toResolution(row), meetingId: row.meeting_id, deletedAt: row.deleted_at };
}

export function listItemResolutions(db: Db, itemId: string): Resolution[] {
  return (
    db.prepare('SELECT * FROM resolutions WHERE item_id = ? AND deleted_at IS NULL ORDER BY position').all(itemId) as ResolutionRow[]
  ).map(toResolution);
}

export function listResolutions(db: Db, meetingId: string): Resolution[] {
  return (
    db.prepare('SELECT * FROM resolutions WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY item_id, position').all(meetingId) as ResolutionRow[]
  ).map(toResolution);
}

export function markResolutionDeleted(db: Db, id: string, deletedAt: string): void {
  markDeleted(db, 'resolutions', [id], deletedAt);
  removeDoc(db, 'resolution', id);
}

export function clearResolutionDeleted(db: Db, id: string): void {
  clearDeleted(db, 'resolutions', [id]);
  const restored = findResolution(db, id);
  if (restored) indexResolution(db, restored.meetingId, restored);
}

export function writeResolutionOrder(db: Db, ids: string[]): void {
  const statement = db.prepare('UPDATE resolutions SET position = ? WHERE id = ?');
  ids.forEach((id, position) => statement.run(position, id));
}
