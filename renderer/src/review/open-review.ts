import { useSyncExternalStore } from 'react';
import type { OpenedReview, ResponseImport } from '../../../shared/api.ts';
import { api } from '../api.ts';
import { navigate } from '../app/route.ts';

// The review open on this screen. The main process holds it by a handle for as long as the app
// runs; the screen keeps what it was given, so the review screen can show it after the address
// changes. A reload forgets it: opening the file again resumes the response saved beside it.

let current: OpenedReview | null = null;
const listeners = new Set<() => void>();

export function setOpenedReview(review: OpenedReview | null): void {
  current = review;
  for (const listener of listeners) listener();
}

export function useOpenedReview(): OpenedReview | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** File → Open review…: choose the review file, open it and show it. False when cancelled. */
export async function chooseAndOpenReview(): Promise<boolean> {
  const chosen = await api.chooseFile({ purpose: 'review-open', suggestedName: '' });
  if ('cancelled' in chosen) return false;
  await openReviewFile(chosen.grantId);
  return true;
}

export async function openReviewFile(grantId: string): Promise<void> {
  const opened = await api.openReview({ source: grantId });
  if (current && current.reviewId !== opened.reviewId) void api.closeReview({ reviewId: current.reviewId }).catch(() => {});
  setOpenedReview(opened);
  navigate({ screen: 'review' });
}

/** The chairman's response brought back: imported, then its comments shown beside their minutes. */
export async function importResponseFile(grantId: string): Promise<ResponseImport> {
  const imported = await api.importReviewResponse({ source: grantId });
  lastImport = imported;
  navigate({ screen: 'meeting-comments', meetingId: imported.meetingId });
  return imported;
}

/** File → Import response…: choose the response file and import it. Null when cancelled. */
export async function chooseAndImportResponse(): Promise<ResponseImport | null> {
  const chosen = await api.chooseFile({ purpose: 'response-open', suggestedName: '' });
  if ('cancelled' in chosen) return null;
  return importResponseFile(chosen.grantId);
}

let lastImport: ResponseImport | null = null;

/** What the last import said (already imported, passages moved), for the comments screen to tell once. */
export function takeLastImport(meetingId: string): ResponseImport | null {
  if (lastImport?.meetingId !== meetingId) return null;
  const found = lastImport;
  lastImport = null;
  return found;
}

/** A file the system handed the app (double-click, or the preview's --open): a review opens, a response imports. */
export async function openHandedFile(): Promise<void> {
  const handed = await api.takeOpenedFile({});
  if (!handed) return;
  if (handed.purpose === 'review-open') await openReviewFile(handed.grantId);
  else await importResponseFile(handed.grantId);
}
