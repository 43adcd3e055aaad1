import {
  AlignmentType,
  Document,
  Header,
  LeaderType,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type INumberingOptions,
  type IParagraphOptions,
  type IParagraphStyleOptions,
} from 'docx';
import { pageNumberFooter, pageProperties, textWidth as widthBetweenMargins, xmlSafe } from './word-page.ts';
import type { Inline, MinutesBlock, MinutesDocument, MinutesItem, ParagraphRole } from '../../shared/compose/model.ts';
import { approvalWording } from '../../shared/minutes-state.ts';

// The Word writer: renders a MinutesDocument and decides only how things look. Wording, order and
// what the public minutes hide were all settled by compose. Everything is built with the docx
// package (no hand-written XML), with named Word styles so the navigation pane, "Select all text
// with similar formatting" and a council's own template all work on the result.

const textWidth = widthBetweenMargins();
// Number | content | Action: wide enough for "13a" and for "Partners" at 11 pt.
const columns = { number: 850, action: 1_300 };
const contentWidth = textWidth - columns.number - columns.action;

const styleIds = {
  subtitle: 'Subtitle',
  attendanceHeading: 'AttendanceHeading',
  attendance: 'Attendance',
  itemNumber: 'ItemNumber',
  actionHeading: 'ActionHeading',
  actionColumn: 'ActionColumn',
  resolution: 'Resolution',
  resolutionPart: 'ResolutionPart',
  postMeetingNote: 'PostMeetingNote',
  part2: 'Part2Notice',
  papers: 'Papers',
  actionLine: 'ActionLine',
  closing: 'Closing',
  signature: 'Signature',
  headerMark: 'HeaderMark',
} as const;

const roleStyles: Record<ParagraphRole, string | undefined> = {
  notes: undefined,
  generated: undefined,
  part2: styleIds.part2,
  'post-meeting-note': styleIds.postMeetingNote,
  papers: styleIds.papers,
  'action-line': styleIds.actionLine,
};

const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const latinLetter = /[A-Za-z]/;

function runsOf(inlines: Inline[], extra: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  const runs: TextRun[] = [];
  for (const inline of inlines) {
    if ('lineBreak' in inline) {
      runs.push(new TextRun({ break: 1 }));
      continue;
    }
    const text = xmlSafe(inline.text);
    if (!text) continue;
    runs.push(
      new TextRun({
        text,
        bold: inline.bold || extra.bold || undefined,
        italics: inline.italic || extra.italics || undefined,
        underline: inline.underline ? {} : undefined,
        // Arabic or Hebrew on its own is marked right-to-left so Word orders it as its readers expect.
        rightToLeft: rightToLeft.test(text) && !latinLetter.test(text) ? true : undefined,
      }),
    );
  }
  return runs;
}

const plain = (text: string) => [new TextRun({ text: xmlSafe(text) })];

/** Numbering definitions, and a fresh instance for each list so every list counts from its start. */
function createLists() {
  const starts = new Set<number>([1]);
  const partStarts = new Set<number>([1]);
  let nextInstance = 1;
  return {
    ordered(start: number) {
      starts.add(start);
      return { reference: `ordered-${start}`, instance: nextInstance++ };
    },
    bullet() {
      return { reference: 'bullet', instance: nextInstance++ };
    },
    resolutionParts(start: number) {
      partStarts.add(start);
      return { reference: `resolution-parts-${start}`, instance: nextInstance++ };
    },
    definitions(): INumberingOptions {
      const indent = (level: number) => ({ paragraph: { indent: { left: 567 * (level + 1), hanging: 425 } } });
      const orderedFormats = [
        [LevelFormat.DECIMAL, (level: number) => `%${level + 1}.`],
        [LevelFormat.LOWER_LETTER, (level: number) => `%${level + 1})`],
        [LevelFormat.LOWER_ROMAN, (level: number) => `%${level + 1}.`],
      ] as const;
      const bullets = ['•', '◦', '▪'];
      const levels = (make: (level: number) => ILevelsOptions) => Array.from({ length: 9 }, (_, level) => make(level));
      return {
        config: [
          ...[...starts].map((start) => ({
            reference: `ordered-${start}`,
            levels: levels((level) => {
              const [format, text] = orderedFormats[level % 3]!;
              return { level, format, text: text(level), start: level === 0 ? start : 1, alignment: AlignmentType.START, style: indent(level) };
            }),
          })),
          {
            reference: 'bullet',
            levels: levels((level) => ({
              level,
              format: LevelFormat.BULLET,
              text: bullets[level % 3]!,
              alignment: AlignmentType.START,
              style: indent(level),
            })),
          },
          ...[...partStarts].map((start) => ({
            reference: `resolution-parts-${start}`,
            levels: levels((level) => ({
              level,
              format: LevelFormat.DECIMAL,
              text: `%${level + 1})`,
              start: level === 0 ? start : 1,
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 567 } } },
            })),
          })),
        ],
      };
    },
  };
}

type Lists = ReturnType<typeof createLists>;

// LibreOffice lays out a paragraph in time that grows with the square of its length: one of 1 MB
// takes many minutes to open, 100 paragraphs of 10 kB take seconds. No minute is that long except
// pasted material, so a paragraph beyond this is divided at sentence ends into several Word
// paragraphs; every character stays, in order, with its formatting.
export const longestParagraph = 10_000;

/** The runs of one paragraph as one or more paragraphs of at most `longestParagraph` characters. */
export function divideLongParagraph(inlines: Inline[], limit = longestParagraph): Inline[][] {
  const total = inlines.reduce((sum, inline) => sum + ('text' in inline ? inline.text.length : 1), 0);
  if (total <= limit) return [inlines];
  const pieces: Inline[][] = [[]];
  let length = 0;
  for (const inline of inlines) {
    if (!('text' in inline)) {
      pieces[pieces.length - 1]!.push(inline);
      length += 1;
      continue;
    }
    let rest = inline.text;
    while (length + rest.length > limit) {
      const room = limit - length;
      // Prefer the end of a sentence, then a space; in one endless word, cut where the room ends
      // (never between the two halves of a surrogate pair).
      const sentenceEnd = room >= 2 ? rest.lastIndexOf('. ', room - 2) : -1;
      let cut = sentenceEnd >= 0 ? sentenceEnd + 2 : 0;
      if (cut < room / 2) cut = rest.lastIndexOf(' ', room - 1) + 1;
      if (cut <= 0) cut = /[\uD800-\uDBFF]/.test(rest.charAt(room - 1)) ? room - 1 : room;
      if (cut > 0) pieces[pieces.length - 1]!.push({ ...inline, text: rest.slice(0, cut) });
      rest = rest.slice(cut);
      pieces.push([]);
      length = 0;
    }
    if (rest) {
      pieces[pieces.length - 1]!.push({ ...inline, text: rest });
      length += rest.length;
    }
  }
  return pieces.filter((piece) => piece.length > 0);
}

function blockParagraphs(block: MinutesBlock, lists: Lists, level = 0): Paragraph[] {
  if (block.kind === 'paragraph') {
    return divideLongParagraph(block.runs).map((runs) => {
      const options: IParagraphOptions = { style: roleStyles[block.role], children: runsOf(runs) };
      return new Paragraph(options);
    });
  }
  if (block.kind === 'resolution') {
    // A resolution cut beside an action's part carries on its numbers ("3)" after "2)").
    const numbering = lists.resolutionParts(Number.parseInt(block.parts[0]?.label ?? '1', 10) || 1);
    return [
      ...(block.runs.length > 0
        ? [new Paragraph({ style: styleIds.resolution, children: runsOf(block.runs), keepNext: block.parts.length > 0 })]
        : []),
      ...block.parts.map(
        (part) =>
          new Paragraph({ style: styleIds.resolutionPart, children: runsOf(part.runs), numbering: { ...numbering, level: 0 } }),
      ),
    ];
  }
  const numbering = block.ordered ? lists.ordered(block.start) : lists.bullet();
  return block.items.flatMap((item) =>
    item.flatMap((inner, index) => {
      if (inner.kind === 'list') return blockParagraphs(inner, lists, Math.min(level + 1, 8));
      if (index === 0 && inner.kind === 'paragraph') {
        return [new Paragraph({ children: runsOf(inner.runs), numbering: { ...numbering, level } })];
      }
      // Further paragraphs of the same list item sit under its text, without a number of their own.
      if (inner.kind === 'paragraph') {
        return [new Paragraph({ children: runsOf(inner.runs), indent: { left: 567 * (level + 1) } })];
      }
      return blockParagraphs(inner, lists, level);
    }),
  );
}

function headingParagraph(item: MinutesItem, spaceBefore?: number): Paragraph {
  return new Paragraph({
    style: item.depth === 0 ? 'Heading1' : 'Heading2',
    children: plain(item.heading),
    spacing: spaceBefore ? { before: spaceBefore } : undefined,
  });
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
  });
}

function itemsTable(document: MinutesDocument, lists: Lists): Table {
  const rows: TableRow[] = [];
  for (const item of document.items) {
    rows.push(
      new TableRow({
        cantSplit: true,
        keepNext: true,
        children: [
          cell([new Paragraph({ style: styleIds.itemNumber, children: plain(item.marginNumber) })], columns.number),
          cell([headingParagraph(item)], contentWidth),
          cell([new Paragraph({ style: styleIds.actionHeading, children: plain(document.actionHeading ?? '') })], columns.action),
        ],
      }),
    );
    for (const section of item.sections) {
      rows.push(
        new TableRow({
          children: [
            cell([], columns.number),
            cell(section.blocks.flatMap((block) => blockParagraphs(block, lists)), contentWidth),
            cell(
              section.actionColumn.map((owner) => new Paragraph({ style: styleIds.actionColumn, children: plain(owner) })),
              columns.action,
            ),
          ],
        }),
      );
    }
  }
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [columns.number, contentWidth, columns.action],
    layout: TableLayoutType.FIXED,
    // The council style: the grid is there for alignment, not to be seen.
    borders: TableBorders.NONE,
  });
}

function singleColumn(document: MinutesDocument, lists: Lists): Paragraph[] {
  // Without the table's rows to separate them, items need space above their headings.
  return document.items.flatMap((item) => [
    headingParagraph(item, item.depth === 0 ? 240 : 120),
    ...item.sections.flatMap((section) => section.blocks.flatMap((block) => blockParagraphs(block, lists))),
  ]);
}

function paragraphStyles(fontSize: number): IParagraphStyleOptions[] {
  const style = (id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'> = {}): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    ...options,
  });
  return [
    style(styleIds.subtitle, 'Subtitle', { run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } } }),
    style(styleIds.attendanceHeading, 'Attendance Heading', {
      run: { bold: true },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    }),
    style(styleIds.attendance, 'Attendance', { paragraph: { spacing: { after: 0 } } }),
    style(styleIds.itemNumber, 'Item Number', { run: { bold: true }, paragraph: { keepNext: true } }),
    style(styleIds.actionHeading, 'Action Heading', { run: { bold: true }, paragraph: { keepNext: true } }),
    style(styleIds.actionColumn, 'Action Column', { run: { bold: true } }),
    style(styleIds.resolution, 'Resolution'),
    style(styleIds.resolutionPart, 'Resolution Part', { paragraph: { indent: { left: 567, hanging: 567 } } }),
    style(styleIds.postMeetingNote, 'Post Meeting Note', { run: { italics: true } }),
    style(styleIds.part2, 'Part 2 Notice'),
    style(styleIds.papers, 'Papers'),
    style(styleIds.actionLine, 'Action Line', { paragraph: { indent: { left: 567 } } }),
    style(styleIds.closing, 'Closing', { paragraph: { spacing: { before: 480 } } }),
    style(styleIds.signature, 'Signature', {
      paragraph: { indent: { left: 4_820 }, spacing: { before: 600, after: 0 } },
    }),
    style(styleIds.headerMark, 'Header Mark', {
      run: { bold: true, size: Math.round(fontSize * 2) },
      paragraph: { alignment: AlignmentType.RIGHT },
    }),
  ];
}

/** The minutes as a Word document, in memory. */
/** The approval recorded in the document's properties once the chairman has approved the minutes. */
export type ApprovalProperties = { by: string; at: string; state: string; version: number };

export function buildMinutesDocument(minutes: MinutesDocument, approval: ApprovalProperties | null = null): Document {
  const { fontFamily, fontSize, layout } = minutes.style;
  const lists = createLists();
  const halfPoints = Math.round(fontSize * 2);
  const body: (Paragraph | Table)[] = [
    new Paragraph({ style: 'Title', children: plain(minutes.title) }),
    new Paragraph({ style: styleIds.subtitle, children: plain(minutes.subtitle) }),
  ];
  for (const group of minutes.attendance) {
    body.push(new Paragraph({ style: styleIds.attendanceHeading, children: plain(group.heading) }));
    group.lineGroups.forEach((lines, index) => {
      lines.forEach((line, at) =>
        body.push(
          new Paragraph({
            style: styleIds.attendance,
            children: plain(line),
            // A blank line's worth of space between the chairmen and everyone else.
            spacing: index > 0 && at === 0 ? { before: 240 } : undefined,
          }),
        ),
      );
    });
  }
  body.push(new Paragraph({ spacing: { after: 120 } }));
  if (layout === 'action-column' && minutes.items.length > 0) body.push(itemsTable(minutes, lists), new Paragraph({}));
  else body.push(...singleColumn(minutes, lists));

  if (minutes.closing.endedSentence) {
    // Kept on the page of the signature block, never left alone at the foot of the one before.
    body.push(new Paragraph({ style: styleIds.closing, keepNext: true, keepLines: true, children: plain(minutes.closing.endedSentence) }));
  }
  // A dotted line to sign on, drawn with a tab leader: a paragraph border would merge with the
  // next one's in Word and LibreOffice, leaving the Date without its line.
  for (const label of [minutes.closing.signatureLabel, minutes.closing.dateLabel]) {
    body.push(
      new Paragraph({
        style: styleIds.signature,
        keepNext: true,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth, leader: LeaderType.DOT }],
        children: [new TextRun({ children: [new Tab()] })],
      }),
      new Paragraph({ style: styleIds.signature, spacing: { before: 0 }, keepNext: label !== minutes.closing.dateLabel, children: plain(label) }),
    );
  }

  return new Document({
    title: xmlSafe(minutes.metadata.title),
    subject: xmlSafe(minutes.metadata.committee),
    description: xmlSafe(
      `Minutes of the meeting held on ${minutes.metadata.meetingDateText}${minutes.mode === 'public' ? ' (public minutes)' : ''}` +
        (approval ? `. ${approvalWording(approval)}.` : ''),
    ),
    ...(approval && {
      customProperties: [
        { name: 'Minutes status', value: xmlSafe(approval.state) },
        { name: 'Approved by', value: xmlSafe(approval.by) },
        { name: 'Approved on', value: approval.at },
        { name: 'Minutes version', value: String(approval.version) },
      ],
    }),
    keywords: xmlSafe(`minutes; ${minutes.metadata.committee}; ${minutes.metadata.meetingDate}`),
    creator: 'Proceedings',
    lastModifiedBy: 'Proceedings',
    styles: {
      default: {
        document: {
          // British English, so Word proofs the minutes against the right dictionary and screen readers speak them so.
          run: { font: fontFamily, size: halfPoints, language: { value: 'en-GB' } },
          paragraph: { spacing: { after: 120 } },
        },
        title: {
          run: { font: fontFamily, size: halfPoints + 4, bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
        heading1: {
          run: { font: fontFamily, size: halfPoints, bold: true, color: '000000' },
          paragraph: { spacing: { before: 0, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: fontFamily, size: halfPoints, bold: true, italics: false, color: '000000' },
          paragraph: { spacing: { before: 0, after: 120 }, keepNext: true },
        },
        listParagraph: { run: { font: fontFamily, size: halfPoints }, paragraph: { spacing: { after: 60 } } },
      },
      paragraphStyles: paragraphStyles(fontSize),
    },
    numbering: lists.definitions(),
    sections: [
      {
        properties: pageProperties(),
        headers: {
          default: new Header({
            children: [new Paragraph({ style: styleIds.headerMark, children: plain(minutes.headerMarks.join('   ')) })],
          }),
        },
        footers: { default: pageNumberFooter() },
        children: body,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderMinutesDocx(minutes: MinutesDocument, options: { approval?: ApprovalProperties | null } = {}): Promise<Buffer> {
  // Numbering definitions are gathered while the body is built, so build first, then pack.
  return Packer.toBuffer(buildMinutesDocument(minutes, options.approval ?? null));
}
