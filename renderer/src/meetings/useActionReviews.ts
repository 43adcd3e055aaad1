import { useCallback, useMemo } from 'react';
import type { ActionReview } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import type { MeetingStateAccess } from './meeting-state.ts';

export type ActionReviewFields = Pick<ActionReview, 'status' | 'note'>;

const reviewKey = (reviewId: string) => `action-review:${reviewId}`;

/** The previous meetings' actions as reviewed under Matters arising, changed on screen and saved. */
export function useActionReviews({ queue, set, latest, structureKey }: MeetingStateAccess) {
  const replaceReview = useCallback(
    (reviewId: string, update: (review: ActionReview) => ActionReview) =>
      set((detail) => ({
        ...detail,
        actionReviews: detail.actionReviews.map((candidate) => (candidate.id === reviewId ? update(candidate) : candidate)),
      })),
    [set],
  );

  /**
   * Progress and sentence go together in one call, so the newest of each is what is saved whichever
   * was changed last; a choice of status goes at once, typing after the usual pause.
   */
  const saveActionReview = useCallback(
    (review: ActionReview, changes: Partial<ActionReviewFields>, delayMs?: number) => {
      const current = latest()?.actionReviews.find((candidate) => candidate.id === review.id) ?? review;
      const next = { ...current, ...changes };
      replaceReview(review.id, (candidate) => ({ ...candidate, ...changes }));
      const { status, note } = next;
      queue.schedule(
        reviewKey(review.id),
        async () => {
          // The Matters arising item may have been added in this session.
          await queue.whenSaved(structureKey);
          return api.updateActionReview({ reviewId: review.id, status, note });
        },
        delayMs,
      );
    },
    [latest, queue, replaceReview, structureKey],
  );

  /**
   * Brings in the committee's outstanding actions that this meeting does not review yet (raised
   * since it was created, or a meeting not created as the next one). Returns how many came in.
   */
  const bringForwardActions = useCallback(
    async (meetingId: string): Promise<number> => {
      await queue.whenSaved(structureKey);
      const reviews = await api.carryForwardActions({ meetingId });
      const shown = new Set((latest()?.actionReviews ?? []).map((review) => review.id));
      set((detail) => {
        // Reviews already on screen keep what the secretary has typed and not yet saved.
        const known = new Map(detail.actionReviews.map((review) => [review.id, review]));
        return { ...detail, actionReviews: reviews.map((review) => known.get(review.id) ?? review) };
      });
      return reviews.filter((review) => !shown.has(review.id)).length;
    },
    [latest, queue, set, structureKey],
  );

  /** Sends a review's waiting sentence now: leaving the field saves it at once. */
  const flushActionReview = useCallback((reviewId: string) => queue.flush(reviewKey(reviewId)), [queue]);

  return useMemo(() => ({ saveActionReview, bringForwardActions, flushActionReview }), [saveActionReview, bringForwardActions, flushActionReview]);
}
