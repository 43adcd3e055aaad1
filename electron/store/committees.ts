import type { Committee, CommitteeSummary, TemplateItem } from '../../shared/domain.ts';
import type { Db } from './database.ts';

type CommitteeRow = {
  id: string;
  name: string;
  default_venue: string;
  default_start_time: string;
  agenda_template: string;
  created_at: string;
  updated_at: string;
};

const toCommittee = (row: CommitteeRow): Committee => ({
  id: row.id,
  name: row.name,
  defaultVenue: row.default_venue,
  defaultStartTime: row.default_start_time,
  agendaTemplate: JSON.parse(row.agenda_template) as TemplateItem[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function insertCommittee(db: Db, committee: Committee): void {
  db.prepare(
    `INSERT INTO committees (id, name, default_venue, default_start_time, agenda_template, created_at, updated_at)
     VALUES (@id, @name, @defaultVenue, @defaultStartTime, @agendaTemplate, @createdAt, @updatedAt)`,
  ).run({ ...committee, agendaTemplate: JSON.stringify(committee.agendaTemplate) });
}

export function updateCommitteeRow(db: Db, committee: Committee): void {
  db.prepare(
    `UPDATE committees SET name = @name, default_venue = @defaultVenue, default_start_time = @defaultStartTime,
       agenda_template = @agendaTemplate, updated_at = @updatedAt WHERE id = @id`,
  ).run({ ...committee, agendaTemplate: JSON.stringify(committee.agendaTemplate) });
}

export function findCommittee(db: Db, id: string): Committee | undefined {
  const row = db.prepare('SELECT * FROM committees WHERE id = ?').get(id) as CommitteeRow | undefined;
  return row && toCommittee(row);
}

export function listCommitteeSummaries(db: Db, today: string): CommitteeSummary[] {
  return db
    .prepare(
      `SELECT c.id, c.name,
         (SELECT count(*) FROM members m WHERE m.committee_id = c.id AND m.is_archived = 0) AS memberCount,
         (SELECT count(*) FROM meetings g WHERE g.committee_id = c.id) AS meetingCount,
         (SELECT min(date) FROM meetings g WHERE g.committee_id = c.id AND g.date >= ?) AS nextMeetingDate
       FROM committees c ORDER BY c.name COLLATE NOCASE`,
    )
    .all(today) as CommitteeSummary[];
}
