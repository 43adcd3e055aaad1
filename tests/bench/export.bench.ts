import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderMinutesDocx } from '../../electron/export/minutes-docx.ts';
import { loadMeetingDetail } from '../../electron/read-models/meeting-detail.ts';
import { openDatabase } from '../../electron/store/database.ts';
import { composeMinutes } from '../../shared/compose/index.ts';
import type { MinutesDocument } from '../../shared/compose/model.ts';
import { summarise, type BenchModule, type BenchRow } from './bench.ts';
import { createBenchDataFile } from './generate.ts';
import { toMarkdown } from './markdown.ts';

// Word export of the generated 60-item, 30,000-word meeting: read, compose and write the .docx,
// as the Export button does. For scale, pandoc turning the same minutes (as Markdown) into .docx.

const iterations = 20;
const warmUp = 3;
const pandocRuns = 5;

export const exportBench: BenchModule = {
  name: 'export',
  async run({ tempFolder, log }) {
    const folder = tempFolder();
    log('export: generating the meeting');
    const generated = createBenchDataFile(folder);
    const db = openDatabase(generated.file);
    const samples: number[] = [];
    let bytes = 0;
    let minutes: MinutesDocument | undefined;
    try {
      log(`export: exporting ${iterations} times`);
      for (let i = 0; i < warmUp + iterations; i++) {
        const start = performance.now();
        minutes = composeMinutes(loadMeetingDetail(db, generated.meetingId), { mode: 'full' });
        const file = await renderMinutesDocx(minutes);
        const elapsed = performance.now() - start;
        bytes = file.byteLength;
        if (i >= warmUp) samples.push(elapsed);
      }
    } finally {
      db.close();
    }
    const rows: BenchRow[] = [
      {
        metric: 'Export the meeting to Word (read, compose, write .docx)',
        shown: ['median', 'p95'],
        target: { statistic: 'median', maxMs: 300 },
        summary: summarise(samples),
        detail: `${generated.itemIds.length} items, ${generated.totalWords} words; the .docx is ${(bytes / 1024).toFixed(1)} KiB`,
      },
    ];

    const markdownFile = join(folder, 'minutes.md');
    writeFileSync(markdownFile, toMarkdown(minutes!));
    const probe = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      rows.push({ metric: 'pandoc: the same minutes from Markdown to .docx (comparison)', shown: ['median', 'p95'], notMeasured: 'pandoc is not installed' });
      return rows;
    }
    log(`export: pandoc ${pandocRuns} times`);
    const pandocSamples: number[] = [];
    for (let i = 0; i < pandocRuns; i++) {
      const start = performance.now();
      const run = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(folder, 'pandoc.docx'), markdownFile]);
      if (run.status !== 0) throw new Error(`pandoc failed: ${String(run.stderr)}`);
      pandocSamples.push(performance.now() - start);
    }
    rows.push({
      metric: 'pandoc: the same minutes from Markdown to .docx (comparison)',
      shown: ['median', 'p95'],
      summary: summarise(pandocSamples),
      detail: `${probe.stdout.split('\n')[0]}; includes starting the pandoc process`,
    });
    return rows;
  },
};
