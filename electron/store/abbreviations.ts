import { abbreviationKey } from '../../shared/abbreviations.ts';
import type { Abbreviation } from '../../shared/domain.ts';
import type { Db } from './database.ts';
import { markDeleted } from './soft-delete.ts';

type AbbreviationRow = {
  id: string;
  committee_id: string;
  abbreviation: string;
  match_key: string;
  expansion: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

const toAbbreviation = (row: AbbreviationRow): Abbreviation => ({
  id: row.id,
  committeeId: row.committee_id,
  abbreviation: row.abbreviation,
  expansion: row.expansion,
  updatedAt: row.updated_at,
});

const toParams = (entry: Abbreviation) => ({ ...entry, matchKey: abbreviationKey(entry.abbreviation) });

export function insertAbbreviation(db: Db, entry: Abbreviation): void {
  db.prepare(
    `INSERT INTO abbreviations (id, committee_id, abbreviation, match_key, expansion, created_at, updated_at)
     VALUES (@id, @committeeId, @abbreviation, @matchKey, @expansion, @updatedAt, @updatedAt)`,
  ).run(toParams(entry));
}

export function updateAbbreviationRow(db: Db, entry: Abbreviation): void {
  db.prepare(
    'UPDATE abbreviations SET abbreviation = @abbreviation, match_key = @matchKey, expansion = @expansion, updated_at = @updatedAt WHERE id = @id',
  ).run(toParams(entry));
}

/** Deleted or not: the handlers decide what a deleted one may still do (be restored, nothing else). */
export function findAbbreviation(db: Db, id: string): (Abbreviation & { deletedAt: string | null }) | undefined {
  const row = db.prepare('SELECT * FROM abbreviations WHERE id = ?').get(id) as AbbreviationRow | undefined;
  return row && { ...toAbbreviation(row), deletedAt: row.deleted_at };
}

/** The committee's live abbreviation written `abbreviation` in any case, if it has one. */
export function findLiveAbbreviationByKey(db: Db, committeeId: string, abbreviation: string): Abbreviation | undefined {
  const row = db
    .prepare('SELECT * FROM abbreviations WHERE committee_id = ? AND match_key = ? AND deleted_at IS NULL')
    .get(committeeId, abbreviationKey(abbreviation)) as AbbreviationRow | undefined;
  return row && toAbbreviation(row);
}

/** In alphabetical order, as Word's AutoCorrect list shows them. */
export function listAbbreviations(db: Db, committeeId: string): Abbreviation[] {
  return (
    db.prepare('SELECT * FROM abbreviations WHERE committee_id = ? AND deleted_at IS NULL ORDER BY match_key, created_at').all(committeeId) as AbbreviationRow[]
  ).map(toAbbreviation);
}

/** Replacing the phrase bank from a file replaces the abbreviations too, the soft way like any other delete. */
export function markCommitteeAbbreviationsDeleted(db: Db, committeeId: string, deletedAt: string): void {
  markDeleted(db, 'abbreviations', listAbbreviations(db, committeeId).map((entry) => entry.id), deletedAt);
}
