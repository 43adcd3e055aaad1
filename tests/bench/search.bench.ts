import type { SearchResult } from '../../shared/domain.ts';
import { openBackend } from '../../electron/backend.ts';
import { summarise, type BenchContext, type BenchModule } from './bench.ts';
import { createHistoryDataFile, defaultHistoryOptions, type GeneratedHistory } from './history.ts';

// Search as the secretary uses it: results as they type, so every query is sent once per
// keystroke from its third character, through the same dispatch gate and backend as the app, on
// years of generated minutes across several committees.

let shared: Promise<GeneratedHistory> | null = null;

/** The generated history, made once per run and shared by the modules that need it. */
export function historyFor(context: BenchContext): Promise<GeneratedHistory> {
  if (!shared) {
    shared = (async () => {
      const { meetingsPerCommittee, committees, wordsPerMeeting } = defaultHistoryOptions;
      context.log(`history: generating ${committees * meetingsPerCommittee} meetings of about ${wordsPerMeeting} words`);
      const started = performance.now();
      const history = createHistoryDataFile(context.tempFolder());
      context.log(`history: ${history.meetings} meetings, ${(history.noteCharacters / 1e6).toFixed(1)} million characters of notes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return history;
    })();
  }
  return shared;
}

/** What secretaries look for: subjects, people, places, decisions and stock phrases. */
function realisticQueries(history: GeneratedHistory): string[] {
  return [
    'refuge provision',
    'knife crime',
    'CCTV upgrade',
    'Safer Streets bid',
    'county lines',
    'Ask for Angela',
    'domestic homicide review',
    'street drinking',
    'e-scooter',
    'Prevent duty',
    'hate crime reporting',
    'fly-tipping enforcement',
    'youth justice plan',
    'modern slavery',
    'night-time economy',
    // People, by surname and by full name, as they are asked about.
    ...history.memberNames.slice(2, 5).map((name) => name.split(' ').at(-1)!),
    history.memberNames[7]!,
    'Superintendent',
    'recorded vote',
    'pecuniary interest',
    'carried forward',
    'correct record',
    'recommendations be agreed',
    'further report',
    'Community Trigger',
    'ward panel priorities',
    'Strategic Assessment',
    'figures by ward',
    'voluntary sector',
    ...history.placeNames.slice(0, 10),
  ];
}

/** "knife crime" typed: "kni", "knif", "knife", "knife ", "knife c" … one search per keystroke. */
function keystrokes(query: string): string[] {
  const typed: string[] = [];
  for (let length = 3; length <= query.length; length++) typed.push(query.slice(0, length));
  return typed;
}

export const searchBench: BenchModule = {
  name: 'search',
  async run(context) {
    const history = await historyFor(context);
    const backend = openBackend(history.file);
    try {
      const queries = realisticQueries(history);
      const typed = queries.flatMap(keystrokes);
      const search = (query: string) => {
        const envelope = backend.dispatch('search', { query, limit: 20 });
        if (!envelope.ok) throw new Error(`The search for “${query}” was refused: ${envelope.error.message}`);
        return envelope.value as SearchResult[];
      };
      // Warm-up: the first pass reads the index from disk into SQLite's cache, as the app's first searches would.
      for (const query of typed) search(query);
      const samples: number[] = [];
      let empty = 0;
      for (const query of typed) {
        const started = performance.now();
        const results = search(query);
        samples.push(performance.now() - started);
        if (results.length === 0) empty++;
      }
      // A bench that finds nothing would report wonderful figures.
      for (const query of queries) if (search(`${query} `).length === 0) throw new Error(`Nothing was found for “${query}”.`);
      return [
        {
          metric: 'Search as you type (search via dispatch, 20 results)',
          shown: ['median', 'p95'],
          target: { statistic: 'p95', maxMs: 20 },
          summary: summarise(samples),
          detail: `${samples.length} searches (${queries.length} queries typed from their third character; ${empty} keystrokes found nothing) over ${history.meetings} meetings in ${history.committeeIds.length} committees, ${(history.noteCharacters / 1e6).toFixed(1)} million characters of notes`,
        },
      ];
    } finally {
      backend.close();
    }
  },
};
