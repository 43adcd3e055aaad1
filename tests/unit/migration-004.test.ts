// Under test: migration 4 (electron/store/migrations/004-…): a data file written by version 3, with
// real rows, opens in this version with its actions and numbering intact and the new fields empty.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/store/migrations/index.ts';
import { openTestApp, tempFolder } from './harness.ts';

describe('migration 4', () => {
  it('keeps a version 3 file’s actions and numbering, beside the whole resolution and with nothing carried on', () => {
    const file = join(tempFolder(), 'v3.sqlite');
    const old = new Database(file);
    for (const migration of migrations.slice(0, 3)) old.exec(migration);
    old.pragma('user_version = 3');
    old.exec(`
      INSERT INTO committees VALUES ('c', 'Trustees', '', '10:00', '[]', 'now', 'now');
      INSERT INTO minute_numbering (committee_id, mode, restart_month, updated_at) VALUES ('c', 'continuous', 5, 'now');
      INSERT INTO meetings (id, committee_id, date, start_time, created_at, updated_at) VALUES ('m', 'c', '2021-03-25', '10:00', 'now', 'now');
      INSERT INTO agenda_items (id, meeting_id, parent_id, position, kind, title, presenters, notes, post_meeting_note, updated_at)
        VALUES ('i', 'm', NULL, 0, 'general', 'Strategy', '[]', '{"type":"doc","content":[]}', '', 'now');
      INSERT INTO resolutions (id, meeting_id, item_id, form, text, parts, position, created_at, updated_at)
        VALUES ('r', 'm', 'i', 'resolved', 'that', '["One.","Two."]', 0, 'now', 'now');
      INSERT INTO actions (id, meeting_id, item_id, resolution_id, description, owner_member_id, owner_attendee_id, owner_name, due_date, status, position, created_at, updated_at)
        VALUES ('x', 'm', 'i', 'r', 'Sign up.', NULL, NULL, 'Partners', NULL, 'open', 0, 'now', 'now');
    `);
    old.close();
    const app = openTestApp(file);
    expect(app.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(app.handlers.getMeeting({ meetingId: 'm' }).byItem['i']!.actions).toEqual([
      expect.objectContaining({ id: 'x', resolutionId: 'r', resolutionPart: null, description: 'Sign up.', owner: { group: 'Partners' } }),
    ]);
    expect(app.handlers.getCommittee({ committeeId: 'c' }).committee.minuteNumbering).toEqual({ mode: 'continuous', restartMonth: 5, carriedOn: null });
    expect(app.handlers.updateAction({ actionId: 'x', resolutionPart: 1 }).resolutionPart).toBe(1);
    expect(app.dispatch('updateAction', { actionId: 'x', resolutionPart: 2 })).toMatchObject({ ok: false, error: { message: 'That resolution has no such part.' } });
  });
});
