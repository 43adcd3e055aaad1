import { safeFileName } from './files.ts';

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
