import type { Phrase, PhraseInsert, ResolutionForm } from '../../shared/domain.ts';
import type { Db } from './database.ts';
import { markDeleted } from './soft-delete.ts';

type PhraseRow = {
  id: string;
  committee_id: string;
  inserts: PhraseInsert;
  form: ResolutionForm | null;
  text: string;
  parts: string;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

const toPhrase = (row: PhraseRow): Phrase => ({
  id: row.id,
  committeeId: row.committee_id,
  inserts: row.inserts,
  form: row.form,
  text: row.text,
  parts: JSON.parse(row.parts) as string[],
  position: row.position,
  updatedAt: row.updated_at,
});

const toParams = (phrase: Phrase) => ({ ...phrase, parts: JSON.stringify(phrase.parts) });

export function insertPhrase(db: Db, phrase: Phrase): void {
  db.prepare(
    `INSERT INTO phrases (id, committee_id, inserts, form, text, parts, position, created_at, updated_at)
     VALUES (@id, @committeeId, @inserts, @form, @text, @parts, @position, @updatedAt, @updatedAt)`,
  ).run(toParams(phrase));
}

export function updatePhraseRow(db: Db, phrase: Phrase): void {
  db.prepare(
    `UPDATE phrases SET inserts = @inserts, form = @form, text = @text, parts = @parts, position = @position,
       updated_at = @updatedAt WHERE id = @id`,
  ).run(toParams(phrase));
}

/** Replacing the bank from a file deletes every wording it had, the soft way like any other delete. */
export function markCommitteePhrasesDeleted(db: Db, committeeId: string, deletedAt: string): void {
  markDeleted(db, 'phrases', listPhrases(db, committeeId).map((phrase) => phrase.id), deletedAt);
}

/** Deleted or not: the handlers decide what a deleted one may still do (be restored, nothing else). */
export function findPhrase(db: Db, id: string): (Phrase & { deletedAt: string | null }) | undefined {
  const row = db.prepare('SELECT * FROM phrases WHERE id = ?').get(id) as PhraseRow | undefined;
  return row && { ...toPhrase(row), deletedAt: row.deleted_at };
}

export function listPhrases(db: Db, committeeId: string): Phrase[] {
  return (
    db.prepare('SELECT * FROM phrases WHERE committee_id = ? AND deleted_at IS NULL ORDER BY position, created_at').all(committeeId) as PhraseRow[]
  ).map(toPhrase);
}

export function writePhraseOrder(db: Db, ids: string[]): void {
  const statement = db.prepare('UPDATE phrases SET position = ? WHERE id = ?');
  ids.forEach((id, position) => statement.run(position, id));
}
