// Data files as an earlier version of Proceedings left them, for the migration tests
// (tests/unit/migration-NNN.test.ts). A test of migration n writes rows into a file at version
// n - 1 in that version's own columns, then opens it with openTestApp, which upgrades it exactly
// as the app does on start-up, and checks that the rows survived and the new structures are right.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { migrations } from '../../electron/store/migrations/index.ts';
import type { Db } from '../../electron/store/database.ts';
import { sqlFunctions } from '../../electron/store/compact.ts';
import { tempFolder } from './harness.ts';

/** A data file at `version` (migrations 1…version applied, as the app applied them), with `write`'s rows in it. */
export function fileAtVersion(version: number, write: (db: Db) => void = () => {}): string {
  if (version < 0 || version > migrations.length) throw new Error(`No version ${version}: there are ${migrations.length} migrations.`);
  const file = join(tempFolder(), `version-${version}.sqlite`);
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = ON');
    // Migration 7 calls the app's own SQL functions, as the app registers them before migrating.
    for (const [name, implementation] of Object.entries(sqlFunctions)) db.function(name, { deterministic: true }, implementation);
    for (const [index, migration] of migrations.slice(0, version).entries()) {
      db.transaction(() => {
        db.exec(migration);
        db.pragma(`user_version = ${index + 1}`);
      })();
    }
    db.transaction(() => write(db))();
  } finally {
    db.close();
  }
  return file;
}

export type Row = Record<string, string | number | null>;

/** Inserts one row, naming its columns, so a test reads as the data the old version held. */
export function insert(db: Db, table: string, row: Row): void {
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`).run(row);
}

/** The names of a table's columns, to check what a migration added. */
export function columnsOf(db: Db, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name);
}
