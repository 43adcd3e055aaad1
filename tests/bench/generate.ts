import { join } from 'node:path';
import { contract, type HandlerTable, type MethodInput, type MethodName, type ParsedInput } from '../../shared/api.ts';
import type { AttendanceEntry, Presenter } from '../../shared/domain.ts';
import { richTextToPlain, type BlockNode, type InlineNode, type ListNode, type Mark, type RichText } from '../../shared/rich-text.ts';
import { dataFileName } from '../../electron/backend.ts';
import { createContext } from '../../electron/handlers/context.ts';
import { createHandlerTable } from '../../electron/handlers/index.ts';
import { openDatabase } from '../../electron/store/database.ts';

// A realistic large meeting, built only through the handler table so the data has exactly the
// shape the app writes. Everything comes from one seed: the same options give the same meeting,
// so figures from different days are measured on the same data.

export type GenerateOptions = {
  seed?: number;
  members?: number;
  /** Every item on the agenda, the seven from the default template included. */
  agendaItems?: number;
  subItems?: number;
  substitutes?: number;
  guests?: number;
  /** Words of notes across the whole meeting (reached to within one sentence per item). */
  words?: number;
  date?: string;
};

export type GeneratedMeeting = {
  committeeId: string;
  meetingId: string;
  memberIds: string[];
  /** In agenda order. */
  itemIds: string[];
  wordsByItem: Record<string, number>;
  titleByItem: Record<string, string>;
  /** The item with the longest notes: the worst realistic case for saving and typing. */
  largestItemId: string;
  notesOfLargest: RichText;
  totalWords: number;
  attendance: AttendanceEntry[];
};

export const defaultGenerateOptions: Required<GenerateOptions> = {
  seed: 20210325,
  members: 40,
  agendaItems: 60,
  subItems: 12,
  substitutes: 3,
  guests: 3,
  words: 30_000,
  date: '2021-03-25',
};

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32): Math.random would make every run a different meeting.

export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (probability: number) => boolean;
  shuffle: <T>(items: readonly T[]) => T[];
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}

/** UUID v4 layout from the seeded generator, so a generated file is byte-for-byte reproducible. */
export function seededIds(random: Random): () => string {
  return () => {
    const bytes = Array.from({ length: 16 }, () => random.int(0, 255));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary of a community safety partnership, the kind of committee the product card names.

const firstNames = [
  'Kate', 'Joanne', 'Rachel', 'Stuart', 'Priya', 'Oluwaseun', 'Gareth', 'Helen', 'Amir', 'Siobhan',
  'David', 'Fiona', 'Marcus', 'Aisha', 'Colin', 'Bernadette', 'Tomasz', 'Yvonne', 'Rajesh', 'Claire',
  'Neil', 'Adaeze', 'Graham', 'Lucy', 'Hamish', 'Zainab', 'Peter', 'Margaret', 'Declan', 'Sunita',
  'Robert', 'Eleanor', 'Kwame', 'Janet', 'Ian', 'Farah', 'Christopher', 'Deborah', 'Owen', 'Mei',
];
const surnames = [
  'Lymer', 'Stowell', 'Pankhurst', 'Baker', 'Sharma', 'Adeyemi', 'Llewellyn', 'Hughes', 'Rahman',
  "O'Malley", 'Whitfield', 'MacLeod', 'Okonkwo', 'Begum', 'Fairbrother', 'Nowak', 'Clarke', 'Patel',
  'Thornton', 'Ashworth', 'Nwosu', 'Pemberton', 'Campbell', 'Hussain', 'Greenwood', 'Kowalski',
  'Fletcher', 'Mensah', 'Doherty', 'Chaudhry', 'Whitehead', 'Lindqvist', 'Osei', 'Harrington',
  'Forsyth', 'Kaur', 'Brennan', 'Ellison', 'Tanaka', 'Gallagher',
];
const posts: [title: string, role: string, organisation: string][] = [
  ['Councillor', 'Portfolio Holder for Public Protection and Enforcement', 'London Borough of Northfield'],
  ['', 'Assistant Director: Public Protection', 'London Borough of Northfield'],
  ['Superintendent', 'Borough Commander, South Area', 'Metropolitan Police'],
  ['', 'Head of Youth Offending Service', 'London Borough of Northfield'],
  ['Dr', 'Director of Public Health', 'London Borough of Northfield'],
  ['', 'Station Commander', 'London Fire Brigade'],
  ['', 'Head of the Probation Delivery Unit', 'Probation Service'],
  ['', 'Community Safety Manager', 'London Borough of Northfield'],
  ['', 'Designated Nurse for Safeguarding Children', 'NHS South East London Integrated Care Board'],
  ['', 'Chief Executive', 'Northfield Voluntary Action'],
  ['Councillor', 'Chairman, Public Protection and Enforcement PDS Committee', 'London Borough of Northfield'],
  ['', 'Area Manager', 'Victim Support'],
  ['', 'Head of Housing Needs', 'London Borough of Northfield'],
  ['', 'Neighbourhood Services Manager', 'Clarion Housing Group'],
  ['', 'Service Manager', 'Northfield Domestic Abuse Advocacy Project'],
  ['Inspector', 'Safer Neighbourhoods', 'Metropolitan Police'],
  ['', 'Head of Licensing', 'London Borough of Northfield'],
  ['', "Assistant Director: Children's Social Care", 'London Borough of Northfield'],
  ['', 'Headteacher', 'Northfield Park Academy'],
  ['', 'Chair', 'Northfield Safer Neighbourhood Board'],
  ['', 'Service Manager: Substance Misuse', 'Change Grow Live'],
  ['', 'Head of Trading Standards', 'London Borough of Northfield'],
  ['', 'Safeguarding Adults Board Manager', 'London Borough of Northfield'],
  ['Councillor', 'Ward Councillor, Penge and Cator', 'London Borough of Northfield'],
  ['', 'Prevent Co-ordinator', 'London Borough of Northfield'],
  ['', 'Town Centre Manager', 'Northfield Business Improvement District'],
  ['', 'Head of Early Intervention and Family Support', 'London Borough of Northfield'],
  ['Detective Inspector', 'Public Protection Unit', 'Metropolitan Police'],
  ['', 'Head of Environmental Services', 'London Borough of Northfield'],
  ['', 'Operations Manager', 'British Transport Police'],
  ['Councillor', 'Ward Councillor, Crystal Palace', 'London Borough of Northfield'],
  ['', 'Manager', 'Northfield Mediation Service'],
  ['', 'Violence Reduction Unit Lead', "Mayor's Office for Policing and Crime"],
  ['', 'Head of Adult Social Care Safeguarding', 'London Borough of Northfield'],
  ['', 'Lead for Mental Health Liaison', 'Oxleas NHS Foundation Trust'],
  ['', 'Youth Services Manager', 'London Borough of Northfield'],
  ['Councillor', 'Ward Councillor, Cray Valley East', 'London Borough of Northfield'],
  ['', 'Chief Officer', 'Northfield Neighbourhood Watch Association'],
  ['', 'Senior Analyst', 'London Borough of Northfield'],
  ['', 'Faith Communities Representative', 'Northfield Interfaith Forum'],
];
const topics = [
  'the serious violence strategy', 'anti-social behaviour in the town centre', 'refuge provision for survivors of domestic abuse',
  'knife crime among under-eighteens', 'the CCTV upgrade programme', 'the Safer Streets bid', 'the youth diversion scheme',
  'hate crime reporting', 'the night-time economy', 'fly-tipping enforcement', 'the Prevent duty', 'modern slavery referrals',
  'the drug and alcohol treatment service', 'repeat victims of burglary', 'violence against women and girls',
  'the public spaces protection order', 'county lines exploitation', 'street drinking around the station',
  'the Community Trigger', 'the ward panel priorities', 'neighbourhood policing numbers', 'the domestic homicide review',
  'school exclusions and exploitation risk', 'e-scooter misuse', 'the Ask for Angela scheme', 'rough sleeping outreach',
];
const subjects = [
  'The Board', 'Members', 'The Chairman', 'The Vice-Chairman', 'The Community Safety Manager', 'The Borough Commander',
  'Officers', 'The Director of Public Health', 'The Head of Youth Offending Service', 'Partners', 'A Member',
];
const verbs = [
  'noted the update on', 'welcomed the progress made on', 'raised concerns about', 'asked for figures by ward on',
  'requested a further report on', 'agreed to review', 'discussed at length', 'commended the work of partners on',
  'questioned the timetable for', 'received a presentation on', 'sought assurance about', 'thanked officers for their report on',
];
const tails = [
  'for the quarter ending 31 March', 'compared with the same period last year', 'across the borough',
  'in the north of the borough', 'before the next meeting', 'as set out in the report', 'in partnership with the voluntary sector',
  'within the existing budget', 'following the consultation', 'and asked that the figures be broken down by age and gender',
  'with particular reference to the town centre wards', 'and noted that the data for February was provisional',
];
const reports = [
  'Community Safety Strategy 2024–27', 'Serious Violence Duty Needs Assessment', 'Annual Youth Justice Plan',
  'Domestic Abuse Strategy', 'Strategic Assessment', 'Safer Streets Fund Evaluation', 'Tackling Hate Crime Action Plan',
];
const actionLeads = ['Action:', 'Resolved:', 'Agreed:', 'Noted:'];
const itemTitles = [
  'Community Safety Strategy 2024–27: consultation response', 'Police performance update', 'Serious Violence Duty: annual return',
  'Youth Justice Plan', 'Domestic abuse: refuge capacity', 'Safer Streets Fund: round five bid', 'Hate crime action plan',
  'Anti-social behaviour case review', 'Night-time economy and licensing', 'Drug and alcohol treatment service',
  'Prevent and Channel panel report', 'Modern slavery and exploitation', 'CCTV programme update', 'Fly-tipping enforcement',
  'Town centre public spaces protection order', 'Violence against women and girls strategy', 'Mental health and policing',
  'Fire safety in high-rise homes', 'Probation and offender management', 'Victims’ voice report', 'Youth services and diversion',
  'Rough sleeping and street drinking', 'Neighbourhood Watch update', 'Partnership funding 2024/25', 'Risk register',
  'Information sharing agreement', 'Community Trigger activations', 'Domestic homicide review: lessons learned',
  'Schools and exploitation risk', 'E-scooters and road safety', 'Business crime reduction', 'Faith communities forum',
  'Mediation service annual report', 'Transport hubs and station safety', 'Trading standards: doorstep crime',
  'Adult safeguarding referrals', 'Work programme', 'Communications plan', 'Performance dashboard', 'Member questions',
  'Ward panel priorities', 'Equalities impact assessment', 'Budget monitoring', 'Annual report of the Partnership',
];
const subItemPrefixes = ['Update', 'Data', 'Case study', 'Ward view', 'Funding', 'Next steps'];

// ---------------------------------------------------------------------------------------------
// Notes: paragraphs of minute-taking prose with the formatting secretaries actually use.

function sentence(random: Random, memberNames: readonly string[]): string {
  const who = random.chance(0.25) ? random.pick(memberNames) : random.pick(subjects);
  switch (random.int(0, 4)) {
    case 0:
      return `Figures showed a ${random.int(2, 38)} per cent ${random.pick(['fall', 'rise'])} in ${random.pick(topics)} ${random.pick(tails)}.`;
    case 1:
      return `${who} asked whether ${random.pick(topics)} would be covered in the ${random.pick(reports)}, and was told that it would.`;
    default:
      return `${who} ${random.pick(verbs)} ${random.pick(topics)} ${random.pick(tails)}.`;
  }
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function formattedParagraph(random: Random, memberNames: readonly string[], sentences: number): BlockNode {
  const content: InlineNode[] = [];
  const text = (value: string, ...marks: Mark['type'][]) =>
    content.push(marks.length ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) } : { type: 'text', text: value });
  if (random.chance(0.15)) text(`${random.pick(actionLeads)} `, 'bold');
  for (let i = 0; i < sentences; i++) {
    const separator = i === sentences - 1 ? '' : ' ';
    const roll = random.next();
    if (roll < 0.08) {
      text('Members noted the ');
      text(random.pick(reports), 'italic');
      text(` ${random.pick(tails)}.${separator}`);
    } else if (roll < 0.13) {
      const [first, ...rest] = sentence(random, memberNames).split(' ');
      text(`${first} `, 'bold');
      text(`${rest.join(' ')}${separator}`);
    } else if (roll < 0.16) {
      text(sentence(random, memberNames), 'underline');
      if (separator) text(separator);
    } else {
      text(`${sentence(random, memberNames)}${separator}`);
    }
  }
  // The editor's JSON never holds two adjacent runs with the same marks; merge them the same way.
  const merged: InlineNode[] = [];
  for (const node of content) {
    const last = merged.at(-1);
    const isSameMarks = last?.type === 'text' && node.type === 'text' && JSON.stringify(last.marks) === JSON.stringify(node.marks);
    if (isSameMarks && last?.type === 'text' && node.type === 'text') last.text += node.text;
    else merged.push(node);
  }
  return { type: 'paragraph', content: merged };
}

function list(random: Random, memberNames: readonly string[], type: ListNode['type'], depth = 0): ListNode {
  const items = Array.from({ length: random.int(2, type === 'bulletList' ? 6 : 5) }, () => {
    const blocks: BlockNode[] = [formattedParagraph(random, memberNames, 1)];
    if (depth === 0 && random.chance(0.1)) blocks.push(list(random, memberNames, 'bulletList', depth + 1));
    return { type: 'listItem' as const, content: blocks };
  });
  return type === 'orderedList' ? { type, attrs: { start: 1 }, content: items } : { type, content: items };
}

/** Notes of at least `words` words (within one block), or an empty document for zero. */
export function generateNotes(random: Random, words: number, memberNames: readonly string[]): RichText {
  const content: BlockNode[] = [];
  let count = 0;
  while (count < words) {
    const roll = random.next();
    const block =
      roll < 0.12 && content.length > 0
        ? list(random, memberNames, 'bulletList')
        : roll < 0.2 && content.length > 0
          ? list(random, memberNames, 'orderedList')
          : formattedParagraph(random, memberNames, random.int(1, 5));
    content.push(block);
    count += countWords(richTextToPlain({ type: 'doc', content: [block] }));
  }
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

// ---------------------------------------------------------------------------------------------

/**
 * Builds the meeting through `handlers`. Input goes through the contract's schemas first, so
 * defaults apply and generated notes are proven acceptable to the dispatch gate.
 */
export function generateMeeting(handlers: HandlerTable, options: GenerateOptions = {}): GeneratedMeeting {
  const settings = { ...defaultGenerateOptions, ...options };
  const random = createRandom(settings.seed);
  const call = <K extends MethodName>(name: K, input: MethodInput<K>) => {
    const parsed = contract[name].input.parse(input) as ParsedInput<K>;
    return handlers[name](parsed);
  };

  const committee = call('createCommittee', {
    name: 'Northfield Community Safety Partnership Strategic Group',
    defaultVenue: 'Committee Room 1, Northfield Civic Centre',
    defaultStartTime: '10:00',
  });

  const names = new Set<string>();
  const memberPosts = random.shuffle(posts);
  const members = Array.from({ length: settings.members }, (_, index) => {
    const [title, role, organisation] = memberPosts[index % memberPosts.length]!;
    let name: string;
    do name = `${title ? `${title} ` : ''}${random.pick(firstNames)} ${random.pick(surnames)}`;
    while (names.has(name));
    names.add(name);
    return call('addMember', {
      committeeId: committee.id,
      name,
      role,
      organisation,
      initials: '',
      chairRole: index === 0 ? 'chairman' : index === 1 ? 'vice-chairman' : null,
    });
  });
  const memberNames = members.map((member) => member.name);

  const meeting = call('createMeeting', {
    committeeId: committee.id,
    date: settings.date,
    startTime: '10:00',
    venue: committee.defaultVenue,
    isVirtual: false,
    title: '',
  });
  const template = call('getMeeting', { meetingId: meeting.id }).agenda;

  // Standard items open and close the agenda; the business goes between "Matters arising" and
  // "Any other business", with sub-items under a few of the main items.
  const closingKinds = new Set(['any-other-business', 'next-meeting']);
  const opening = template.filter((item) => !closingKinds.has(item.kind));
  const closing = template.filter((item) => closingKinds.has(item.kind));
  const mainCount = settings.agendaItems - template.length - settings.subItems;
  if (mainCount < 1) throw new Error('Not enough agenda items for the sub-items asked for.');
  const titles = random.shuffle(itemTitles);
  const mains = Array.from({ length: mainCount }, (_, index) =>
    call('addAgendaItem', { meetingId: meeting.id, title: titles[index % titles.length]! }),
  );
  const parents = random.shuffle(mains).slice(0, Math.max(1, Math.ceil(settings.subItems / 3)));
  const children = new Map(parents.map((parent) => [parent.id, [] as string[]]));
  for (let i = 0; i < settings.subItems; i++) {
    const parent = parents[i % parents.length]!;
    const child = call('addAgendaItem', {
      meetingId: meeting.id,
      title: `${random.pick(subItemPrefixes)}: ${random.pick(topics)}`,
    });
    children.get(parent.id)!.push(child.id);
  }
  const order = [
    ...opening.map((item) => ({ id: item.id, parentId: null })),
    ...mains.flatMap((item) => [
      { id: item.id, parentId: null },
      ...(children.get(item.id) ?? []).map((id) => ({ id, parentId: item.id })),
    ]),
    ...closing.map((item) => ({ id: item.id, parentId: null })),
  ];
  const agenda = call('reorderAgenda', { meetingId: meeting.id, order });

  // Standard items carry a line or two; business items share the rest unevenly, as real ones do.
  const fixedWords: Record<string, number> = {
    welcome: 40, apologies: 0, declarations: 15, 'previous-minutes': 45, 'matters-arising': 250,
    'any-other-business': 180, 'next-meeting': 20,
  };
  const business = agenda.filter((item) => item.kind === 'general');
  const weights = new Map(business.map((item) => [item.id, 0.2 + random.next() * random.next() * 4]));
  const weightTotal = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  const fixedTotal = agenda.reduce((sum, item) => sum + (fixedWords[item.kind] ?? 0), 0);
  const businessWords = Math.max(0, settings.words - fixedTotal);

  const wordsByItem: Record<string, number> = {};
  const notesByItem = new Map<string, RichText>();
  // Each item overshoots its share by part of a block; later business items give that back, so
  // the meeting lands on the asked-for total rather than several per cent above it.
  let overshoot = 0;
  for (const item of agenda) {
    const share = Math.round((businessWords * (weights.get(item.id) ?? 0)) / weightTotal);
    const target = item.kind === 'general' ? Math.max(0, share - overshoot) : (fixedWords[item.kind] ?? 0);
    const notes = generateNotes(random, target, memberNames);
    const presenters: Presenter[] =
      item.kind !== 'general'
        ? []
        : random.chance(0.15)
          ? [{ name: `${random.pick(firstNames)} ${random.pick(surnames)}, ${random.pick(posts)[2]}` }]
          : random.shuffle(members).slice(0, random.int(1, 2)).map((member) => ({ memberId: member.id }));
    call('updateAgendaItem', {
      itemId: item.id,
      presenters,
      notes,
      ...(random.chance(0.1) ? { postMeetingNote: 'Post-meeting note: the figures were confirmed by the analyst after the meeting.' } : {}),
    });
    wordsByItem[item.id] = countWords(richTextToPlain(notes));
    notesByItem.set(item.id, notes);
    overshoot += wordsByItem[item.id]! - (item.kind === 'general' ? share : (fixedWords[item.kind] ?? 0));
  }

  // Attendance: everyone on the roster is recorded; a few send substitutes; guests are added.
  const chairs = members.slice(0, 2);
  const statuses = random.shuffle([
    ...Array<'present'>(Math.round(settings.members * 0.68) - chairs.length).fill('present'),
    ...Array<'apologies'>(Math.round(settings.members * 0.22)).fill('apologies'),
  ]);
  const others = members.slice(2);
  const itemIds = agenda.map((item) => item.id);
  others.forEach((member, index) => {
    call('setAttendance', { meetingId: meeting.id, who: { memberId: member.id }, status: statuses[index] ?? 'absent' });
  });
  for (const chair of chairs) call('setAttendance', { meetingId: meeting.id, who: { memberId: chair.id }, status: 'present' });
  const present = others.filter((_, index) => statuses[index] === 'present');
  const late = present.slice(0, 2);
  for (const member of late) {
    call('setAttendance', {
      meetingId: meeting.id,
      who: { memberId: member.id },
      arrivedAt: `10:${random.int(10, 40)}`,
      arrivedDuringItemId: itemIds[random.int(3, 8)]!,
    });
  }
  const early = present.at(-1);
  if (early) {
    call('setAttendance', {
      meetingId: meeting.id,
      who: { memberId: early.id },
      leftAt: '11:45',
      leftDuringItemId: itemIds[Math.floor(itemIds.length / 2)]!,
    });
  }
  const apologies = others.filter((_, index) => statuses[index] === 'apologies');
  for (const member of apologies.slice(0, settings.substitutes)) {
    call('addAttendee', {
      meetingId: meeting.id,
      name: `${random.pick(firstNames)} ${random.pick(surnames)}`,
      role: member.role,
      organisation: member.organisation,
      status: 'substitute',
      substituteForMemberId: member.id,
    });
  }
  for (let i = 0; i < settings.guests; i++) {
    const [, role, organisation] = random.pick(posts);
    call('addAttendee', {
      meetingId: meeting.id,
      name: `${random.pick(firstNames)} ${random.pick(surnames)}`,
      role,
      organisation,
      status: i % 3 === 2 ? 'also_present' : 'in_attendance',
    });
  }
  call('updateMeeting', { meetingId: meeting.id, startedAt: '10:00', endedAt: '12:10' });

  const detail = call('getMeeting', { meetingId: meeting.id });
  const largestItemId = itemIds.reduce((best, id) => (wordsByItem[id]! > wordsByItem[best]! ? id : best), itemIds[0]!);
  return {
    committeeId: committee.id,
    meetingId: meeting.id,
    memberIds: members.map((member) => member.id),
    itemIds,
    wordsByItem,
    titleByItem: Object.fromEntries(agenda.map((item) => [item.id, item.title])),
    largestItemId,
    notesOfLargest: notesByItem.get(largestItemId)!,
    totalWords: Object.values(wordsByItem).reduce((sum, words) => sum + words, 0),
    attendance: detail.attendance,
  };
}

/**
 * Writes the generated meeting into `<folder>/proceedings.sqlite` (the name the app and the
 * preview host open) and closes it. Ids and timestamps come from the seed too.
 */
export function createBenchDataFile(folder: string, options: GenerateOptions = {}): GeneratedMeeting & { file: string } {
  const file = join(folder, dataFileName);
  const db = openDatabase(file);
  try {
    const seed = options.seed ?? defaultGenerateOptions.seed;
    const start = Date.UTC(2021, 2, 25, 9, 30);
    let tick = 0;
    const context = createContext(db, { newId: seededIds(createRandom(seed ^ 0x5eed)), clock: () => new Date(start + tick++ * 1000) });
    return { file, ...generateMeeting(createHandlerTable(context), options) };
  } finally {
    db.close();
  }
}

/** The word lists, for generators of other shapes (tests/bench/history.ts). */
export const vocabulary = { firstNames, surnames, posts, topics, reports, itemTitles } as const;
