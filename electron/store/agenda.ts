import type { AgendaItem, ItemKind, Presenter } from '../../shared/domain.ts';
import { packNotes, readNotes } from './compact.ts';
import { cachedStatement, type Db } from './database.ts';
import { indexDoc, indexNotes, reindexDeclarations, reindexItems, titleText, unindexItems } from './search-index.ts';

// Items of a meeting sit in one flat order (position), each sub-item straight after its parent
// or its earlier siblings; numbering ("7a") is derived from that order, never stored.

type AgendaRow = {
  id: string;
  meeting_id: string;
  parent_id: string | null;
  position: number;
  kind: ItemKind;
  title: string;
  presenters: string;
  notes: string;
  notes_deflated: Buffer | null;
  post_meeting_note: string;
  deleted_at: string | null;
  updated_at: string;
};

const toItem = (row: AgendaRow): AgendaItem => ({
  id: row.id,
  meetingId: row.meeting_id,
  parentId: row.parent_id,
  position: row.position,
  kind: row.kind,
  title: row.title,
  presenters: JSON.parse(row.presenters) as Presenter[],
  notes: readNotes(row),
  postMeetingNote: row.post_meeting_note,
  updatedAt: row.updated_at,
});

const toParams = (item: AgendaItem) => ({
  ...item,
  presenters: JSON.stringify(item.presenters),
  notes: '',
  notesDeflated: packNotes(item.notes),
});

export function insertAgendaItem(db: Db, item: AgendaItem): void {
  db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, parent_id, position, kind, title, presenters, notes, notes_deflated, post_meeting_note, updated_at)
     VALUES (@id, @meetingId, @parentId, @position, @kind, @title, @presenters, @notes, @notesDeflated, @postMeetingNote, @updatedAt)`,
  ).run(toParams(item));
  indexItemTexts(db, item);
  if (item.kind === 'declarations') reindexDeclarations(db, item.meetingId);
}

function indexItemTexts(db: Db, item: AgendaItem): void {
  const at = { itemId: item.id, meetingId: item.meetingId, sourceId: item.id };
  indexDoc(db, { ...at, source: 'title' }, titleText(item.title));
  indexNotes(db, item);
}

/**
 * `previous` is the item as it was, when the caller has it: the search index is then touched only
 * for what changed (a save of the notes does not re-read the title's entry, and the reverse).
 */
export function updateAgendaItemRow(db: Db, item: AgendaItem, previous?: AgendaItem): void {
  const before = previous ?? findAgendaItem(db, item.id);
  db.prepare(
    `UPDATE agenda_items SET kind = @kind, title = @title, presenters = @presenters, notes = @notes, notes_deflated = @notesDeflated,
       post_meeting_note = @postMeetingNote, updated_at = @updatedAt WHERE id = @id`,
  ).run(toParams(item));
  if (!before || before.title !== item.title) indexDoc(db, { source: 'title', sourceId: item.id, itemId: item.id, meetingId: item.meetingId }, titleText(item.title));
  if (!before || before.notes !== item.notes) indexNotes(db, item);
  // Declarations are minuted in the declarations item, so their index entries move with that role.
  if (before?.kind !== item.kind && (before?.kind === 'declarations' || item.kind === 'declarations')) {
    reindexDeclarations(db, item.meetingId);
  }
}

export function findAgendaItem(db: Db, id: string): (AgendaItem & { deletedAt: string | null }) | undefined {
  const row = cachedStatement(db, 'SELECT * FROM agenda_items WHERE id = ?').get(id) as AgendaRow | undefined;
  return row && { ...toItem(row), deletedAt: row.deleted_at };
}

export function listAgenda(db: Db, meetingId: string): AgendaItem[] {
  const rows = db
    .prepare('SELECT * FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position')
    .all(meetingId) as AgendaRow[];
  return rows.map(toItem);
}

export function writeAgendaOrder(db: Db, order: { id: string; parentId: string | null }[]): void {
  const statement = db.prepare('UPDATE agenda_items SET parent_id = ?, position = ? WHERE id = ?');
  order.forEach((entry, index) => statement.run(entry.parentId, index, entry.id));
}

export function markAgendaItemsDeleted(db: Db, ids: string[], deletedAt: string): void {
  const statement = db.prepare('UPDATE agenda_items SET deleted_at = ? WHERE id = ?');
  for (const id of ids) statement.run(deletedAt, id);
  unindexItems(db, ids);
  for (const meetingId of meetingsOf(db, ids)) reindexDeclarations(db, meetingId);
}

function meetingsOf(db: Db, ids: string[]): Set<string> {
  const statement = db.prepare('SELECT meeting_id FROM agenda_items WHERE id = ?').pluck();
  return new Set(ids.map((id) => statement.get(id) as string | undefined).filter((id): id is string => id !== undefined));
}

/** The item and the sub-items that were deleted with it. */
export function listDeletedTogether(db: Db, itemId: string, deletedAt: string): string[] {
  return (
    db
      .prepare(
        `SELECT id FROM agenda_items WHERE deleted_at = ? AND (id = ? OR parent_id = ?) ORDER BY position`,
      )
      .all(deletedAt, itemId, itemId) as { id: string }[]
  ).map((row) => row.id);
}

export function clearAgendaItemsDeleted(db: Db, ids: string[]): void {
  const statement = db.prepare('UPDATE agenda_items SET deleted_at = NULL WHERE id = ?');
  for (const id of ids) statement.run(id);
  reindexItems(db, ids);
  for (const meetingId of meetingsOf(db, ids)) reindexDeclarations(db, meetingId);
}

/** Items of a meeting in order, without their notes: for numbering. */
export function listAgendaOrder(db: Db, meetingId: string): { id: string; parentId: string | null; title: string }[] {
  return cachedStatement(db, 'SELECT id, parent_id AS parentId, title FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position')
    .all(meetingId) as { id: string; parentId: string | null; title: string }[];
}
