// Under test: electron/store/database.ts — opening, migrating and refusing data files.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../electron/store/database.ts';
import { tempFolder } from './harness.ts';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('opening a data file', () => {
  it('creates every table from empty, in WAL mode with foreign keys on', () => {
    const file = join(tempFolder(), 'new.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['agenda_items', 'attendees', 'committees', 'meetings', 'members']));
    db.close();
  });

  it('opens an existing file again without re-running migrations', () => {
    const file = join(tempFolder(), 'again.sqlite');
    const first = openDatabase(file);
    first.prepare("INSERT INTO committees VALUES ('c1', 'Governors', '', '10:00', '[]', 'now', 'now')").run();
    first.close();
    const second = openDatabase(file);
    expect(second.prepare('SELECT name FROM committees').pluck().all()).toEqual(['Governors']);
    second.close();
  });

  it('refuses a file from a newer version and leaves every byte as it was', () => {
    const file = join(tempFolder(), 'newer.sqlite');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${schemaVersion + 5}`);
    future.close();
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/newer version of Proceedings/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file that is not a database with a clear message and does not change it', () => {
    const file = join(tempFolder(), 'notes.sqlite');
    writeFileSync(file, 'These are my notes, not a database.'.repeat(200));
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/not a Proceedings data file, or it is damaged/);
    expect(sha(file)).toBe(before);
  });

  it('rolls back a failing migration step, keeping the previous version', async () => {
    const file = join(tempFolder(), 'partial.sqlite');
    const { migrations } = await import('../../electron/store/migrations/index.ts');
    const saved = [...migrations];
    migrations.push('CREATE TABLE half_done (x); SELECT no_such_function();');
    try {
      expect(() => openDatabase(file)).toThrow(/no such function/);
    } finally {
      migrations.splice(0, migrations.length, ...saved);
    }
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(saved.length);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });
});
