import type { Inline, MinutesBlock, MinutesDocument } from '../../../shared/compose/model.ts';

// What the same minutes cost typed into Word, by the formula the keystroke bench states:
//   every character typed (a character = 1 key, whatever it is)
// + Enter at the end of every paragraph (list items and resolution parts included)
// + Tab for every move between the table's cells: 3 a row (number, content, Action), the Action
//   heading row included
// + formatting keys: Ctrl+B on and off around each bold run (RESOLVED, headings, the title
//   block), Ctrl+I on and off around the post-meeting note, and for a list "1. " or "• " typed once
//   (Word's AutoFormat then numbers the rest) and Enter twice to leave it
// + saving: F12 and Enter in the Save As dialog.
// Nothing is counted for Word's own AutoComplete or AutoCorrect, which the secretary would have
// to set up as Proceedings' abbreviations are; the one-off set-up of a Word template is not counted.

export const categories = ['attendance', 'headings', 'generated sentences', 'resolutions', 'narrative', 'actions', 'export'] as const;
export type Category = (typeof categories)[number];
export type Counts = Record<Category, number>;

export const emptyCounts = (): Counts => Object.fromEntries(categories.map((category) => [category, 0])) as Counts;

const characters = (runs: Inline[]) => runs.reduce((sum, run) => sum + ('text' in run ? [...run.text].length : 1), 0);
const boldRuns = (runs: Inline[]) => runs.filter((run) => 'text' in run && run.bold).length;

function blockKeys(block: MinutesBlock): { category: Category; keys: number } {
  if (block.kind === 'resolution') {
    const keys = characters(block.runs) + 1 + 2 * boldRuns(block.runs) + block.parts.reduce((sum, part) => sum + [...part.label].length + 1 + characters(part.runs) + 1, 0);
    return { category: 'resolutions', keys };
  }
  if (block.kind === 'list') {
    const items = block.items.flat();
    const keys = 3 + items.reduce((sum, inner) => sum + blockKeys(inner).keys, 0) + 2;
    return { category: 'narrative', keys };
  }
  const base = characters(block.runs) + 1 + 2 * boldRuns(block.runs);
  if (block.role === 'post-meeting-note') return { category: 'narrative', keys: base + 2 };
  if (block.role === 'generated' || block.role === 'part2') return { category: 'generated sentences', keys: base };
  if (block.role === 'action-line') return { category: 'actions', keys: base };
  return { category: 'narrative', keys: base };
}

/** Word's keystrokes for `minutes`, by category. */
export function wordKeystrokes(minutes: MinutesDocument): Counts {
  const counts = emptyCounts();
  const add = (category: Category, keys: number) => (counts[category] += keys);
  // Title and subtitle, bold: characters, Enter, Ctrl+B on and off.
  add('headings', [...minutes.title].length + 1 + 2 + [...minutes.subtitle].length + 1 + 2);
  for (const group of minutes.attendance) {
    add('attendance', [...group.heading].length + 1 + 2);
    for (const lines of group.lineGroups) for (const line of lines) add('attendance', [...line].length + 1);
  }
  for (const item of minutes.items) {
    // The heading row: number, title and "Action" in bold, three cell moves.
    add('headings', [...item.marginNumber].length + [...item.heading].length + [...(minutes.actionHeading ?? '')].length + 3 + 2);
    for (const section of item.sections) {
      const [first] = section.blocks;
      add(first ? blockKeys(first).category : 'narrative', 3);
      for (const block of section.blocks) {
        const { category, keys } = blockKeys(block);
        add(category, keys);
      }
      add('actions', section.actionColumn.reduce((sum, owner) => sum + [...owner].length + 1, 0));
    }
  }
  if (minutes.closing.endedSentence) add('generated sentences', [...minutes.closing.endedSentence].length + 1);
  // The signature block: a dotted line (a leader tab) and the label, twice.
  add('headings', 2 * (1 + 1) + [...minutes.closing.signatureLabel].length + 1 + [...minutes.closing.dateLabel].length + 1);
  add('export', 2);
  return counts;
}
