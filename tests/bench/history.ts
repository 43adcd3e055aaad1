import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandlerTable } from '../../shared/api.ts';
import type { AgendaItem, Meeting } from '../../shared/domain.ts';
import { richTextToPlain, type BlockNode, type RichText } from '../../shared/rich-text.ts';
import { dataFileName } from '../../electron/backend.ts';
import { createContext } from '../../electron/handlers/context.ts';
import { createHandlerTable } from '../../electron/handlers/index.ts';
import { openDatabase } from '../../electron/store/database.ts';
import { createRandom, generateNotes, seededIds, vocabulary, type Random } from './generate.ts';

// Years of minutes: several committees, each a chain of meetings made the way the app makes them
// (createNextMeeting, so actions are carried and reviewed, numbering continues), with notes,
// resolutions, votes, actions and declarations. Everything comes from one seed. Handlers are
// called directly (the contract's validation is the store bench's concern), one transaction per
// meeting, so 500 meetings take seconds rather than minutes.

export type HistoryOptions = {
  seed?: number;
  committees?: number;
  meetingsPerCommittee?: number;
  /** Words of notes per meeting; about six characters each with the space. */
  wordsPerMeeting?: number;
};

export const defaultHistoryOptions: Required<HistoryOptions> = {
  seed: 19720401,
  committees: 5,
  meetingsPerCommittee: 100,
  wordsPerMeeting: 4_500,
};

export type GeneratedHistory = {
  file: string;
  committeeIds: string[];
  /** Each committee's meetings, oldest first. */
  meetingIds: string[][];
  noteCharacters: number;
  meetings: number;
  /** Place names that occur only here and there, for searches that find a handful of minutes. */
  placeNames: string[];
  /** Everyone on the committees' rosters. */
  memberNames: string[];
};

const committeeNames = [
  'Northfield Community Safety Partnership Strategic Group',
  'Public Protection and Enforcement Policy Development and Scrutiny Committee',
  'Northfield Safeguarding Adults Board',
  'Youth Justice Management Board',
  'Licensing Sub-Committee',
  'Health and Wellbeing Board',
];

// Street and estate names give the text the long tail of rare words real minutes have; the
// partnership vocabulary alone would make every search match most of the file.
const syllables = ['ash', 'bram', 'cal', 'dun', 'ell', 'fern', 'glen', 'hol', 'kel', 'lang', 'mar', 'nor', 'orch', 'pen', 'quar', 'ros', 'sel', 'tor', 'ul', 'ver', 'wick', 'yar'];
const endings = ['ford', 'ley', 'ham', 'wood', 'field', 'bury', 'dale', 'gate', 'hurst', 'ton'];
const kinds = ['Road', 'Estate', 'Parade', 'Close', 'Park', 'Street', 'Green', 'Lane'];

function placeNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const stem = `${random.pick(syllables)}${random.pick(syllables)}${random.pick(endings)}`;
    names.add(`${stem[0]!.toUpperCase()}${stem.slice(1)} ${random.pick(kinds)}`);
  }
  return [...names];
}

const standardResolutions = [
  'that the update be noted.',
  'that the report be noted.',
  'that the recommendations be agreed.',
  'that the Partnership endorse the approach set out in the report.',
  'that a further report be brought to the next meeting.',
];

/** Adds a sentence naming a place to some paragraphs of the notes. */
function withPlaces(random: Random, notes: RichText, places: readonly string[]): RichText {
  const content = notes.content.map((block): BlockNode => {
    if (block.type !== 'paragraph' || !random.chance(0.2)) return block;
    const sentence = ` Residents of ${random.pick(places)} had raised this at the ward panel.`;
    return { ...block, content: [...(block.content ?? []), { type: 'text', text: sentence }] };
  });
  return { type: 'doc', content };
}

function addMonthsish(random: Random, isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + random.int(28, 45));
  return date.toISOString().slice(0, 10);
}

function generateCommittee(
  handlers: HandlerTable,
  random: Random,
  index: number,
  options: Required<HistoryOptions>,
  places: readonly string[],
  inMeeting: <T>(work: () => T) => T,
): { committeeId: string; meetingIds: string[]; noteCharacters: number; memberNames: string[] } {
  const committee = handlers.createCommittee({ name: committeeNames[index % committeeNames.length]!, defaultVenue: 'Committee Room 1', defaultStartTime: '10:00' });
  if (index % 5 < 3) handlers.updateCommittee({ committeeId: committee.id, minuteNumbering: { mode: 'continuous', restartMonth: 5 } });
  const members = Array.from({ length: 12 }, (_, at) => {
    const [title, role, organisation] = random.pick(vocabulary.posts);
    return handlers.addMember({
      committeeId: committee.id,
      name: `${title ? `${title} ` : ''}${random.pick(vocabulary.firstNames)} ${random.pick(vocabulary.surnames)}`,
      role,
      organisation,
      initials: '',
      chairRole: at === 0 ? 'chairman' : at === 1 ? 'vice-chairman' : null,
    });
  });
  const memberNames = members.map((member) => member.name);
  let date = `${2017 + (index % 2)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(10 + (index % 18)).padStart(2, '0')}`;
  let previous: Meeting | null = null;
  const meetingIds: string[] = [];
  let noteCharacters = 0;

  for (let number = 0; number < options.meetingsPerCommittee; number++) {
    noteCharacters += inMeeting(() => {
      let meeting: Meeting;
      if (previous) {
        handlers.updateMeeting({ meetingId: previous.id, nextMeetingDate: date });
        meeting = handlers.createNextMeeting({ meetingId: previous.id });
      } else {
        meeting = handlers.createMeeting({ committeeId: committee.id, date, startTime: '10:00', venue: 'Committee Room 1', isVirtual: false, title: '' });
      }
      const detail = handlers.getMeeting({ meetingId: meeting.id });
      const matters = detail.agenda.find((item) => item.kind === 'matters-arising')!;

      // Carried actions are reviewed: most done, some carried again, a few not reached.
      for (const review of detail.actionReviews) {
        const roll = random.next();
        if (roll < 0.7) handlers.updateActionReview({ reviewId: review.id, status: 'done', note: `Completed; ${random.pick(vocabulary.topics)} was reported on by email.` });
        else if (roll < 0.9) handlers.updateActionReview({ reviewId: review.id, status: 'carried-forward', note: 'Awaiting figures from partners.' });
      }

      const businessCount = random.int(4, 8);
      const business: AgendaItem[] = [];
      let after = matters.id;
      for (let at = 0; at < businessCount; at++) {
        const item = handlers.addAgendaItem({ meetingId: meeting.id, title: random.pick(vocabulary.itemTitles), afterItemId: after });
        business.push(item);
        after = item.id;
      }
      let characters = 0;
      const share = Math.round((options.wordsPerMeeting - 200) / businessCount);
      for (const item of [matters, ...business]) {
        const words = item === matters ? 200 : share;
        const notes = withPlaces(random, generateNotes(random, words, memberNames), places);
        characters += richTextToPlain(notes).length;
        handlers.updateAgendaItem({ itemId: item.id, notes });
      }
      for (const item of business) {
        const resolution = random.chance(0.15)
          ? handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that:', parts: ['the report be noted;', `partners report back on ${random.pick(vocabulary.topics)}.`] })
          : handlers.addResolution({ itemId: item.id, form: random.chance(0.1) ? 'recommended' : 'resolved', text: random.pick(standardResolutions), parts: [] });
        if (random.chance(0.2)) {
          const against = random.int(0, 4);
          handlers.setVote({ resolutionId: resolution.id, vote: { counts: { for: against + random.int(1, 6), against, abstentions: random.int(0, 2) } } });
        } else if (random.chance(0.03)) {
          handlers.setVote({ resolutionId: resolution.id, vote: { recorded: { for: memberNames.slice(0, 7), against: memberNames.slice(7, 9), abstained: [] } } });
        }
        for (let at = random.int(0, 2); at > 0; at--) {
          const owner = random.chance(0.7) ? { memberId: random.pick(members).id } : { group: 'Partners' };
          handlers.addAction({
            itemId: item.id,
            resolutionId: random.chance(0.5) ? resolution.id : null,
            description: `Circulate the figures on ${random.pick(vocabulary.topics)} for ${random.pick(places)}`,
            owner,
            dueDate: null,
          });
        }
      }
      if (random.chance(0.15)) {
        handlers.addDeclaration({
          meetingId: meeting.id,
          who: { memberId: random.pick(members).id },
          itemId: random.pick(business).id,
          nature: random.chance(0.3) ? 'pecuniary' : 'other',
          description: `trustee of the ${random.pick(places)} Residents' Association`,
          leftRoom: random.chance(0.5),
        });
      }
      previous = meeting;
      meetingIds.push(meeting.id);
      return characters;
    });
    date = addMonthsish(random, date);
  }
  return { committeeId: committee.id, meetingIds, noteCharacters, memberNames };
}

/** Writes the history into `<folder>/proceedings.sqlite` and closes it. */
export function createHistoryDataFile(folder: string, options: HistoryOptions = {}): GeneratedHistory {
  const settings = { ...defaultHistoryOptions, ...options };
  const file = join(folder, dataFileName);
  const db = openDatabase(file);
  try {
    const random = createRandom(settings.seed);
    const start = Date.UTC(2017, 0, 1, 9, 0);
    let tick = 0;
    const context = createContext(db, { newId: seededIds(createRandom(settings.seed ^ 0x5eed)), clock: () => new Date(start + tick++ * 1000) });
    const handlers = createHandlerTable(context);
    const places = placeNames(random, 400);
    // One transaction per meeting: the handlers' own transactions nest inside it as savepoints.
    const inMeeting = <T>(work: () => T): T => db.transaction(work)();
    const committees = Array.from({ length: settings.committees }, (_, index) =>
      generateCommittee(handlers, random, index, settings, places, inMeeting),
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      file,
      committeeIds: committees.map((committee) => committee.committeeId),
      meetingIds: committees.map((committee) => committee.meetingIds),
      noteCharacters: committees.reduce((sum, committee) => sum + committee.noteCharacters, 0),
      meetings: settings.committees * settings.meetingsPerCommittee,
      placeNames: places,
      memberNames: committees.flatMap((committee) => committee.memberNames),
    };
  } finally {
    db.close();
  }
}

// `node tests/bench/history.ts <folder> <committees>`: makes the file in a process of its own and
// writes what it made to <folder>/history.json, so the process that then measures the file starts
// as the app does, without the gigabyte of garbage that making ten years of minutes leaves behind.
if (import.meta.main) {
  const [folder, committees] = process.argv.slice(2);
  const made = createHistoryDataFile(folder!, { committees: Number(committees) });
  writeFileSync(join(folder!, 'history.json'), JSON.stringify(made));
}
