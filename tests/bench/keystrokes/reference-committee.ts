import { join } from 'node:path';
import { dataFileName } from '../../../electron/backend.ts';
import { createContext } from '../../../electron/handlers/context.ts';
import { createHandlerTable } from '../../../electron/handlers/index.ts';
import { openDatabase } from '../../../electron/store/database.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../../../electron/hash.ts';
import { parseMeetingFile, type MeetingFile } from '../../../shared/meeting-file.ts';
import type { Meeting, TemplateItem } from '../../../shared/domain.ts';
import { createRandom, generateNotes, vocabulary } from '../generate.ts';

// What the secretary of the Safer Bromley Partnership has before the 25 March 2021 meeting: the
// committee, its roster and standard agenda (the one-off set-up, counted by formula here and
// reported apart), and its earlier minutes — generated, never the reference's own text.

/** The committee's standing items, as its agendas open. */
export const standardAgenda: TemplateItem[] = [
  { title: 'Welcome/House-keeping/Introductions.', kind: 'welcome' },
  { title: 'Apologies for absence', kind: 'apologies' },
  { title: 'Declarations of interest', kind: 'declarations' },
  { title: 'Minutes of the previous meeting', kind: 'previous-minutes' },
  { title: 'Pre-advised questions', kind: 'general' },
];

/**
 * The abbreviations a clerk of this partnership defines before the meeting (its Abbreviations
 * tab), from what the roster and the earlier minutes have them write again and again: the chair's
 * titles, the committee's name, the posts and organisations on the roster, the subjects of earlier
 * minutes. Each is a string of letters the clerk would never type as a word — not the
 * partnership's own acronyms (SBP, LBB, ASB, YOS), which stay as written.
 */
export const benchAbbreviations: { abbreviation: string; expansion: string }[] = [
  { abbreviation: 'tc', expansion: 'the Chairman' },
  { abbreviation: 'tvc', expansion: 'the Vice-Chairman' },
  { abbreviation: 'cllr', expansion: 'Councillor' },
  { abbreviation: 'sfb', expansion: 'Safer Bromley Partnership' },
  { abbreviation: 'ppe', expansion: 'Public Protection and Enforcement' },
  { abbreviation: 'ph', expansion: 'Portfolio Holder' },
  { abbreviation: 'hos', expansion: 'Head of Service' },
  { abbreviation: 'ts', expansion: 'Trading Standards' },
  { abbreviation: 'csm', expansion: 'Community Safety Manager' },
  { abbreviation: 'metp', expansion: 'Met Police' },
  { abbreviation: 'da', expansion: 'domestic abuse' },
];

const earlierDates = ['2018-06-14', '2018-09-13', '2018-12-06', '2019-03-14', '2019-06-13', '2019-09-12', '2019-12-05'];

/**
 * Keys the set-up would take in Proceedings' forms: each field's characters and a Tab to the next,
 * Enter to add each member, each standard item's title and Enter; the Abbreviations tab (one key
 * to reach it), each abbreviation, Tab, its expansion and Enter.
 */
function setUpKeys(file: MeetingFile): number {
  const field = (text: string) => [...text].length + 1;
  let keys = field(file.committee.name) + field(file.committee.defaultVenue) + field('1000') + 1;
  for (const member of file.members) keys += field(member.name) + field(member.role) + field(member.organisation) + 2 + 1;
  for (const item of standardAgenda) keys += field(item.title) + 1;
  keys += 1;
  for (const entry of benchAbbreviations) keys += field(entry.abbreviation) + field(entry.expansion);
  return keys;
}

export type SeededCommittee = { committeeId: string; setUpKeys: number; earlierMeetings: number };

/** Writes the committee and its earlier minutes into `<folder>/proceedings.sqlite`. */
export function seedReferenceCommittee(folder: string, file: MeetingFile): SeededCommittee {
  const db = openDatabase(join(folder, dataFileName));
  try {
    const handlers = createHandlerTable(createContext(db));
    const committee = handlers.createCommittee({ name: file.committee.name, defaultVenue: file.committee.defaultVenue, defaultStartTime: file.committee.defaultStartTime });
    handlers.updateCommittee({ committeeId: committee.id, agendaTemplate: standardAgenda });
    const members = file.members.map((member) =>
      handlers.addMember({ committeeId: committee.id, name: member.name, role: member.role, organisation: member.organisation, initials: member.initials, chairRole: member.chairRole }),
    );
    for (const entry of benchAbbreviations) handlers.addAbbreviation({ committeeId: committee.id, ...entry });
    const names = members.map((member) => member.name);
    const random = createRandom(20210325);
    let previous: string | null = null;
    for (const date of earlierDates) {
      const meeting: Meeting = previous
        ? (handlers.updateMeeting({ meetingId: previous, nextMeetingDate: date }), handlers.createNextMeeting({ meetingId: previous }))
        : handlers.createMeeting({ committeeId: committee.id, date, startTime: '10:00', venue: '', isVirtual: false, title: '' });
      const agenda = handlers.getMeeting({ meetingId: meeting.id }).agenda;
      let after = agenda.at(-1)!.id;
      for (let count = random.int(4, 7); count > 0; count--) {
        const item = handlers.addAgendaItem({ meetingId: meeting.id, title: random.pick(vocabulary.itemTitles), afterItemId: after });
        handlers.updateAgendaItem({ itemId: item.id, notes: generateNotes(random, random.int(250, 600), names) });
        handlers.addResolution({ itemId: item.id, form: 'resolved', text: 'that the update be noted.', parts: [] });
        after = item.id;
      }
      previous = meeting.id;
    }
    return { committeeId: committee.id, setUpKeys: setUpKeys(file), earlierMeetings: earlierDates.length };
  } finally {
    db.close();
  }
}

/** The reference meeting as the app reads it (whatever the fixture's format version). */
export function readReferenceMeeting(): MeetingFile {
  const parsed = parseMeetingFile(readFileSync(fileURLToPath(new URL('../../fixtures/reference-meeting.json', import.meta.url)), 'utf8'), sha256Hex);
  if (!parsed.ok) throw new Error(`The reference meeting could not be read: ${parsed.message}`);
  return parsed.file;
}
