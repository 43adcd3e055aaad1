import { statfsSync } from 'node:fs';
import { contract } from '../../shared/api.ts';
import type { MeetingDetail } from '../../shared/domain.ts';
import type { RichText } from '../../shared/rich-text.ts';
import { createDispatch, type Dispatch } from '../../electron/dispatch.ts';
import { createContext } from '../../electron/handlers/context.ts';
import { createHandlerTable } from '../../electron/handlers/index.ts';
import { openDatabase, type Db } from '../../electron/store/database.ts';
import { summarise, timeRepeatedly, type BenchModule, type BenchRow } from './bench.ts';
import { createBenchDataFile, type GeneratedMeeting } from './generate.ts';

// The store as the renderer meets it: through the dispatch gate (schema validation included) on
// a real file with the app's pragmas, so the fsync of the WAL is in every save.

const saveIterations = 1000;
const openIterations = 100;
const warmUp = { saves: 50, opens: 10 };

const typedSentence =
  'The Board noted the update and asked that the figures for the town centre wards be brought to the next meeting. ';

function expectOk(envelope: ReturnType<Dispatch>): unknown {
  if (!envelope.ok) throw new Error(`The bench call was refused: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

/** The notes as autosave sends them while the secretary types a new last paragraph. */
function withTypedText(base: RichText, characters: number): RichText {
  const text = typedSentence.repeat(Math.ceil(characters / typedSentence.length) + 1).slice(0, characters).trimEnd() || 'T';
  return { type: 'doc', content: [...base.content, { type: 'paragraph', content: [{ type: 'text', text }] }] };
}

// Without this, a figure taken on tmpfs (where fsync costs nothing) would read like one taken on disk.
function fileSystemOf(folder: string): string {
  const known: Record<number, string> = {
    0xef53: 'ext4', 0x01021994: 'tmpfs', 0x794c7630: 'overlayfs', 0x9123683e: 'btrfs', 0x58465342: 'xfs',
  };
  const { type } = statfsSync(folder);
  return known[type] ?? `filesystem 0x${type.toString(16)}`;
}

function openStore(file: string): { db: Db; dispatch: Dispatch } {
  const db = openDatabase(file);
  return { db, dispatch: createDispatch(createHandlerTable(createContext(db))) };
}

function measureSaves(dispatch: Dispatch, generated: GeneratedMeeting): number[] {
  const { meetingId, largestItemId: itemId } = generated;
  const notesOf = () =>
    (expectOk(dispatch('getMeeting', { meetingId })) as MeetingDetail).agenda.find((item) => item.id === itemId)!.notes;
  const baseNotes = notesOf();
  let lastSent: RichText | undefined;
  const samples = timeRepeatedly(
    { iterations: saveIterations, warmUp: warmUp.saves },
    (iteration) => {
      lastSent = withTypedText(baseNotes, iteration + 1);
      return { itemId, notes: lastSent };
    },
    (input) => void expectOk(dispatch('updateAgendaItem', input)),
  );
  // A bench that silently saved nothing would report wonderful figures.
  if (JSON.stringify(notesOf()) !== JSON.stringify(lastSent)) throw new Error('The last save is not what the file holds.');
  return samples;
}

export const storeBench: BenchModule = {
  name: 'store',
  async run({ tempFolder, log }) {
    const folder = tempFolder();
    log('store: generating the meeting');
    const generated = createBenchDataFile(folder);
    const { meetingId, largestItemId } = generated;
    const words = generated.wordsByItem[largestItemId];
    const rows: BenchRow[] = [];

    const { db, dispatch } = openStore(generated.file);
    try {
      const synchronous = ['OFF', 'NORMAL', 'FULL', 'EXTRA'][Number(db.pragma('synchronous', { simple: true }))];
      const where = `${fileSystemOf(folder)}, journal_mode=${String(db.pragma('journal_mode', { simple: true }))}, synchronous=${synchronous}`;
      log(`store: saving one edit ${saveIterations} times`);
      rows.push({
        metric: 'Save one edit (updateAgendaItem via dispatch)',
        shown: ['p50', 'p99'],
        target: { statistic: 'p99', maxMs: 2 },
        summary: summarise(measureSaves(dispatch, generated)),
        detail: `${saveIterations} saves of a ${words}-word notes document (+ a growing typed paragraph); ${where}`,
      });

      log(`store: opening the meeting ${openIterations} times`);
      const opens = timeRepeatedly(
        { iterations: openIterations, warmUp: warmUp.opens },
        () => ({ meetingId }),
        (input) => void expectOk(dispatch('getMeeting', input)),
      );
      const openedBytes = Buffer.byteLength(JSON.stringify(expectOk(dispatch('getMeeting', { meetingId }))));
      rows.push({
        metric: 'Open the whole meeting (getMeeting via dispatch)',
        shown: ['median', 'p95'],
        target: { statistic: 'median', maxMs: 50 },
        summary: summarise(opens),
        detail: `${openIterations} opens of ${generated.itemIds.length} items, ${generated.attendance.length} attendance rows, ${generated.totalWords} words (${Math.round(openedBytes / 1024)} KiB as JSON)`,
      });
    } finally {
      db.close();
    }

    // Where a save's time goes, so a missed target points at its cause: the schema check alone,
    // and the same save without waiting for the disk at every commit.
    const sample = { itemId: largestItemId, notes: withTypedText(generated.notesOfLargest, 60) };
    rows.push({
      metric: 'Save one edit: input validation alone (for comparison)',
      shown: ['p50', 'p99'],
      summary: summarise(
        timeRepeatedly({ iterations: saveIterations, warmUp: warmUp.saves }, () => sample, (input) => {
          if (!contract.updateAgendaItem.input.safeParse(input).success) throw new Error('The sample notes are not valid.');
        }),
      ),
      detail: `zod parse of the same ${words}-word notes, no database`,
    });
    const copy = createBenchDataFile(tempFolder());
    const other = openStore(copy.file);
    try {
      // Whichever durability the app does not use, so the table shows what the choice costs.
      const isAppFull = Number(other.db.pragma('synchronous', { simple: true })) >= 2;
      const setting = isAppFull ? 'NORMAL' : 'FULL';
      other.db.pragma(`synchronous = ${setting}`);
      log(`store: saving one edit ${saveIterations} times with synchronous=${setting}`);
      rows.push({
        metric: `Save one edit with synchronous=${setting} (for comparison)`,
        shown: ['p50', 'p99'],
        summary: summarise(measureSaves(other.dispatch, copy)),
        detail: isAppFull
          ? 'WAL without an fsync per commit: survives a killed app, not a power cut'
          : 'WAL with an fsync per commit: also survives a power cut',
      });
    } finally {
      other.db.close();
    }
    return rows;
  },
};
