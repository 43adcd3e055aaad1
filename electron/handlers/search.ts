import type { HandlerTable } from '../../shared/api.ts';
import type { Committee, Meeting, SearchResult } from '../../shared/domain.ts';
import { buildMatchQuery, parseMarkedSnippet } from '../../shared/search.ts';
import { findCommittee } from '../store/committees.ts';
import { isSqliteError } from '../store/database.ts';
import { findMeeting } from '../store/meetings.ts';
import { newestMatches, snippetsOf, type Match } from '../store/search-index.ts';
import type { HandlerContext } from './context.ts';
import { createItemNumbers, type ItemNumbers } from '../read-models/minute-numbers.ts';

// How results are chosen and ordered, so the secretary can predict them:
// - the newest matching passages are read (at most `window`; a word found everywhere shows its
//   most recent uses, and typing a second word narrows it);
// - one result per item; its snippet is the passage, of the item's three newest matching ones,
//   whose snippet shows the searched words most often (the newest on a tie), a passage of the
//   notes or a resolution preferred to the title, which the result shows anyway;
// - items whose title matches come first, then everything newest meeting first.
const window = 200;
const passagesPerItem = 3;

/**
 * Item numbers are worked out per meeting (and, numbered continuously, per committee year), and
 * searching as the secretary types asks for the same meetings keystroke after keystroke. They are
 * kept while nothing in the file has changed: total_changes() counts this connection's writes,
 * data_version another's commits. Read after the search's own scratch writes (the snippets).
 */
const numbersKept = new WeakMap<HandlerContext['db'], { state: string; numbers: ItemNumbers; uses: number }>();

function fileState(db: HandlerContext['db']): string {
  return `${String(db.pragma('data_version', { simple: true }))}:${String(db.prepare('SELECT total_changes()').pluck().get())}`;
}

/** `state` is the file's as the search began; the numbers are kept with the state it ends in. */
function itemNumbersOf(db: HandlerContext['db'], state: string): { numbers: ItemNumbers; keep: () => void } {
  const kept = numbersKept.get(db);
  // A fresh set now and then, so what is kept stays as small as one session's searches.
  const entry = kept && kept.state === state && kept.uses < 500 ? kept : { state, numbers: createItemNumbers(db), uses: 0 };
  entry.uses++;
  return { numbers: entry.numbers, keep: () => numbersKept.set(db, { ...entry, state: fileState(db) }) };
}

export function searchHandlers(context: HandlerContext): Pick<HandlerTable, 'search'> {
  const { db } = context;
  return {
    search: ({ query, limit }) => {
      const match = buildMatchQuery(query);
      if (!match) return [];
      return db
        .transaction(() => {
          const stateAtStart = fileState(db);
          let matches: Match[];
          try {
            matches = newestMatches(db, match, window);
          } catch (error) {
            // buildMatchQuery quotes every word, so this is a safety net: odd input finds nothing rather than failing.
            if (isSqliteError(error) && error.code === 'SQLITE_ERROR') return [];
            throw error;
          }
          const byItem = new Map<string, { passages: Match[]; newest: number; hasTitle: boolean }>();
          for (const candidate of matches) {
            const known = byItem.get(candidate.itemId);
            if (!known) byItem.set(candidate.itemId, { passages: [candidate], newest: candidate.docId, hasTitle: candidate.source === 'title' });
            else {
              known.passages.push(candidate);
              known.hasTitle ||= candidate.source === 'title';
            }
          }
          const chosen = [...byItem.values()].sort((a, b) => Number(b.hasTitle) - Number(a.hasTitle) || b.newest - a.newest).slice(0, limit);
          // Newest first already (the matches are); the title only where nothing else matched.
          const shown = chosen.map(({ passages }) => {
            const body = passages.filter((passage) => passage.source !== 'title');
            return (body.length ? body : passages).slice(0, passagesPerItem);
          });

          const { numbers, keep } = itemNumbersOf(db, stateAtStart);
          const snippets = snippetsOf(db, match, shown.flat().map((passage) => passage.docId));
          const hitsOf = (passage: Match) => snippets.get(passage.docId)?.hits ?? -1;
          const bests = shown.map((passages) => passages.reduce((best, passage) => (hitsOf(passage) > hitsOf(best) ? passage : best)));
          const meetings = new Map<string, Meeting | undefined>();
          const committees = new Map<string, Committee | undefined>();
          const meetingOf = (id: string) => (meetings.has(id) ? meetings.get(id) : meetings.set(id, findMeeting(db, id)).get(id));
          const committeeOf = (id: string) => (committees.has(id) ? committees.get(id) : committees.set(id, findCommittee(db, id)).get(id));
          const results = bests.flatMap((best): SearchResult[] => {
            const meeting = meetingOf(best.meetingId);
            const committee = meeting && committeeOf(meeting.committeeId);
            const item = numbers.itemNumber(best.meetingId, best.itemId);
            if (!meeting || !committee || !item) return [];
            return [
              {
                committee: { id: committee.id, name: committee.name },
                meeting: { id: meeting.id, date: meeting.date, title: meeting.title },
                item: { id: best.itemId, number: item.number, title: item.title },
                matchedIn: best.source,
                snippet: parseMarkedSnippet(snippets.get(best.docId)?.marked ?? ''),
              },
            ];
          });
          keep();
          return results;
        })
        .deferred();
    },
  };
}
