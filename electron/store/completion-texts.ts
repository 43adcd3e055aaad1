import type { Meeting } from '../../shared/domain.ts';
import type { Db } from './database.ts';

/**
 * The words of a committee's earlier minutes, newest meeting first: titles, notes, resolutions
 * and actions as the search index already holds them as plain text.
 */
export function listEarlierMinutesText(db: Db, meeting: Pick<Meeting, 'id' | 'committeeId' | 'date' | 'startTime'>, meetings: number): string[] {
  return db
    .prepare(
      `SELECT d.body FROM search_docs d
         JOIN (SELECT id FROM meetings WHERE committee_id = @committeeId AND id <> @id
                 AND (date < @date OR (date = @date AND start_time < @startTime))
               ORDER BY date DESC, start_time DESC LIMIT @meetings) g ON g.id = d.meeting_id
        WHERE d.source IN ('title', 'notes', 'resolution', 'action')`,
    )
    .pluck()
    .all({ ...meeting, meetings }) as string[];
}
