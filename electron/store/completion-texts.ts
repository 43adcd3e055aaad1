import type { Meeting } from '../../shared/domain.ts';
import { richTextToPlain } from '../../shared/rich-text.ts';
import { listAgenda } from './agenda.ts';
import type { Db } from './database.ts';

/**
 * The words of a committee's earlier minutes, newest meeting first: each item's title and notes,
 * and the resolutions' wording.
 */
export function listEarlierMinutesText(db: Db, meeting: Pick<Meeting, 'id' | 'committeeId' | 'date' | 'startTime'>, meetings: number): string[] {
  const ids = db
    .prepare(
      `SELECT id FROM meetings WHERE committee_id = @committeeId AND id <> @id
         AND (date < @date OR (date = @date AND start_time < @startTime))
       ORDER BY date DESC, start_time DESC LIMIT @meetings`,
    )
    .pluck()
    .all({ ...meeting, meetings }) as string[];
  const resolutions = db.prepare('SELECT text, parts FROM resolutions WHERE meeting_id = ?');
  return ids.flatMap((meetingId) => [
    ...listAgenda(db, meetingId).map((item) => `${item.title}\n${richTextToPlain(item.notes)}`),
    ...(resolutions.all(meetingId) as { text: string; parts: string }[]).map((row) => [row.text, ...(JSON.parse(row.parts) as string[])].join('\n')),
  ]);
}
