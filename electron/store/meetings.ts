import type { Meeting, MeetingStatus, MeetingSummary } from '../../shared/domain.ts';
import type { Db } from './database.ts';

type MeetingRow = {
  id: string;
  committee_id: string;
  date: string;
  start_time: string;
  venue: string;
  is_virtual: number;
  title: string;
  status: MeetingStatus;
  started_at: string | null;
  ended_at: string | null;
  created_at: string;
  updated_at: string;
};

const toMeeting = (row: MeetingRow): Meeting => ({
  id: row.id,
  committeeId: row.committee_id,
  date: row.date,
  startTime: row.start_time,
  venue: row.venue,
  isVirtual: row.is_virtual === 1,
  title: row.title,
  status: row.status,
  startedAt: row.started_at,
  endedAt: row.ended_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toParams = (meeting: Meeting) => ({ ...meeting, isVirtual: meeting.isVirtual ? 1 : 0 });

export function insertMeeting(db: Db, meeting: Meeting): void {
  db.prepare(
    `INSERT INTO meetings (id, committee_id, date, start_time, venue, is_virtual, title, status, started_at, ended_at, created_at, updated_at)
     VALUES (@id, @committeeId, @date, @startTime, @venue, @isVirtual, @title, @status, @startedAt, @endedAt, @createdAt, @updatedAt)`,
  ).run(toParams(meeting));
}

export function updateMeetingRow(db: Db, meeting: Meeting): void {
  db.prepare(
    `UPDATE meetings SET date = @date, start_time = @startTime, venue = @venue, is_virtual = @isVirtual,
       title = @title, status = @status, started_at = @startedAt, ended_at = @endedAt, updated_at = @updatedAt
     WHERE id = @id`,
  ).run(toParams(meeting));
}

export function findMeeting(db: Db, id: string): Meeting | undefined {
  const row = db.prepare('SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  return row && toMeeting(row);
}

export function listMeetingSummaries(db: Db, committeeId: string): MeetingSummary[] {
  const rows = db
    .prepare('SELECT * FROM meetings WHERE committee_id = ? ORDER BY date DESC, start_time DESC')
    .all(committeeId) as MeetingRow[];
  return rows.map((row) => {
    const { id, date, startTime, venue, isVirtual, title, status } = toMeeting(row);
    return { id, date, startTime, venue, isVirtual, title, status };
  });
}
