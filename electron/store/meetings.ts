import type { Meeting, MeetingStatus, MeetingSummary } from '../../shared/domain.ts';
import { cachedStatement, type Db } from './database.ts';
import { rekeyMeetingDocs } from './search-index.ts';

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
  previous_meeting_id: string | null;
  next_meeting_date: string | null;
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
  previousMeetingId: row.previous_meeting_id,
  nextMeetingDate: row.next_meeting_date,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toParams = (meeting: Meeting) => ({ ...meeting, isVirtual: meeting.isVirtual ? 1 : 0 });

export function insertMeeting(db: Db, meeting: Meeting): void {
  db.prepare(
    `INSERT INTO meetings (id, committee_id, date, start_time, venue, is_virtual, title, status, started_at, ended_at,
       previous_meeting_id, next_meeting_date, created_at, updated_at)
     VALUES (@id, @committeeId, @date, @startTime, @venue, @isVirtual, @title, @status, @startedAt, @endedAt,
       @previousMeetingId, @nextMeetingDate, @createdAt, @updatedAt)`,
  ).run(toParams(meeting));
}

export function updateMeetingRow(db: Db, meeting: Meeting): void {
  const before = findMeeting(db, meeting.id);
  db.prepare(
    `UPDATE meetings SET date = @date, start_time = @startTime, venue = @venue, is_virtual = @isVirtual,
       title = @title, status = @status, started_at = @startedAt, ended_at = @endedAt,
       previous_meeting_id = @previousMeetingId, next_meeting_date = @nextMeetingDate, updated_at = @updatedAt
     WHERE id = @id`,
  ).run(toParams(meeting));
  // Search reads newest meetings first by the ids of their texts, which follow date and time.
  if (before && (before.date !== meeting.date || before.startTime !== meeting.startTime)) rekeyMeetingDocs(db, meeting.id);
}

export function findMeeting(db: Db, id: string): Meeting | undefined {
  const row = cachedStatement(db, 'SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
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

/** The meeting created as the next one after `meetingId`, if any. */
export function findFollowingMeeting(db: Db, meetingId: string): Meeting | undefined {
  const row = db.prepare('SELECT * FROM meetings WHERE previous_meeting_id = ? LIMIT 1').get(meetingId) as MeetingRow | undefined;
  return row && toMeeting(row);
}

/** The committee's last meeting before this one (by date, start time, id). */
export function findMeetingBefore(db: Db, meeting: Pick<Meeting, 'id' | 'committeeId' | 'date' | 'startTime'>): Meeting | undefined {
  const row = db
    .prepare(
      `SELECT * FROM meetings WHERE committee_id = @committeeId
         AND (date < @date OR (date = @date AND (start_time < @startTime OR (start_time = @startTime AND id < @id))))
       ORDER BY date DESC, start_time DESC, id DESC LIMIT 1`,
    )
    .get(meeting) as MeetingRow | undefined;
  return row && toMeeting(row);
}

/**
 * A committee's meetings from `fromDate` up to `toDate` (inclusive) with how many main items each
 * has on its agenda: what continuous minute numbers are counted from.
 */
export function listMainItemCounts(
  db: Db,
  committeeId: string,
  fromDate: string,
  toDate: string,
): { id: string; date: string; startTime: string; mainItems: number }[] {
  return cachedStatement(
    db,
    `SELECT g.id, g.date, g.start_time AS startTime,
         (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = g.id AND a.parent_id IS NULL AND a.deleted_at IS NULL) AS mainItems
       FROM meetings g WHERE g.committee_id = ? AND g.date >= ? AND g.date <= ?`,
  )
    .all(committeeId, fromDate, toDate) as { id: string; date: string; startTime: string; mainItems: number }[];
}

/** A committee's meetings up to and including the given one, newest first (for the minute index). */
export function listMeetingsUpTo(db: Db, meeting: Pick<Meeting, 'id' | 'committeeId' | 'date' | 'startTime'>): Meeting[] {
  return (
    db
      .prepare(
        `SELECT * FROM meetings WHERE committee_id = @committeeId
           AND (date < @date OR (date = @date AND (start_time < @startTime OR (start_time = @startTime AND id <= @id))))
         ORDER BY date DESC, start_time DESC, id DESC`,
      )
      .all(meeting) as MeetingRow[]
  ).map(toMeeting);
}
