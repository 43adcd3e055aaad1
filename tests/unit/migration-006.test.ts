// Under test: migration 6 (electron/store/migrations/006-…): a data file written by version 5 —
// meetings with minutes, a deleted resolution waiting for its undo — opens with all of it intact,
// every meeting's minutes a draft at version 0, and the lock that makes approved minutes read-only.
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/store/migrations/index.ts';
import { richTextFromParagraphs } from '../../shared/rich-text.ts';
import { openTestApp } from './harness.ts';
import { columnsOf, fileAtVersion, insert } from './schema-history.ts';

const now = '2021-03-01T09:00:00.000Z';
const notes = JSON.stringify(richTextFromParagraphs(['The roof survey was presented.']));

function versionFiveFile(): string {
  return fileAtVersion(5, (db) => {
    insert(db, 'committees', { id: 'c1', name: 'Almshouse Trustees', agenda_template: '[]', created_at: now, updated_at: now });
    insert(db, 'members', { id: 'kl', committee_id: 'c1', name: 'Kate Lymer', chair_role: 'chairman', position: 0 });
    for (const [id, date] of [['g1', '2021-03-25'], ['g2', '2021-06-24']] as const) {
      insert(db, 'meetings', { id, committee_id: 'c1', date, start_time: '10:00', created_at: now, updated_at: now });
      insert(db, 'agenda_items', { id: `${id}-i`, meeting_id: id, position: 0, title: 'Property', notes, updated_at: now });
      insert(db, 'attendees', { id: `${id}-a`, meeting_id: id, member_id: 'kl', status: 'present', position: 0 });
    }
    insert(db, 'resolutions', { id: 'r1', meeting_id: 'g1', item_id: 'g1-i', text: 'that the roof be mended.', position: 0, created_at: now, updated_at: now });
    insert(db, 'resolutions', { id: 'r2', meeting_id: 'g1', item_id: 'g1-i', text: 'that the bill be paid.', position: 1, created_at: now, updated_at: now, deleted_at: now });
    insert(db, 'actions', { id: 'x1', meeting_id: 'g1', item_id: 'g1-i', resolution_id: 'r1', description: 'Get three quotes', owner_member_id: 'kl', position: 0, created_at: now, updated_at: now });
    insert(db, 'action_updates', { id: 'u1', action_id: 'x1', meeting_id: 'g2', item_id: 'g2-i', status: 'done', note: 'Quotes received.', recorded_on: '2021-06-24', position: 0, created_at: now, updated_at: now });
  });
}

describe('migration 6', () => {
  it('keeps a version 5 file’s minutes, with every meeting a draft at version 0 that can still be edited and undone', () => {
    const app = openTestApp(versionFiveFile());
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const detail = app.handlers.getMeeting({ meetingId: 'g1' });
    expect(detail.minutes).toMatchObject({ state: 'draft', version: 0, isReadOnly: false, approval: null, confirmation: null, comments: 0 });
    expect(detail.byItem['g1-i']).toMatchObject({
      resolutions: [{ id: 'r1', text: 'that the roof be mended.' }],
      actions: [{ id: 'x1', resolutionId: 'r1', owner: { memberId: 'kl' } }],
    });
    expect(app.handlers.listMinutesVersions({ meetingId: 'g1' })).toEqual([]);
    // The resolution deleted before the upgrade still comes back with its undo.
    app.handlers.restoreResolution({ resolutionId: 'r2' });
    expect(app.handlers.getMeeting({ meetingId: 'g1' }).byItem['g1-i']!.resolutions.map((resolution) => resolution.id)).toEqual(['r1', 'r2']);
    app.handlers.updateAgendaItem({ itemId: 'g1-i', title: 'Property repairs' });
    expect(app.handlers.getMeeting({ meetingId: 'g1' }).agenda[0]!.title).toBe('Property repairs');

    expect(columnsOf(app.db, 'meetings')).toEqual(expect.arrayContaining(['approval', 'confirmation']));
    for (const table of ['minutes_versions', 'meeting_context', 'review_responses', 'review_comments', 'review_drafts']) {
      expect(columnsOf(app.db, table), table).not.toEqual([]);
    }
  });

  it('makes a meeting whose minutes are approved read-only in the file itself, whatever writes to it', () => {
    const app = openTestApp(versionFiveFile());
    app.db.prepare("UPDATE meetings SET status = 'approved' WHERE id = 'g1'").run();
    expect(() => app.db.prepare("UPDATE agenda_items SET title = 'Changed' WHERE id = 'g1-i'").run()).toThrow('proceedings:minutes-locked:approved');
    expect(() => app.db.prepare("DELETE FROM resolutions WHERE id = 'r1'").run()).toThrow('proceedings:minutes-locked:approved');
    expect(app.dispatch('updateAgendaItem', { itemId: 'g1-i', title: 'Changed' })).toMatchObject({ ok: false, error: { code: 'minutes-locked' } });
    // An action raised there can still be marked done later, and the other meeting is untouched by the lock.
    expect(() => app.db.prepare("UPDATE actions SET status = 'done' WHERE id = 'x1'").run()).not.toThrow();
    app.handlers.updateAgendaItem({ itemId: 'g2-i', title: 'Property, June' });
    expect(app.db.prepare("SELECT title FROM agenda_items WHERE id = 'g1-i'").pluck().get()).toBe('Property');
  });
});
