// Reads a .docx back the way Word would: unzip the package (fflate, which docx itself zips with)
// and walk the WordprocessingML of the body, headers and footers with a DOM parser. Nothing here
// knows how our writer built the file, so the tests see only what Word sees.
import { createRequire } from 'node:module';
import { strFromU8, unzipSync } from 'fflate';

// The little of the DOM this reader uses. xmldom is loaded untyped on purpose: its type file pulls
// the browser's DOM types into the whole Node program, where electron/ must not see them.
export type XmlElement = {
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  getElementsByTagName(tag: string): ArrayLike<XmlElement>;
  toString(): string;
};
type XmlDocument = { documentElement: XmlElement | null; getElementsByTagName(tag: string): ArrayLike<XmlElement> };
const { DOMParser } = createRequire(import.meta.url)('@xmldom/xmldom') as {
  DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument };
};

export type Run = { text: string; bold: boolean; italic: boolean };
export type DocxParagraph = { element: XmlElement; style: string; text: string; runs: Run[]; numId: string | null };

const elements = (parent: XmlElement | XmlDocument, tag: string): XmlElement[] => Array.from(parent.getElementsByTagName(tag));

const children = (parent: XmlElement, tag: string): XmlElement[] =>
  Array.from(parent.childNodes).filter((node) => node.nodeName === tag);

function isOn(properties: XmlElement | undefined, tag: string): boolean {
  const flag = properties && children(properties, tag)[0];
  if (!flag) return false;
  const value = flag.getAttribute('w:val');
  return value === null || value === '' || (value !== '0' && value !== 'false');
}

function runText(run: XmlElement): string {
  let text = '';
  for (const node of Array.from(run.childNodes)) {
    if (node.nodeName === 'w:t') text += node.textContent ?? '';
    else if (node.nodeName === 'w:tab') text += '\t';
    else if (node.nodeName === 'w:br') text += '\n';
  }
  return text;
}

export function readParagraph(element: XmlElement): DocxParagraph {
  const properties = children(element, 'w:pPr')[0];
  const style = (properties && children(properties, 'w:pStyle')[0]?.getAttribute('w:val')) || 'Normal';
  const numPr = properties && children(properties, 'w:numPr')[0];
  const numId = (numPr && children(numPr, 'w:numId')[0]?.getAttribute('w:val')) || null;
  const runs = elements(element, 'w:r').map((run) => {
    const runProperties = children(run, 'w:rPr')[0];
    return { text: runText(run), bold: isOn(runProperties, 'w:b'), italic: isOn(runProperties, 'w:i') };
  });
  return { element, style, text: runs.map((run) => run.text).join(''), runs, numId };
}

export type ReadDocx = {
  files: string[];
  xml: (name: string) => string;
  body: XmlDocument;
  paragraphs: DocxParagraph[];
  /** Each table row as its cells, each cell as its paragraphs. */
  rows: DocxParagraph[][][];
  headerText: string;
  footerXml: string;
  /** lvlText of level 0 of the numbering a w:numId points at. */
  numberFormat: (numId: string) => string | null;
};

export function readDocx(bytes: Uint8Array): ReadDocx {
  const files = unzipSync(bytes);
  const xml = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} is not in the package`);
    return strFromU8(file);
  };
  const parse = (text: string) => new DOMParser().parseFromString(text, 'text/xml');
  const body = parse(xml('word/document.xml'));
  const partsLike = (prefix: string) => Object.keys(files).filter((name) => name.startsWith(prefix) && name.endsWith('.xml'));
  const headerText = partsLike('word/header').map((name) => parse(xml(name)).documentElement?.textContent ?? '').join('\n');
  const footerXml = partsLike('word/footer').map(xml).join('\n');
  const rows = elements(body, 'w:tr').map((row) =>
    children(row, 'w:tc').map((cell) => children(cell, 'w:p').map(readParagraph)),
  );
  const numbering = files['word/numbering.xml'] ? parse(xml('word/numbering.xml')) : null;
  const numberFormat = (numId: string) => {
    if (!numbering) return null;
    const num = elements(numbering, 'w:num').find((candidate) => candidate.getAttribute('w:numId') === numId);
    const abstractId = num && children(num, 'w:abstractNumId')[0]?.getAttribute('w:val');
    const abstract = elements(numbering, 'w:abstractNum').find((candidate) => candidate.getAttribute('w:abstractNumId') === abstractId);
    const level = abstract && children(abstract, 'w:lvl').find((candidate) => candidate.getAttribute('w:ilvl') === '0');
    return (level && children(level, 'w:lvlText')[0]?.getAttribute('w:val')) ?? null;
  };
  return {
    files: Object.keys(files),
    xml,
    body,
    paragraphs: elements(body, 'w:p').map(readParagraph),
    rows,
    headerText,
    footerXml,
    numberFormat,
  };
}

export const cellText = (cell: DocxParagraph[] | undefined) => (cell ?? []).map((paragraph) => paragraph.text).join('\n');
