import { useCallback, useRef, useState } from 'react';
import type { OpenedReview } from '../../../shared/api.ts';
import type { MeetingDetail } from '../../../shared/domain.ts';
import type { ReviewComment, ReviewDecision, ReviewDecisionInput } from '../../../shared/review.ts';
import { api } from '../api.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import { newComment, type CommentDraft } from './review-notes.ts';
import { personLabel } from '../../../shared/compose/people.ts';

type Response = { reviewer: string; comments: ReviewComment[]; decision: ReviewDecisionInput | null };

/** Who is most likely reviewing: the meeting's chairman, as the roster or the tick-list names them. */
export function likelyReviewer(detail: MeetingDetail): string {
  const chair = detail.attendance.find((entry) => entry.chairRole === 'chairman') ?? detail.members.find((member) => member.chairRole === 'chairman');
  return chair ? personLabel(chair) : '';
}

/**
 * The chairman's response while it is written: every change is saved at once, whole (the back end
 * rewrites the response file beside the review, or the review-mode draft), through the save queue
 * so the top bar says Saved and a failed save retries. Typing the name waits for a pause.
 */
export function useReviewResponse(opened: OpenedReview) {
  const queue = useSaveQueue();
  const [reviewer, setReviewerState] = useState(opened.response.reviewer || likelyReviewer(opened.detail));
  const [comments, setComments] = useState<ReviewComment[]>(opened.response.comments);
  const [decision, setDecision] = useState<ReviewDecision | null>(opened.response.decision);
  const [savedAt, setSavedAt] = useState<string | null>(opened.response.savedAt);
  const latest = useRef<Response>({ reviewer, comments, decision: opened.response.decision });

  const save = useCallback(
    (change: Partial<Response>, delayMs = 0) => {
      latest.current = { ...latest.current, ...change };
      const response = latest.current;
      // A response is saved with a name; until one is given the comments wait on screen.
      if (!response.reviewer.trim()) return;
      queue.schedule(
        `review:${opened.reviewId}`,
        async () => {
          const saved = await api.saveReviewResponse({ reviewId: opened.reviewId, ...response });
          setSavedAt(saved.savedAt);
          setDecision(saved.decision);
          return saved;
        },
        delayMs,
      );
    },
    [opened.reviewId, queue],
  );

  const setReviewer = useCallback(
    (name: string) => {
      setReviewerState(name);
      save({ reviewer: name }, undefined);
    },
    [save],
  );

  const addComment = useCallback(
    (draft: CommentDraft) => {
      const next = [...latest.current.comments, newComment(draft)];
      setComments(next);
      save({ comments: next });
    },
    [save],
  );

  const removeComment = useCallback(
    (comment: ReviewComment) => {
      const next = latest.current.comments.filter((candidate) => candidate.id !== comment.id);
      setComments(next);
      save({ comments: next });
    },
    [save],
  );

  /**
   * Approve or return (null takes the decision back). Sent directly rather than queued, so the
   * dialog can say it is done, or why not.
   */
  const decide = useCallback(
    async (choice: ReviewDecisionInput | null) => {
      const key = `review:${opened.reviewId}`;
      await queue.flush(key);
      const response = { ...latest.current, decision: choice };
      if (!response.reviewer.trim()) throw new Error('Give your name first: the secretary’s copy records who approved or returned the minutes.');
      const saved = await api.saveReviewResponse({ reviewId: opened.reviewId, ...response });
      latest.current = response;
      setSavedAt(saved.savedAt);
      setDecision(saved.decision);
      return saved;
    },
    [opened.reviewId, queue],
  );

  return { reviewer, setReviewer, comments, addComment, removeComment, decision, decide, savedAt, hasName: reviewer.trim() !== '' };
}
