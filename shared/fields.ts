import { z } from 'zod';
import { actionStatuses, isCompletePart2, layouts, referToChoices, resolutionForms } from './domain.ts';
import { interestNatures, minuteNumberingModes, phraseInserts, voteOutcomes } from './domain.ts';
import { abbreviationLimits, controlCharacters, hasLoneSurrogate } from './limits.ts';
import { abbreviationProblem } from './abbreviations.ts';
import { dateStyles } from './wording.ts';

// Field schemas shared by the contract and the meeting file. Messages are written for the
// secretary: they reach the screen as they are.

export const id = z.string().min(1, 'An id is required.').max(64, 'That id is too long.');

export const singleLine = (label: string, max = 300) =>
  z
    .string()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .refine((text) => !/[\r\n]/.test(text), `${label} must be on one line.`)
    .refine((text) => !controlCharacters.test(text), `${label} contains a control character.`)
    .refine((text) => !hasLoneSurrogate(text), `${label} contains a broken character (half of a surrogate pair).`);

export const requiredLine = (label: string, max = 300) =>
  singleLine(label, max).refine((text) => text.trim() !== '', `${label} is required.`);

export const multiLine = (label: string, max = 100_000) =>
  z
    .string()
    .max(max, `${label} is too long (at most ${max.toLocaleString('en-GB')} characters).`)
    .refine((text) => !controlCharacters.test(text), `${label} contains a control character.`)
    .refine((text) => !hasLoneSurrogate(text), `${label} contains a broken character (half of a surrogate pair).`);

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD.')
  .refine((text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'That date does not exist.');

export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Times are written HH:MM on the 24-hour clock.');

// ── Minutes: shared by the contract and the meeting file ──

export const houseStyleFields = {
  layout: z.enum(layouts),
  fontFamily: requiredLine('Font', 64),
  fontSize: z
    .number()
    .min(8, 'The font size must be at least 8 points.')
    .max(24, 'The font size must be at most 24 points.')
    .multipleOf(0.5, 'The font size goes in whole or half points.'),
  dateStyle: z.enum(dateStyles),
  referTo: z.enum(referToChoices),
  part2Wording: requiredLine('Part 2 wording', 500),
};

export const part2Schema = z
  .object({
    paragraph: z
      .number()
      .int('The paragraph of Schedule 12A is a whole number.')
      .min(1, 'Schedule 12A has paragraphs 1 to 7.')
      .max(7, 'Schedule 12A has paragraphs 1 to 7.')
      .nullable(),
    reason: singleLine('Part 2 reason', 500),
  })
  .strict()
  .refine(isCompletePart2, 'Give the paragraph of Schedule 12A or a reason.');

/** Keys of generated sentences: "apologies", "declarations", "arrival:<person id>"… */
export const sentenceKey = z
  .string()
  .max(100, 'That sentence key is too long.')
  .regex(/^[a-z-]+(:[A-Za-z0-9._-]+)?$/, 'That is not a generated sentence.');

export const resolutionFields = {
  form: z.enum(resolutionForms),
  text: multiLine('Resolution', 20_000),
  parts: z.array(multiLine('Resolution part', 20_000)).max(50, 'A resolution has at most 50 parts.'),
};

export const actionOwnerSchema = z.union([
  z.object({ memberId: id }).strict(),
  z.object({ attendeeId: id }).strict(),
  z.object({ group: requiredLine('Action owner', 100) }).strict(),
]);

export const actionFields = {
  description: multiLine('Action', 5_000),
  owner: actionOwnerSchema,
  dueDate: isoDate.nullable(),
  status: z.enum(actionStatuses),
  /** Which part of its resolution the action stands beside (0 for "1)"), or null for the whole. */
  resolutionPart: z.number().int('A resolution part is a whole number.').min(0, 'Resolution parts count from 0.').max(49, 'A resolution has at most 50 parts.').nullable(),
};

// ── Phrase bank, declarations, votes, numbering ──

export const phraseFields = {
  inserts: z.enum(phraseInserts),
  form: z.enum(resolutionForms).nullable(),
  text: multiLine('Wording', 5_000).refine((text) => text.trim() !== '', 'Wording is required.'),
  parts: z.array(multiLine('Wording part', 5_000)).max(50, 'A wording has at most 50 parts.'),
};

export const abbreviationFields = {
  abbreviation: singleLine('Abbreviation', abbreviationLimits.abbreviation * 2).superRefine((text, context) => {
    const problem = abbreviationProblem(text);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
  expansion: singleLine('Expansion', abbreviationLimits.expansion).refine((text) => text.trim() !== '', 'Type what the abbreviation stands for.'),
};

export const minuteNumberingSchema = z
  .object({
    mode: z.enum(minuteNumberingModes),
    restartMonth: z
      .number()
      .int('The month numbering starts again is a whole number (5 for May).')
      .min(1, 'Months are numbered 1 (January) to 12 (December).')
      .max(12, 'Months are numbered 1 (January) to 12 (December).'),
    carriedOn: z
      .object({
        year: z.number().int('A year is a whole number.').min(1900, 'That year is too early.').max(2999, 'That year is too late.'),
        number: z.number().int('A minute number is a whole number.').min(1, 'Minutes are numbered from 1.').max(99_999, 'That minute number is too large.'),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

export const declarantSchema = z.union([z.object({ memberId: id }).strict(), z.object({ attendeeId: id }).strict()]);

export const declarationFields = {
  nature: z.enum(interestNatures),
  description: singleLine('Interest', 500),
  leftRoom: z.boolean(),
};

const voteCount = (label: string) =>
  z
    .number()
    .int(`${label} is a whole number.`)
    .min(0, `${label} cannot be negative.`)
    .max(100_000, `${label} is too large.`);

const voterNames = (label: string) =>
  z.array(requiredLine(label, 200)).max(1_000, 'A recorded vote lists at most 1,000 names.');

/**
 * A vote as the secretary records it: any of the outcome, the counts and the names. The handler
 * works out what is missing (the outcome from the counts, the counts from the names) and refuses
 * a vote that contradicts itself.
 */
export const voteInputSchema = z
  .object({
    outcome: z.enum(voteOutcomes).optional(),
    counts: z
      .object({ for: voteCount('Votes for'), against: voteCount('Votes against'), abstentions: voteCount('Abstentions') })
      .strict()
      .optional(),
    recorded: z
      .object({ for: voterNames('Name'), against: voterNames('Name'), abstained: voterNames('Name') })
      .strict()
      .optional(),
  })
  .strict();
