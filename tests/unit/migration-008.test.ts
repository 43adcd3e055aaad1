// Under test: migration 8 (electron/store/migrations/008-abbreviations.ts): a data file written by
// version 7 — a committee with its roster, phrase bank and a meeting's notes — opens with all of it
// as it was, and the committee starts with no abbreviations and can define them at once, one per
// abbreviation whatever its case.
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/store/migrations/index.ts';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { openTestApp } from './harness.ts';
import { columnsOf, fileAtVersion, insert } from './schema-history.ts';

const now = '2021-03-01T09:00:00.000Z';
const notes = richTextFromParagraphs(['The Vice-Chairman 🎉 welcomed the Partnership. مرحبا']);

function versionSevenFile(): string {
  return fileAtVersion(7, (db) => {
    insert(db, 'committees', { id: 'c1', name: 'Safer Bromley Partnership Strategic Group', agenda_template: '[]', created_at: now, updated_at: now });
    insert(db, 'members', { id: 'kl', committee_id: 'c1', name: 'Councillor Kate Lymer', chair_role: 'chairman', position: 0 });
    insert(db, 'members', { id: 'js', committee_id: 'c1', name: 'Joanne Stowell', chair_role: 'vice-chairman', position: 1 });
    insert(db, 'phrases', { id: 'p1', committee_id: 'c1', inserts: 'resolution', form: 'resolved', text: 'that the update be noted.', position: 0, created_at: now, updated_at: now });
    insert(db, 'phrases', { id: 'p2', committee_id: 'c1', inserts: 'sentence', text: 'No questions had been received.', position: 1, created_at: now, updated_at: now, deleted_at: now });
    insert(db, 'meetings', { id: 'm1', committee_id: 'c1', date: '2021-03-25', start_time: '10:00', created_at: now, updated_at: now });
    insert(db, 'agenda_items', { id: 'i1', meeting_id: 'm1', position: 0, title: 'Welcome', notes: JSON.stringify(notes), updated_at: now });
  });
}

describe('migration 8', () => {
  it('keeps a version 7 file as it was and gives each committee an empty list of abbreviations, soft-deleted like the rest', () => {
    const app = openTestApp(versionSevenFile());
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(columnsOf(app.db, 'abbreviations')).toEqual(['id', 'committee_id', 'abbreviation', 'match_key', 'expansion', 'created_at', 'updated_at', 'deleted_at']);

    expect(app.handlers.getCommittee({ committeeId: 'c1' }).members.map((member) => member.name)).toEqual(['Councillor Kate Lymer', 'Joanne Stowell']);
    expect(app.handlers.listPhrases({ committeeId: 'c1' }).map((phrase) => phrase.id)).toEqual(['p1']);
    expect(app.handlers.restorePhrase({ phraseId: 'p2' }).map((phrase) => phrase.id)).toEqual(['p1', 'p2']);
    expect(app.handlers.getMeeting({ meetingId: 'm1' }).agenda[0]!.notes).toEqual(notes);
    expect(app.handlers.listAbbreviations({ committeeId: 'c1' })).toEqual([]);

    const tvc = app.handlers.addAbbreviation({ committeeId: 'c1', abbreviation: 'tvc', expansion: 'the Vice-Chairman' });
    expect(app.dispatch('addAbbreviation', { committeeId: 'c1', abbreviation: 'TVC', expansion: 'the Vice-Chair' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: '“tvc” is already an abbreviation for “the Vice-Chairman”. Edit that one instead.' },
    });
    app.handlers.deleteAbbreviation({ abbreviationId: tvc.id });
    expect(app.db.prepare('SELECT deleted_at IS NOT NULL FROM abbreviations WHERE id = ?').pluck().get(tvc.id)).toBe(1);
    expect(app.handlers.restoreAbbreviation({ abbreviationId: tvc.id })).toEqual([tvc]);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(app.db.pragma('foreign_key_check')).toEqual([]);
  });
});
