import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ChosenFile, OpenedReview } from '../../shared/api.ts';
import type { MeetingDetail } from '../../shared/domain.ts';
import { itemPassageText, passageAnchor, type ReviewComment } from '../../shared/review.ts';
import { responseFileFrom, reviewFileText } from '../../shared/review-file.ts';
import { openBackend } from '../../electron/backend.ts';
import { folderFileAccess } from '../../electron/folder-files.ts';
import { sha256Hex } from '../../electron/hash.ts';
import { summarise, type BenchModule, type BenchRow } from './bench.ts';
import { createBenchDataFile } from './generate.ts';

// The chairman's review on the generated 60-item, 30,000-word meeting, through the dispatch gate
// as the screens call it: opening a review file and composing its minutes; comparing two versions
// 500 words apart across 20 items; importing a response of 100 comments and suggestions.

const iterations = 30;
const warmUp = 3;

export const reviewBench: BenchModule = {
  name: 'review',
  async run(context) {
    const folder = context.tempFolder();
    const generated = createBenchDataFile(folder);
    const inbox = join(folder, 'inbox');
    mkdirSync(inbox, { recursive: true });
    const backend = openBackend(generated.file, { files: folderFileAccess(folder) });
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const envelope = await backend.dispatch(method, input);
      if (!envelope.ok) throw new Error(`${method} was refused: ${envelope.error.message}`);
      return envelope.value as T;
    };
    const grant = async (purpose: string, suggestedName = '') => {
      const chosen = await call<ChosenFile>('chooseFile', { purpose, suggestedName });
      if ('cancelled' in chosen) throw new Error(`No file for ${purpose}.`);
      return chosen.grantId;
    };
    const { meetingId } = generated;
    try {
      const first = await call<{ file: { targetPath: string } }>('sendToChairman', { meetingId, target: await grant('review-save', 'v1.proceedings-review') });

      // 500 words changed across 20 items, then the second version.
      const detail = await call<MeetingDetail>('getMeeting', { meetingId });
      let changedWords = 0;
      for (const itemId of generated.itemIds.slice(5, 25)) {
        const notes = structuredClone(detail.agenda.find((item) => item.id === itemId)!.notes);
        let left = 25;
        for (const block of notes.content) {
          if (block.type !== 'paragraph' || !block.content) continue;
          for (const node of block.content) {
            if (node.type !== 'text' || left === 0) continue;
            node.text = node.text.replace(/\b[a-z]{4,}\b/g, (word) => (left > 0 ? (left--, changedWords++, `${word}ed`) : word));
          }
        }
        await call('updateAgendaItem', { itemId, notes });
      }
      const second = await call<{ file: { targetPath: string } }>('sendToChairman', { meetingId, target: await grant('review-save', 'v2.proceedings-review') });

      const openSamples: number[] = [];
      copyFileSync(second.file.targetPath, join(inbox, basename(second.file.targetPath)));
      let opened: OpenedReview | undefined;
      for (let i = 0; i < warmUp + iterations; i++) {
        const source = await grant('review-open');
        const start = performance.now();
        opened = await call<OpenedReview>('openReview', { source });
        const elapsed = performance.now() - start;
        await call('closeReview', { reviewId: opened.reviewId });
        if (i >= warmUp) openSamples.push(elapsed);
      }

      const compareSamples: number[] = [];
      let wordsInserted = 0;
      for (let i = 0; i < warmUp + iterations; i++) {
        const start = performance.now();
        const result = await call<{ summary: { wordsInserted: number } }>('compareMinutes', { meetingId, from: { version: 1 }, to: { version: 2 } });
        const elapsed = performance.now() - start;
        wordsInserted = result.summary.wordsInserted;
        if (i >= warmUp) compareSamples.push(elapsed);
      }

      // 100 comments, half of them with new wording, spread over the items; a new response each time.
      const minutes = opened!.minutes;
      const at = new Date().toISOString();
      const commentsFor = (): ReviewComment[] =>
        Array.from({ length: 100 }, (_, index) => {
          const item = minutes.items[index % minutes.items.length]!;
          const text = itemPassageText(item);
          const start = Math.min(text.length - 1, 10 + index * 7) % Math.max(1, text.length - 30);
          const anchor = text.length > 40 ? passageAnchor(item, start, start + 20) : { kind: 'item' as const, itemId: item.itemId };
          return { id: crypto.randomUUID(), anchor, text: `Comment ${index + 1}.`, suggestion: index % 2 === 0 && anchor.kind === 'passage' ? 'different words here' : null, createdAt: at, updatedAt: at };
        });
      const review = JSON.parse(readFileSync(second.file.targetPath, 'utf8'));
      const importSamples: number[] = [];
      for (let i = 0; i < warmUp + iterations; i++) {
        const response = responseFileFrom(
          {
            responseId: crypto.randomUUID(),
            meetingId,
            minutesVersion: review.minutesVersion,
            minutesHash: review.minutesHash,
            committeeName: review.minutes.committee.name,
            meetingDate: review.minutes.meeting.date,
            reviewer: 'Councillor Ada Chair',
            startedAt: at,
            savedAt: at,
            comments: commentsFor(),
            decision: null,
          },
          sha256Hex,
        );
        writeFileSync(join(inbox, `r${String(i).padStart(3, '0')}.proceedings-response`), reviewFileText(response));
        const source = await grant('response-open');
        const start = performance.now();
        const result = await call<{ addedComments: number }>('importReviewResponse', { source });
        const elapsed = performance.now() - start;
        if (result.addedComments !== 100) throw new Error(`Only ${result.addedComments} comments were imported.`);
        if (i >= warmUp) importSamples.push(elapsed);
      }

      const words = `${generated.itemIds.length} items, ${generated.totalWords.toLocaleString('en-GB')} words`;
      const rows: BenchRow[] = [
        {
          metric: 'Open a review file and compose its minutes (openReview via dispatch)',
          shown: ['median', 'p95'],
          target: { statistic: 'median', maxMs: 300 },
          summary: summarise(openSamples),
          detail: `${words}; the file read, parsed, its hashes checked, the minutes composed in full`,
        },
        {
          metric: 'Compare two versions (compareMinutes via dispatch)',
          shown: ['median', 'p95'],
          target: { statistic: 'p95', maxMs: 100 },
          summary: summarise(compareSamples),
          detail: `${words}; ${changedWords} words changed across 20 items between versions 1 and 2 (${wordsInserted} words inserted found)`,
        },
        {
          metric: 'Import a response with 100 comments and suggestions (importReviewResponse via dispatch)',
          shown: ['median', 'p95'],
          target: { statistic: 'median', maxMs: 100 },
          summary: summarise(importSamples),
          detail: `${words}; 100 comments (half with new wording) checked against the version sent and placed in the current draft, in one transaction`,
        },
      ];
      void first;
      return rows;
    } finally {
      backend.close();
    }
  },
};
