import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ActionLogDocument } from '../../shared/compose/action-log.ts';
import { pageNumberFooter, pageProperties, textWidth as widthBetweenMargins, xmlSafe } from './word-page.ts';

// The action log as a Word document: the same conventions as the minutes writer (the docx
// package, named styles, word-page.ts's A4 and "Page X of Y"), on a landscape page so six columns have room.

const textWidth = widthBetweenMargins('landscape');
// Raised | Action | Owner | Due | Status | Progress.
const widths = [1_900, 4_200, 1_800, 1_500, 1_400];
const columnWidths = [...widths, textWidth - widths.reduce((sum, width) => sum + width, 0)];

const styleIds = { subtitle: 'Subtitle', tableHeading: 'TableHeading', tableText: 'TableText' } as const;

const text = (value: string, style: string = styleIds.tableText) => new Paragraph({ style, children: [new TextRun({ text: xmlSafe(value) })] });

const cell = (paragraphs: Paragraph[], width: number) =>
  new TableCell({ children: paragraphs.length > 0 ? paragraphs : [text('')], width: { size: width, type: WidthType.DXA } });

const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

export function buildActionLogDocument(log: ActionLogDocument): Document {
  const halfPoints = Math.round(log.fontSize * 2);
  const headings = [log.headings.raised, log.headings.description, log.headings.owner, log.headings.due, log.headings.status, log.headings.progress];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headings.map((heading, index) => cell([text(heading, styleIds.tableHeading)], columnWidths[index]!)),
  });
  const rows = log.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([text(row.raised)], columnWidths[0]!),
          cell([text(row.description)], columnWidths[1]!),
          cell([text(row.owner)], columnWidths[2]!),
          cell([text(row.due)], columnWidths[3]!),
          cell([text(row.status)], columnWidths[4]!),
          cell(row.progress.map((step) => text(step)), columnWidths[5]!),
        ],
      }),
  );
  const body: (Paragraph | Table)[] = [
    new Paragraph({ style: 'Title', children: [new TextRun({ text: xmlSafe(log.title) })] }),
    new Paragraph({ style: styleIds.subtitle, children: [new TextRun({ text: xmlSafe(log.subtitle) })] }),
  ];
  if (log.rows.length === 0) {
    body.push(new Paragraph({ children: [new TextRun({ text: xmlSafe(log.emptyText) })] }));
  } else {
    body.push(
      new Table({
        rows: [header, ...rows],
        width: { size: textWidth, type: WidthType.DXA },
        columnWidths,
        layout: TableLayoutType.FIXED,
        borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      }),
    );
  }
  return new Document({
    title: xmlSafe(`${log.title} — action log`),
    subject: xmlSafe(log.subtitle),
    creator: 'Proceedings',
    lastModifiedBy: 'Proceedings',
    styles: {
      default: {
        document: { run: { font: log.fontFamily, size: halfPoints }, paragraph: { spacing: { after: 120 } } },
        title: {
          run: { font: log.fontFamily, size: halfPoints + 4, bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
        },
      },
      paragraphStyles: [
        {
          id: styleIds.subtitle,
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
        { id: styleIds.tableHeading, name: 'Table Heading', basedOn: 'Normal', quickFormat: true, run: { bold: true }, paragraph: { spacing: { after: 0 } } },
        { id: styleIds.tableText, name: 'Table Text', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
      ],
    },
    sections: [
      {
        properties: pageProperties('landscape'),
        footers: { default: pageNumberFooter() },
        children: body,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderActionLogDocx(log: ActionLogDocument): Promise<Buffer> {
  return Packer.toBuffer(buildActionLogDocument(log));
}
