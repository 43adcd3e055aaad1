import { z } from 'zod';
import { refer } from './compose/people.ts';
import type { Abbreviation, AttendanceEntry, HouseStyle, MeetingDetail, Phrase, PhraseInsert, ResolutionForm, TextRange } from './domain.ts';
import { abbreviationFields, phraseFields } from './fields.ts';
import { abbreviationKey } from './abbreviations.ts';
import { abbreviationLimits } from './limits.ts';
import { formatDate, joinList, leadWords } from './wording.ts';
import { contentHash, type Sha256 } from './canonical-json.ts';
import { parseJsonText } from './limits.ts';

// The phrase bank: the formal sentences a secretary writes dozens of times a meeting, kept per
// committee. Filling is pure so the item editor can run it as the picker closes, with no round
// trip: placeholders the meeting can answer are filled, the rest are returned as ranges for the
// editor to select in turn (Tab moves to the next).
//
// Placeholders are a name in braces. Those filled from the meeting:
//   {item}                   the title of the item the wording is inserted into
//   {previous meeting date}  the date of the meeting whose minutes this one confirms
//   {next meeting date}      the meeting's "date of next meeting"
//   {chair}                  the chairman present (else the vice-chairman present, else the roster's chairman)
// {body} ("RECOMMENDED to {body} that …") and any other name are always left for typing, as is a
// gap written "…" (or "...").

export type PlaceholderName = 'item' | 'previous meeting date' | 'next meeting date' | 'chair';

export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/** A placeholder in filled text: its range, and its name ("body", "…" for a gap). */
export type PlaceholderRange = TextRange & { name: string };

export type FilledText = {
  text: string;
  /** Placeholders still to be typed over, in order. */
  placeholders: PlaceholderRange[];
  /** Where the meeting's values went, in order (for a brief highlight). */
  filled: PlaceholderRange[];
};

export type FilledPhrase = {
  inserts: PhraseInsert;
  /** Null for a plain sentence. */
  form: ResolutionForm | null;
  text: FilledText;
  parts: FilledText[];
};

/** The standard wordings every committee starts with (migration 3 seeds the same list into existing committees). */
export const defaultPhrases: Pick<Phrase, 'inserts' | 'form' | 'text' | 'parts'>[] = [
  { inserts: 'resolution', form: 'resolved', text: 'that the update be noted.', parts: [] },
  { inserts: 'resolution', form: 'resolved', text: 'that the update concerning {item} be noted.', parts: [] },
  {
    inserts: 'resolution',
    form: 'resolved',
    text: 'that the minutes of the meeting held on {previous meeting date} be agreed as a correct record.',
    parts: [],
  },
  { inserts: 'resolution', form: 'resolved', text: 'that the report be noted.', parts: [] },
  { inserts: 'resolution', form: 'resolved', text: 'that the recommendations be agreed.', parts: [] },
  { inserts: 'resolution', form: 'resolved', text: 'that:', parts: ['…', '…'] },
  { inserts: 'resolution', form: 'recommended', text: 'to {body} that …', parts: [] },
  { inserts: 'sentence', form: null, text: 'There were no declarations of interest.', parts: [] },
  { inserts: 'sentence', form: null, text: 'No questions had been received.', parts: [] },
  { inserts: 'sentence', form: null, text: 'The date of the next meeting was noted as {next meeting date}.', parts: [] },
];

const placeholderPattern = /\{([^{}\r\n]{1,40})\}|…|\.\.\./g;

const normaliseName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/** Fills the placeholders `values` has a non-empty value for; reports where the others are. */
export function fillPlaceholders(text: string, values: PlaceholderValues): FilledText {
  let result = '';
  let last = 0;
  const placeholders: PlaceholderRange[] = [];
  const filled: PlaceholderRange[] = [];
  for (const match of text.matchAll(placeholderPattern)) {
    result += text.slice(last, match.index);
    last = match.index + match[0].length;
    const name = match[1] === undefined ? '…' : normaliseName(match[1]);
    const value = (values as Record<string, string | undefined>)[name]?.trim();
    const start = result.length;
    if (value) {
      result += value;
      filled.push({ start, end: result.length, name });
    } else {
      result += match[0];
      placeholders.push({ start, end: result.length, name });
    }
  }
  result += text.slice(last);
  return { text: result, placeholders, filled };
}

/** Whoever is in the chair, by the house style's way of referring to people. */
function chairOf(detail: MeetingDetail, style: HouseStyle): string {
  const people = detail.attendance.filter((entry) => entry.memberId !== null);
  const present = (role: AttendanceEntry['chairRole']) =>
    people.filter((entry) => entry.chairRole === role && entry.status === 'present');
  const chairs = present('chairman').length > 0 ? present('chairman') : present('vice-chairman');
  const chosen = chairs.length > 0 ? chairs : people.filter((entry) => entry.chairRole === 'chairman');
  return joinList(chosen.map((entry) => refer(entry, style.referTo)));
}

/** The values a meeting gives the placeholders, for a wording inserted into `itemId` (null: no item). */
export function placeholderValues(detail: MeetingDetail, itemId: string | null, houseStyle?: HouseStyle): PlaceholderValues {
  const style = houseStyle ?? detail.houseStyle;
  const item = itemId ? detail.agenda.find((candidate) => candidate.id === itemId) : undefined;
  const values: PlaceholderValues = { chair: chairOf(detail, style) };
  if (item?.title.trim()) values.item = item.title.trim();
  if (detail.previousMeeting) values['previous meeting date'] = formatDate(detail.previousMeeting.date, style.dateStyle);
  if (detail.meeting.nextMeetingDate) values['next meeting date'] = formatDate(detail.meeting.nextMeetingDate, style.dateStyle);
  return values;
}

/** A wording ready to insert into an item of the meeting: the resolution's text and parts, or the sentence. */
export function fillPhrase(
  phrase: Pick<Phrase, 'inserts' | 'form' | 'text' | 'parts'>,
  detail: MeetingDetail,
  itemId: string | null,
): FilledPhrase {
  const values = placeholderValues(detail, itemId);
  return {
    inserts: phrase.inserts,
    form: phrase.inserts === 'resolution' ? (phrase.form ?? 'resolved') : null,
    text: fillPlaceholders(phrase.text, values),
    parts: phrase.inserts === 'resolution' ? phrase.parts.map((part) => fillPlaceholders(part, values)) : [],
  };
}

/** The wording as one line, as the picker lists and filters it: "RESOLVED that: 1) … 2) …". */
export function phraseDisplayText(phrase: Pick<Phrase, 'inserts' | 'form' | 'text' | 'parts'>): string {
  if (phrase.inserts === 'sentence') return phrase.text;
  const lead = leadWords[phrase.form ?? 'resolved'];
  const parts = phrase.parts.map((part, index) => `${index + 1}) ${part}`);
  return [lead, phrase.text, ...parts].filter((piece) => piece.trim() !== '').join(' ');
}

/** Why a wording's shape is wrong, or null: a resolution has a lead word; a sentence has neither lead word nor parts. */
export function phraseShapeProblem(phrase: Pick<Phrase, 'inserts' | 'form' | 'parts'>): string | null {
  if (phrase.inserts === 'resolution' && phrase.form === null) return 'Choose RESOLVED or RECOMMENDED for a resolution.';
  if (phrase.inserts === 'sentence' && phrase.form !== null) return 'A plain sentence has no RESOLVED or RECOMMENDED.';
  if (phrase.inserts === 'sentence' && phrase.parts.length > 0) return 'A plain sentence has no numbered parts.';
  return null;
}

// ── The phrase bank file: a committee's wordings as versioned JSON (docs/phrase-bank-file.md) ──
// Version rule, as for the meeting file: a reader refuses a newer version rather than guessing.
// Version 2 adds `hash` (SHA-256 of the canonical JSON without it), so a file damaged in a way that
// still reads as JSON (a flipped bit in a wording) is refused rather than imported changed.
// Version 3 adds `abbreviations`, so a second secretary of the committee types with the same ones;
// versions 1 and 2 are read as having none.

export const phraseBankFileFormat = 'proceedings-phrase-bank';
export const phraseBankFileVersion = 3;
export const phraseBankFileMaxBytes = 8 * 1024 * 1024;

const filePhraseSchema = z
  .object({
    inserts: phraseFields.inserts,
    form: phraseFields.form.default(null),
    text: phraseFields.text,
    parts: phraseFields.parts.default([]),
  })
  .strict()
  .superRefine((phrase, context) => {
    const problem = phraseShapeProblem(phrase);
    if (problem) context.addIssue({ code: 'custom', message: problem, path: ['form'] });
  });

const fileAbbreviationSchema = z.object({ abbreviation: abbreviationFields.abbreviation, expansion: abbreviationFields.expansion }).strict();

export const phraseBankFileSchema = z
  .object({
    format: z.literal(phraseBankFileFormat),
    version: z.union([z.literal(1), z.literal(2), z.literal(phraseBankFileVersion)]),
    /** Version 2: SHA-256 (hex) of the file's canonical JSON without this field. */
    hash: z.string().regex(/^[0-9a-f]{64}$/, 'The hash is not a SHA-256 in hexadecimal.').optional(),
    exportedAt: z.string().max(40).optional(),
    /** The committee it came from, for the reader's information; importing never depends on it. */
    committee: z.string().max(200).optional(),
    phrases: z.array(filePhraseSchema).max(1_000, 'A phrase bank holds at most 1,000 wordings.'),
    /** Version 3: the committee's abbreviations. */
    abbreviations: z
      .array(fileAbbreviationSchema)
      .max(abbreviationLimits.perCommittee, `A phrase bank holds at most ${abbreviationLimits.perCommittee.toLocaleString('en-GB')} abbreviations.`)
      .optional(),
  })
  .strict()
  .refine((file) => file.version === 1 || file.hash !== undefined, { message: 'A phrase bank of version 2 or later carries its hash.', path: ['hash'] })
  .refine((file) => file.version === phraseBankFileVersion || file.abbreviations === undefined, {
    message: `Abbreviations came with version ${phraseBankFileVersion} of the phrase bank.`,
    path: ['abbreviations'],
  })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    for (const [index, entry] of (file.abbreviations ?? []).entries()) {
      const key = abbreviationKey(entry.abbreviation.trim());
      if (seen.has(key)) context.addIssue({ code: 'custom', message: `“${entry.abbreviation}” is in the file twice.`, path: ['abbreviations', index, 'abbreviation'] });
      seen.add(key);
    }
  });

export type PhraseBankFile = z.output<typeof phraseBankFileSchema>;

export function phraseBankFileFrom(
  committeeName: string,
  phrases: Pick<Phrase, 'inserts' | 'form' | 'text' | 'parts'>[],
  exportedAt: string,
  sha256: Sha256,
  abbreviations: readonly Pick<Abbreviation, 'abbreviation' | 'expansion'>[] = [],
): PhraseBankFile {
  const content: Omit<PhraseBankFile, 'hash'> = {
    format: phraseBankFileFormat,
    version: phraseBankFileVersion,
    exportedAt,
    committee: committeeName,
    phrases: phrases.map(({ inserts, form, text, parts }) => ({ inserts, form, text, parts })),
    abbreviations: abbreviations.map(({ abbreviation, expansion }) => ({ abbreviation, expansion })),
  };
  const { format, version, ...rest } = content;
  return { format, version, hash: contentHash(content, sha256), ...rest };
}

export type ParsedPhraseBankFile = { ok: true; file: PhraseBankFile } | { ok: false; message: string };

/** Reads a phrase bank file's text; a refusal names the field at fault: "phrases[3].text: …". */
export function parsePhraseBankFile(text: string, sha256: Sha256): ParsedPhraseBankFile {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch {
    return { ok: false, message: 'This is not a phrase bank file: it is not valid JSON.' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== phraseBankFileFormat) {
    return { ok: false, message: 'This is not a Proceedings phrase bank file.' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > phraseBankFileVersion) {
    return {
      ok: false,
      message: `This phrase bank was saved by a newer version of Proceedings (format version ${version}; this version reads version ${phraseBankFileVersion}). Please update Proceedings.`,
    };
  }
  const parsed = phraseBankFileSchema.safeParse(json);
  if (parsed.success) {
    if (parsed.data.version === 1 || contentHash(parsed.data, sha256) === parsed.data.hash) return { ok: true, file: parsed.data };
    return { ok: false, message: 'The file has been changed or damaged since Proceedings wrote it: its content does not match its hash.' };
  }
  const issue = parsed.error.issues[0]!;
  const path = issue.path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
  return { ok: false, message: `${path ? `${path}: ` : ''}${issue.message}` };
}
