import { z } from 'zod';
import { contentHash, type Sha256 } from './canonical-json.ts';
import { id } from './fields.ts';
import { safeFileName } from './files.ts';
import { parseJsonText } from './limits.ts';
import { parseMeetingFileJson, type MeetingFile } from './meeting-file.ts';
import { personName, plainText, reviewCommentSchema, reviewDecisionSchema, reviewLimits } from './review.ts';

// The review file (one version of one meeting's minutes, sent to the chairman) and the response
// file (the chairman's comments, suggestions and decision, written beside it). Formats and limits:
// docs/review-files.md.

export const reviewFileFormat = 'proceedings-review';
export const responseFileFormat = 'proceedings-response';
export const reviewFileVersion = 1;
export const responseFileVersion = 1;
export const reviewFileExtension = 'proceedings-review';
export const responseFileExtension = 'proceedings-response';

/** A review holds one meeting's minutes: the meeting file's own ceiling. */
export const reviewFileMaxBytes = 64 * 1024 * 1024;
/** 2,000 comments of 5,000 characters with 20,000-character suggestions stay well under it. */
export const responseFileMaxBytes = 8 * 1024 * 1024;

/** "Safer Bromley Partnership 2021-03-25 v2.proceedings-review". */
export function reviewFileName(committeeName: string, meetingDate: string, version: number): string {
  return safeFileName(`${committeeName} ${meetingDate} v${version}`, reviewFileExtension);
}

/** The response's name beside its review: the same name with the response extension. */
export function responseFileNameFor(reviewFileName: string): string {
  const base = reviewFileName.toLowerCase().endsWith(`.${reviewFileExtension}`)
    ? reviewFileName.slice(0, -(reviewFileExtension.length + 1))
    : reviewFileName;
  return `${base}.${responseFileExtension}`;
}

// ── Reading and writing ──

const isoTimestamp = z.iso.datetime({ offset: true, message: 'Times are ISO timestamps.' });
const hashField = z.string().regex(/^[0-9a-f]{64}$/, 'A hash is a SHA-256 in hexadecimal.');

const reviewFileSchema = z
  .object({
    format: z.literal(reviewFileFormat),
    version: z.literal(reviewFileVersion),
    /** Covers what the file says about the minutes (minutes themselves are covered by minutesHash). */
    hash: hashField,
    meetingId: id,
    minutesVersion: z.number().int().min(1),
    minutesHash: hashField,
    sentAt: isoTimestamp,
    sentBy: plainText('The sender’s name', reviewLimits.name, { isSingleLine: true }),
    note: plainText('The note', 2_000),
    /** The version of the minutes, as a version 2 meeting file; checked by parseMeetingFileJson. */
    minutes: z.unknown(),
  })
  .strict();

export type ReviewFile = Omit<z.output<typeof reviewFileSchema>, 'minutes'> & { minutes: MeetingFile };

export const responseFileSchema = z
  .object({
    format: z.literal(responseFileFormat),
    version: z.literal(responseFileVersion),
    hash: hashField,
    responseId: z.uuid('A response id must be a UUID.'),
    meetingId: id,
    minutesVersion: z.number().int().min(1),
    minutesHash: hashField,
    committeeName: plainText('The committee’s name', 200, { isSingleLine: true }),
    meetingDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD.'),
    reviewer: personName('The chairman’s name'),
    startedAt: isoTimestamp,
    savedAt: isoTimestamp,
    comments: z
      .array(reviewCommentSchema)
      .max(reviewLimits.comments, `A response holds at most ${reviewLimits.comments.toLocaleString('en-GB')} comments.`),
    decision: reviewDecisionSchema.nullable(),
  })
  .strict()
  .superRefine((response, context) => {
    const seen = new Set<string>();
    response.comments.forEach((comment, index) => {
      if (seen.has(comment.id)) context.addIssue({ code: 'custom', path: ['comments', index, 'id'], message: 'That comment is in the response twice.' });
      seen.add(comment.id);
    });
  });
export type ResponseFile = z.output<typeof responseFileSchema>;

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads the JSON of a review or response file: a byte order mark is fine, anything else that is not JSON is damage. */
function readJson(text: string, what: string): Parsed<unknown> {
  try {
    return { ok: true, value: parseJsonText(text) };
  } catch {
    return { ok: false, message: `This is not a ${what}: it is not valid JSON (it may be cut short or damaged).` };
  }
}

function checkFormat(json: unknown, format: string, version: number, what: string): string | null {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== format) return `This is not a Proceedings ${what}.`;
  const found = (json as { version?: unknown }).version;
  if (typeof found === 'number' && found > version) {
    return `This ${what} was written by a newer version of Proceedings (format version ${found}; this version reads version ${version}). Please update Proceedings.`;
  }
  if (found !== version) return `This ${what} has a format version Proceedings does not know (${String(found).slice(0, 20)}).`;
  return null;
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
  return `${path ? `${path}: ` : ''}${issue.message}`;
}

/** A review file: its minutes must be undamaged and agree with what the file says they are. */
export function parseReviewFile(text: string, sha256: Sha256): Parsed<ReviewFile> {
  const json = readJson(text, 'review file');
  if (!json.ok) return json;
  const wrongFormat = checkFormat(json.value, reviewFileFormat, reviewFileVersion, 'review file');
  if (wrongFormat) return { ok: false, message: wrongFormat };
  const parsed = reviewFileSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, message: issueText(parsed.error) };
  const minutes = parseMeetingFileJson(parsed.data.minutes, sha256);
  if (!minutes.ok) return { ok: false, message: `The minutes in it are damaged: ${minutes.message}` };
  const file = minutes.file;
  if (file.meeting.id !== parsed.data.meetingId || file.hash !== parsed.data.minutesHash || file.meeting.minutes.version !== parsed.data.minutesVersion) {
    return { ok: false, message: 'The file has been tampered with: the meeting, version and hash it names do not match the minutes inside it.' };
  }
  if (reviewEnvelopeHash(parsed.data, sha256) !== parsed.data.hash) {
    return { ok: false, message: 'The file has been changed or damaged since Proceedings wrote it: its content does not match its hash.' };
  }
  return { ok: true, value: { ...parsed.data, minutes: file } };
}

/** A response file: undamaged (its hash matches its content). Whether it fits a meeting here is the importer's question. */
export function parseResponseFile(text: string, sha256: Sha256): Parsed<ResponseFile> {
  const json = readJson(text, 'response file');
  if (!json.ok) return json;
  const wrongFormat = checkFormat(json.value, responseFileFormat, responseFileVersion, 'response file');
  if (wrongFormat) return { ok: false, message: wrongFormat };
  const parsed = responseFileSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, message: issueText(parsed.error) };
  if (contentHash(parsed.data, sha256) !== parsed.data.hash) {
    return { ok: false, message: 'The file has been changed or damaged since Proceedings wrote it: its content does not match its hash.' };
  }
  return { ok: true, value: parsed.data };
}

// The sender, time and note sit outside the minutes' own hash; without this one a flipped bit in
// them would read as a different, valid file.
function reviewEnvelopeHash(file: Omit<ReviewFile, 'hash' | 'minutes'> & { hash?: string; minutes?: unknown }, sha256: Sha256): string {
  const { hash: _hash, minutes: _minutes, ...envelope } = file;
  return contentHash(envelope, sha256);
}

export function reviewFileFrom(fields: Omit<ReviewFile, 'format' | 'version' | 'hash'>, sha256: Sha256): ReviewFile {
  const envelope = { format: reviewFileFormat, version: reviewFileVersion, ...fields } as const;
  return { format: envelope.format, version: envelope.version, hash: reviewEnvelopeHash(envelope, sha256), ...fields };
}

export function responseFileFrom(fields: Omit<ResponseFile, 'format' | 'version' | 'hash'>, sha256: Sha256): ResponseFile {
  const content = { format: responseFileFormat, version: responseFileVersion, ...fields } as const;
  return { format: content.format, version: content.version, hash: contentHash(content, sha256), ...fields };
}

export const reviewFileText = (file: ReviewFile | ResponseFile) => `${JSON.stringify(file, null, 2)}\n`;
