import {
  defaultMinuteNumbering,
  type Committee,
  type CommitteeSummary,
  type MinuteNumbering,
  type MinuteNumberingMode,
  type TemplateItem,
} from '../../shared/domain.ts';
import { cachedStatement, type Db } from './database.ts';

type CommitteeRow = {
  id: string;
  name: string;
  default_venue: string;
  default_start_time: string;
  agenda_template: string;
  created_at: string;
  updated_at: string;
  /** From minute_numbering; null while the committee keeps the defaults. */
  numbering_mode: MinuteNumberingMode | null;
  numbering_restart_month: number | null;
  numbering_carried_on_year: number | null;
  numbering_carried_on_number: number | null;
};

const toCommittee = (row: CommitteeRow): Committee => ({
  id: row.id,
  name: row.name,
  defaultVenue: row.default_venue,
  defaultStartTime: row.default_start_time,
  agendaTemplate: JSON.parse(row.agenda_template) as TemplateItem[],
  minuteNumbering:
    row.numbering_mode === null
      ? { ...defaultMinuteNumbering }
      : {
          mode: row.numbering_mode,
          restartMonth: row.numbering_restart_month ?? defaultMinuteNumbering.restartMonth,
          carriedOn:
            row.numbering_carried_on_year !== null && row.numbering_carried_on_number !== null
              ? { year: row.numbering_carried_on_year, number: row.numbering_carried_on_number }
              : null,
        },
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The numbering setting has its own table (saveMinuteNumbering); a new committee starts with the defaults. */
export function insertCommittee(db: Db, committee: Omit<Committee, 'minuteNumbering'>): void {
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
  const row = cachedStatement(
    db,
    `SELECT c.*, n.mode AS numbering_mode, n.restart_month AS numbering_restart_month,
         n.carried_on_year AS numbering_carried_on_year, n.carried_on_number AS numbering_carried_on_number
       FROM committees c LEFT JOIN minute_numbering n ON n.committee_id = c.id WHERE c.id = ?`,
  )
    .get(id) as CommitteeRow | undefined;
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

export function saveMinuteNumbering(db: Db, committeeId: string, numbering: MinuteNumbering, updatedAt: string): void {
  db.prepare(
    `INSERT INTO minute_numbering (committee_id, mode, restart_month, carried_on_year, carried_on_number, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (committee_id) DO UPDATE SET mode = excluded.mode, restart_month = excluded.restart_month,
       carried_on_year = excluded.carried_on_year, carried_on_number = excluded.carried_on_number, updated_at = excluded.updated_at`,
  ).run(committeeId, numbering.mode, numbering.restartMonth, numbering.carriedOn?.year ?? null, numbering.carriedOn?.number ?? null, updatedAt);
}
