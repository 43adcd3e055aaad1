import type { Locator, Page } from 'playwright-core';
import { composeMinutes } from '../../shared/compose/index.ts';
import type { MinutesDocument } from '../../shared/compose/model.ts';
import { detailFromMeetingFile, type MeetingFile } from '../../shared/meeting-file.ts';
import { richTextToPlain, type BlockNode } from '../../shared/rich-text.ts';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startHost } from '../e2e/support/host.ts';
import type { BenchContext } from './bench.ts';
import { benchAbbreviations, readReferenceMeeting, seedReferenceCommittee, standardAgenda } from './keystrokes/reference-committee.ts';
import { categories, emptyCounts, wordKeystrokes, type Category, type Counts } from './keystrokes/word-baseline.ts';

// Keystrokes to minute the 25 March 2021 reference meeting (tests/fixtures/reference-meeting.json)
// in Proceedings, counted as a secretary presses them in Chromium through the preview host, against
// Word by the formula in keystrokes/word-baseline.ts. A character is one key and so is a chord
// (Ctrl+E, Alt+↓); moving to a field or button counts one key too (the secretary's Tab, F6 or
// click). The committee, roster and standard agenda are the one-off set-up, counted apart. What is
// typed is the reference's words, read from the fixture, as the secretary hears them; suggestions
// come only from what the secretary had before the meeting (the roster, the phrase bank, earlier
// minutes generated for this committee) and from what has been typed so far.
//
// The secretary is run three times on one data folder: ignoring every suggestion; taking a
// suggestion (Tab, or Ctrl+→ for one word of it) whenever it is exactly what comes next; and doing
// that and also typing the committee's abbreviations (set up before the meeting,
// benchAbbreviations) wherever what comes next is one written out.

type Secretary = { usesCompletion: boolean; usesAbbreviations: boolean };
export type KeystrokeRun = { counts: Counts; total: number; mismatches: string[]; expansions: number };
export type KeystrokeResult = {
  word: Counts & { total: number };
  withoutCompletion: KeystrokeRun;
  withCompletion: KeystrokeRun;
  withAbbreviations: KeystrokeRun;
  abbreviations: number;
  setUpKeys: number;
  earlierMeetings: number;
};

const sum = (counts: Counts) => categories.reduce((total, category) => total + counts[category], 0);

function keyboard(page: Page) {
  const counts = emptyCounts();
  let category: Category = 'headings';
  return {
    counts,
    expansions: 0,
    set: (next: Category) => void (category = next),
    async press(chord: string) {
      counts[category] += 1;
      await page.keyboard.press(chord);
    },
    async type(text: string) {
      counts[category] += [...text].length;
      await page.keyboard.type(text);
    },
    async moveTo(target: Locator) {
      counts[category] += 1;
      await target.focus();
    },
  };
}
type Keys = ReturnType<typeof keyboard>;

// As the editor's completion takes them (closingPunctuation in renderer/src/item-editor/completion-extension.ts).
const closing = /[.,;:)!?]/;
const readGhost = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { document: { querySelector: (s: string) => { dataset: { completion?: string } } | null } }).document.querySelector('.completion-ghost')?.dataset.completion ?? '');

// As shared/abbreviations.ts reads a word: an abbreviation stands for a whole word, ended by white
// space or punctuation (not an apostrophe or hyphen).
const wordCharacter = /[\p{L}\p{M}\p{N}'’-]/u;
const abbreviationForms = benchAbbreviations
  .flatMap(({ abbreviation, expansion }) => {
    const capital = expansion.charAt(0).toLocaleUpperCase('en-GB');
    const forms = [{ typed: abbreviation, expansion }];
    if (capital !== expansion.charAt(0)) forms.push({ typed: abbreviation.charAt(0).toLocaleUpperCase('en-GB') + abbreviation.slice(1), expansion: capital + expansion.slice(1) });
    return forms;
  })
  .sort((a, b) => b.expansion.length - a.expansion.length);

/** The abbreviation to type for what comes next in `text` at `at`, if a word there is one written out and a character there ends it. */
function abbreviationAt(text: string, at: number): { typed: string; expansion: string; ending: string } | null {
  if (at > 0 && wordCharacter.test(text[at - 1]!)) return null;
  for (const form of abbreviationForms) {
    const ending = text.charAt(at + form.expansion.length);
    if (text.startsWith(form.expansion, at) && ending !== '' && !wordCharacter.test(ending)) return { ...form, ending };
  }
  return null;
}

/** Abbreviations the secretary types must never be words of the minutes: those would expand where they should not. */
export function abbreviationsTypedAsWords(texts: string[]): string[] {
  const words = new Set(texts.flatMap((text) => text.match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? []).map((word) => word.toLocaleLowerCase('en-GB')));
  return benchAbbreviations.map((entry) => entry.abbreviation).filter((abbreviation) => words.has(abbreviation));
}

/** Types `text` at the caret of the notes, taking suggestions when the secretary would. */
async function typeWithSuggestions(page: Page, keys: Keys, text: string, secretary: Secretary, isLastParagraph: boolean) {
  let at = 0;
  while (at < text.length) {
    const abbreviation = secretary.usesAbbreviations ? abbreviationAt(text, at) : null;
    if (secretary.usesCompletion) {
      const ghost = await readGhost(page);
      const rest = text.slice(at);
      const word = /^[^\p{L}\p{N}]*[\p{L}\p{N}'’-]*/u.exec(ghost)?.[0] ?? '';
      const suggested = ghost && rest.startsWith(ghost) ? { chord: 'Tab', text: ghost } : word.length >= 2 && rest.startsWith(word) ? { chord: 'Control+ArrowRight', text: word } : null;
      // One key for a suggestion that covers the abbreviation's words; otherwise the abbreviation.
      const taken = suggested && !(abbreviation && suggested.text.length < abbreviation.expansion.length) ? suggested : null;
      if (taken) {
        await keys.press(taken.chord);
        at += taken.text.length;
        // A word taken is followed by a space: the text's own space, or punctuation typed over it, or taken back.
        if (/[\p{L}\p{N}]$/u.test(taken.text)) {
          const next = text[at];
          if (next === ' ') at += 1;
          // At a paragraph's end, the Enter that follows takes the space away; at the end of the notes it is deleted.
          else if (next === undefined ? isLastParagraph : !closing.test(next)) await keys.press('Backspace');
        }
        continue;
      }
    }
    if (abbreviation) {
      // The abbreviation, then the space or punctuation the text has next, which writes it out.
      await keys.type(abbreviation.typed);
      await keys.type(abbreviation.ending);
      keys.expansions += 1;
      at += abbreviation.expansion.length + abbreviation.ending.length;
      continue;
    }
    const character = [...text.slice(at)][0]!;
    await keys.type(character);
    at += character.length;
  }
}

async function typeBlocks(page: Page, keys: Keys, blocks: BlockNode[], secretary: Secretary) {
  for (const [index, block] of blocks.entries()) {
    if (index > 0) await keys.press('Enter');
    const isLast = index === blocks.length - 1;
    if (block.type === 'paragraph') {
      await typeWithSuggestions(page, keys, richTextToPlain({ type: 'doc', content: [block] }), secretary, isLast);
      continue;
    }
    // Lists by Markdown-style shortcut, as the editor (and Word's AutoFormat) takes them.
    await keys.type(block.type === 'orderedList' ? '1. ' : '- ');
    for (const [at, item] of block.content.entries()) {
      if (at > 0) await keys.press('Enter');
      await typeWithSuggestions(page, keys, richTextToPlain({ type: 'doc', content: item.content }), secretary, false);
    }
    await keys.press('Enter');
    await keys.press('Enter');
  }
}

/** One secretary's run through the meeting, from the committee's Meetings tab to the Word file. */
async function minuteTheMeeting(page: Page, file: MeetingFile, secretary: Secretary, date: string): Promise<{ counts: Counts; expansions: number }> {
  const keys = keyboard(page);
  const form = page.getByRole('form', { name: 'New meeting' });
  keys.set('headings');
  await keys.moveTo(form.getByLabel('Date'));
  // The form offers the committee's next date and usual time; the date is typed over, the British way.
  await keys.press('Control+a');
  const [year, month, day] = date.split('-');
  await keys.type(`${Number(day)}/${Number(month)}/${year!.slice(2)}`);
  await keys.press('Tab');
  await keys.press('Tab');
  await keys.press('Space');
  await keys.press('Enter');
  await page.getByRole('listbox', { name: 'Agenda items' }).waitFor({ timeout: 5000 }).catch(async (e) => { await page.screenshot({ path: '/tmp/i10sim/fail.png' }); throw e; });

  keys.set('attendance');
  const attendance = page.locator('.attendance-list');
  await keys.moveTo(attendance.getByRole('radio').first());
  const statusOf = new Map(file.attendance.filter((entry) => entry.memberId).map((entry) => [entry.memberId, entry.status]));
  for (const member of file.members) {
    const status = statusOf.get(member.id);
    await keys.press(status === 'present' ? 'p' : status === 'apologies' ? 'a' : status === 'absent' ? 'x' : 'ArrowDown');
  }
  for (const guest of file.attendance.filter((entry) => !entry.memberId)) {
    await keys.moveTo(page.getByText('Add a substitute or guest'));
    await keys.press('Enter');
    await keys.moveTo(page.locator('.add-attendee form').getByRole('textbox', { name: 'Name' }));
    await keys.type(guest.name!);
    await keys.press('Tab');
    await keys.type(guest.role ?? '');
    await keys.press('Enter');
    await page.getByText(guest.name!, { exact: true }).waitFor();
  }

  const agenda = page.getByRole('listbox', { name: 'Agenda items' });
  const title = page.getByRole('textbox', { name: 'Item title' });
  const notes = page.getByRole('textbox', { name: 'Notes' });
  for (const [index, item] of file.agenda.entries()) {
    keys.set('headings');
    const template = standardAgenda[index];
    if (index === 0) {
      await keys.moveTo(agenda.getByRole('option').first());
      await keys.press('Enter');
    } else if (template) {
      await keys.press('Alt+ArrowDown');
    } else {
      await keys.press('Control+Enter');
    }
    await title.waitFor();
    if (!template) {
      // A new item's title has the focus already.
      await typeWithSuggestions(page, keys, item.title, secretary, true);
    } else if (template.title !== item.title) {
      await keys.moveTo(title);
      await keys.press('Control+a');
      await typeWithSuggestions(page, keys, item.title, secretary, true);
    }
    const isSubItem = ((await agenda.getByRole('option', { selected: true }).getAttribute('class')) ?? '').includes('depth-1');
    if (isSubItem !== (item.parentId !== null)) {
      await keys.moveTo(agenda.getByRole('option', { selected: true }));
      await keys.press(item.parentId ? 'Alt+Shift+ArrowRight' : 'Alt+Shift+ArrowLeft');
    }
    const blocks = item.notes.content.filter((block) => block.type !== 'paragraph' || richTextToPlain({ type: 'doc', content: [block] }).trim());
    if (blocks.length > 0) {
      keys.set('narrative');
      await keys.moveTo(notes);
      await typeBlocks(page, keys, blocks, secretary);
    }
    if (item.postMeetingNote?.trim()) {
      keys.set('narrative');
      await keys.moveTo(page.getByRole('textbox', { name: 'Post-meeting note' }));
      await keys.type(item.postMeetingNote);
    }
    for (const resolution of file.resolutions.filter((each) => each.itemId === item.id)) {
      keys.set('resolutions');
      await keys.moveTo(page.getByRole('button', { name: 'Add resolution' }));
      await keys.press('Enter');
      const card = page.getByRole('listitem', { name: /^Resolution \d+$/ }).last();
      await card.getByRole('textbox').first().waitFor();
      await page.waitForFunction(() => (globalThis as unknown as { document: { activeElement: { tagName: string } | null } }).document.activeElement?.tagName === 'TEXTAREA');
      await typeWithSuggestions(page, keys, resolution.text, secretary, true);
      // Enter at the end of the text, and of each part, starts the next numbered part.
      for (const part of resolution.parts) {
        await keys.press('Enter');
        await typeWithSuggestions(page, keys, part, secretary, true);
      }
      for (const action of file.actions.filter((each) => each.resolutionId === resolution.id)) {
        keys.set('actions');
        await keys.moveTo(page.getByRole('button', { name: 'Add action' }));
        await keys.press('Enter');
        // The form asks who first: the owner list has the focus.
        const actionForm = page.getByRole('form', { name: 'New action' });
        await actionForm.getByRole('combobox', { name: 'Owner', exact: true }).waitFor();
        if ('group' in action.owner) {
          // The last choice, "A group or organisation…"; its name field then takes the focus.
          await keys.press('End');
          await actionForm.getByRole('combobox', { name: 'Owner group' }).waitFor();
          await keys.type(action.owner.group);
        } else {
          // Type-ahead in the list: the first letters of the member's name.
          const owner = file.members.find((member) => 'memberId' in action.owner && member.id === action.owner.memberId)!.name;
          await keys.type(owner.slice(0, 3));
        }
        await keys.moveTo(actionForm.getByRole('combobox', { name: 'Beside' }));
        await keys.press('ArrowDown');
        // Beside a resolution, the resolution says what is to be done; the minutes show only the
        // owner. Enter on the list adds the action.
        await keys.press('Enter');
        await page.getByRole('listitem', { name: /^Action \d+$/ }).last().waitFor();
        await keys.press('Escape');
      }
    }
  }

  keys.set('export');
  await keys.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await dialog.waitFor();
  await keys.press('Enter');
  await dialog.getByText(/^Saved as/).waitFor({ timeout: 30_000 });
  await keys.press('Escape');
  return { counts: keys.counts, expansions: keys.expansions };
}

/** Words that differ between two minutes, item by item, so a run that typed something else is seen. */
function differences(expected: MinutesDocument, actual: MinutesDocument): string[] {
  const text = (minutes: MinutesDocument) =>
    minutes.items.map((item) => `${item.number} ${item.title}: ${JSON.stringify(item.sections.map((section) => [section.blocks, section.actionColumn]))}`);
  // Ids are the app's own; what is compared is what the minutes say.
  const withoutIds = (minutes: MinutesDocument): MinutesDocument => JSON.parse(JSON.stringify(minutes, (key, value: unknown) => (key === 'resolutionId' || key === 'itemId' ? undefined : value))) as MinutesDocument;
  expected = withoutIds(expected);
  actual = withoutIds(actual);
  const want = text(expected);
  const got = text(actual);
  return want.flatMap((line, index) => {
    const other = got[index] ?? '';
    if (line === other) return [];
    let at = 0;
    while (at < line.length && line[at] === other[at]) at++;
    return [`item ${index + 1}: expected …${line.slice(Math.max(0, at - 30), at + 50)}… got …${other.slice(Math.max(0, at - 30), at + 50)}…`];
  });
}

export async function measureKeystrokes(context: BenchContext): Promise<KeystrokeResult> {
  const file = readReferenceMeeting();
  const clashes = abbreviationsTypedAsWords(minutesTexts(file));
  if (clashes.length > 0) throw new Error(`The bench's abbreviations ${clashes.join(', ')} are words of the reference minutes: they would expand where the secretary typed them as words.`);
  const expected = composeMinutes(detailFromMeetingFile(file), { mode: 'full' });
  const word = wordKeystrokes(expected);
  const dataDir = context.tempFolder();
  const seeded = seedReferenceCommittee(dataDir, file);
  const host = await startHost({ dataDir });
  const session = await launchBrowser({ viewport: { width: 1366, height: 768 } });
  const runs: KeystrokeRun[] = [];
  try {
    const { page } = session;
    // The runs that take suggestions first, both on the meeting's own date at the same time, so
    // neither is the other's "earlier minutes"; the run without them a day later.
    const secretaries = [
      { usesCompletion: true, usesAbbreviations: true, date: file.meeting.date, what: 'with suggestions and abbreviations' },
      { usesCompletion: true, usesAbbreviations: false, date: file.meeting.date, what: 'with suggestions' },
      { usesCompletion: false, usesAbbreviations: false, date: '2021-03-26', what: 'without suggestions' },
    ];
    for (const secretary of secretaries) {
      await page.goto(`${host.url}#/committees/${seeded.committeeId}/meetings`);
      await page.getByRole('form', { name: 'New meeting' }).waitFor();
      context.log(`keystrokes: minuting the reference meeting ${secretary.what}`);
      const { counts, expansions } = await minuteTheMeeting(page, file, secretary, secretary.date);
      const meetingId = new URL(page.url()).hash.split('/')[2]!;
      const detail = await page.evaluate((id) => (globalThis as unknown as { proceedings: { getMeeting: (input: { meetingId: string }) => Promise<unknown> } }).proceedings.getMeeting({ meetingId: id }), meetingId);
      const typed = composeMinutes(detail as Parameters<typeof composeMinutes>[0], { mode: 'full' });
      runs.push({ counts, total: sum(counts), mismatches: differences(expected, typed), expansions });
    }
  } finally {
    await session.close();
    await host.stop();
  }
  return {
    word: { ...word, total: sum(word) },
    withAbbreviations: runs[0]!,
    withCompletion: runs[1]!,
    withoutCompletion: runs[2]!,
    abbreviations: benchAbbreviations.length,
    setUpKeys: seeded.setUpKeys,
    earlierMeetings: seeded.earlierMeetings,
  };
}

/** Every text the secretary types for the reference meeting. */
function minutesTexts(file: MeetingFile): string[] {
  return [
    ...file.agenda.flatMap((item) => [item.title, richTextToPlain(item.notes), item.postMeetingNote ?? '']),
    ...file.resolutions.flatMap((resolution) => [resolution.text, ...resolution.parts]),
    ...file.actions.map((action) => action.description),
  ];
}
