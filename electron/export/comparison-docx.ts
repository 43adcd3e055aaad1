import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { DiffRun, ItemComparison, MinutesComparison, RecordComparison } from '../../shared/compare.ts';
import { xmlSafe } from './word-page.ts';

// A comparison of two states of the minutes as a Word document: insertions underlined, deletions
// struck through, item by item, as the compare screen shows it.

const changeWords: Record<ItemComparison['change'], string> = {
  added: 'added',
  removed: 'removed',
  moved: 'moved',
  changed: 'changed',
  unchanged: 'unchanged',
};

/** Runs as Word paragraphs: a new paragraph at each "\n", insertions underlined, deletions struck through. */
function diffParagraphs(runs: DiffRun[]): Paragraph[] {
  const paragraphs: TextRun[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (!piece) return;
      paragraphs[paragraphs.length - 1]!.push(
        new TextRun({ text: xmlSafe(piece), underline: run.kind === 'inserted' ? {} : undefined, strike: run.kind === 'deleted', color: run.kind === 'same' ? undefined : run.kind === 'inserted' ? '1F5FAD' : 'A1262B' }),
      );
    });
  }
  return paragraphs.map((children) => new Paragraph({ children }));
}

function recordParagraphs(heading: string, records: RecordComparison[]): Paragraph[] {
  return records.flatMap((record) => [
    new Paragraph({ children: [new TextRun({ text: xmlSafe(`${heading} ${record.change}: ${record.label}`), bold: true })] }),
    ...diffParagraphs(record.text),
    ...record.details.map((detail) => new Paragraph({ children: [new TextRun({ text: xmlSafe(detail), italics: true })] })),
  ]);
}

export function buildComparisonDocument(comparison: MinutesComparison, title: string): Document {
  const { summary } = comparison;
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(title))] }),
    new Paragraph({ children: [new TextRun(xmlSafe(`From: ${comparison.from.label}`))] }),
    new Paragraph({ children: [new TextRun(xmlSafe(`To: ${comparison.to.label}`))] }),
    new Paragraph({
      children: [
        new TextRun(
          comparison.isSame
            ? 'The two are the same.'
            : `${summary.itemsChanged} items changed, ${summary.itemsAdded} added, ${summary.itemsRemoved} removed, ${summary.itemsMoved} moved; ${summary.wordsInserted} words inserted, ${summary.wordsDeleted} deleted. Insertions are underlined, deletions struck through.`,
        ),
      ],
    }),
  ];
  if (comparison.meeting.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('The meeting')] }));
    for (const field of comparison.meeting) body.push(new Paragraph({ children: [new TextRun(xmlSafe(`${field.field}: ${field.from || 'none'} → ${field.to || 'none'}`))] }));
  }
  if (comparison.attendance.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Attendance')] }));
    for (const entry of comparison.attendance) {
      body.push(new Paragraph({ children: [new TextRun(xmlSafe(`${entry.person}: ${entry.from ?? 'not listed'} → ${entry.to ?? 'not listed'}`))] }));
    }
  }
  if (comparison.declarations.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Declarations of interest')] }), ...recordParagraphs('Declaration', comparison.declarations));
  }
  for (const item of comparison.items) {
    if (item.change === 'unchanged') continue;
    const number = item.number.to ?? item.number.from ?? '';
    const titleText = item.title.to ?? item.title.from ?? '';
    const moved = item.isMoved && item.change !== 'moved' ? ', moved' : '';
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafe(`${number} ${titleText} (${changeWords[item.change]}${moved})`))] }));
    if (item.title.from !== null && item.title.to !== null && item.title.from !== item.title.to) {
      body.push(new Paragraph({ children: [new TextRun(xmlSafe(`Title: ${item.title.from} → ${item.title.to}`))] }));
    }
    body.push(...diffParagraphs(item.text), ...recordParagraphs('Resolution', item.resolutions), ...recordParagraphs('Action', item.actions));
  }
  return new Document({ title: xmlSafe(title), creator: 'Proceedings', sections: [{ children: body }] });
}

export async function renderComparisonDocx(comparison: MinutesComparison, title: string): Promise<Buffer> {
  return Packer.toBuffer(buildComparisonDocument(comparison, title));
}
