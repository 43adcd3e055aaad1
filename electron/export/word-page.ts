import { AlignmentType, Footer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';

// What every Word document Proceedings writes shares: an A4 page with Word's usual one-inch
// margins, "Page X of Y" centred in the footer, and text made safe for Word's XML.

/** A4 in twentieths of a point, portrait; a landscape page swaps width and height. */
const a4 = { width: 11_906, height: 16_838, margin: 1_440 };

/** The width between the margins, for tables and right-aligned tab stops. */
export const textWidth = (orientation: 'portrait' | 'landscape' = 'portrait') =>
  (orientation === 'portrait' ? a4.width : a4.height) - 2 * a4.margin;

export function pageProperties(orientation: 'portrait' | 'landscape' = 'portrait'): ISectionPropertiesOptions {
  const margin = { top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin, header: 708, footer: 708 };
  // Word wants a landscape page given at its portrait size with the orientation flag.
  const size = orientation === 'portrait' ? { width: a4.width, height: a4.height } : { width: a4.width, height: a4.height, orientation: PageOrientation.LANDSCAPE };
  return { page: { size, margin } };
}

export const pageNumberFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });

// Characters XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return; a lone half
// of a surrogate pair; U+FFFE/U+FFFF), and C1 controls, which Word shows as boxes. The contract
// refuses them in most fields but notes may carry them in from a paste; this edge is the last stop.
const notXmlText =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  // Line breaks were made into breaks by compose; any left over would be lost whitespace in Word.
  return text.replace(notXmlText, '').replace(/[\t\r\n]+/g, ' ');
}
