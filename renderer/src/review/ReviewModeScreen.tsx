import { useState } from 'react';
import { api, describeError } from '../api.ts';
import { ErrorMessage, Layout } from '../app/Layout.tsx';
import { longDate } from '../app/format.ts';
import { hrefFor, navigate } from '../app/route.ts';
import { useLoad } from '../app/useLoad.ts';
import { useWindowTitle } from '../app/window-title.ts';
import { setOpenedReview, useOpenedReview } from './open-review.ts';
import { ReviewDesk } from './ReviewDesk.tsx';
import { likelyReviewer } from './useReviewResponse.ts';

/** Starts review mode for the chairman beside the secretary, and shows it. */
export async function startReviewHere(meetingId: string, reviewer: string): Promise<void> {
  const opened = await api.startReviewHere({ meetingId, reviewer });
  setOpenedReview(opened);
  navigate({ screen: 'meeting-review', meetingId });
}

/**
 * Review mode: the chairman sitting beside the secretary comments, proposes wording and decides
 * on this computer, with the same tools as on the chairman's own laptop; deciding records the
 * response here exactly as importing the chairman's response file would.
 */
export function ReviewModeScreen({ meetingId }: { meetingId: string }) {
  const opened = useOpenedReview();
  const isThisMeeting = opened?.review.meetingId === meetingId;
  const name = opened ? opened.review.meetingTitle || `Meeting of ${longDate(opened.review.meetingDate)}` : 'Meeting';
  useWindowTitle({ place: isThisMeeting ? `Review with the chairman: ${opened!.review.committeeName} — ${name}` : 'Review with the chairman' });
  if (!opened || !isThisMeeting) return <StartReviewMode meetingId={meetingId} />;
  const crumbs = [
    { label: 'Committees', href: hrefFor({ screen: 'home' }) },
    { label: opened.detail.committee.name, href: hrefFor({ screen: 'committee', committeeId: opened.detail.committee.id, tab: 'meetings' }) },
    { label: name, href: hrefFor({ screen: 'meeting', meetingId }) },
    { label: 'Review with the chairman' },
  ];
  return (
    <ReviewDesk
      key={opened.reviewId}
      opened={opened}
      crumbs={crumbs}
      extraActions={
        <a className="button-link" href={hrefFor({ screen: 'meeting', meetingId })}>
          Back to the live form
        </a>
      }
      intro={
        <p>
          <strong>Review mode</strong> — for the chairman beside you: comments, proposed wording and the decision are saved as you go and recorded with the
          meeting, as a response file would be.
        </p>
      }
      afterDecision={() => 'It has been recorded with the meeting.'}
      onDecided={async () => {
        await api.finishReviewHere({ reviewId: opened.reviewId });
        setOpenedReview(null);
        navigate({ screen: 'meeting-comments', meetingId });
      }}
    />
  );
}

function StartReviewMode({ meetingId }: { meetingId: string }) {
  const { state } = useLoad(() => api.getMeeting({ meetingId }), [meetingId]);
  const [reviewer, setReviewer] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const detail = state.status === 'ready' ? state.value : null;
  const name = reviewer ?? (detail ? likelyReviewer(detail) : '');
  return (
    <Layout crumbs={[{ label: 'Committees', href: hrefFor({ screen: 'home' }) }, { label: 'Meeting', href: hrefFor({ screen: 'meeting', meetingId }) }, { label: 'Review with the chairman' }]}>
      <form
        className="page form-grid"
        onSubmit={async (event) => {
          event.preventDefault();
          setError(null);
          try {
            await startReviewHere(meetingId, name.trim());
          } catch (failure) {
            setError(describeError(failure).message);
          }
        }}
      >
        <h1>Review with the chairman here</h1>
        <label>
          The chairman’s name
          <input value={name} onChange={(event) => setReviewer(event.target.value)} required maxLength={200} />
        </label>
        {state.status === 'failed' && <ErrorMessage message={state.message} />}
        {error && <ErrorMessage message={error} />}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={!name.trim()}>
            Start the review
          </button>
        </div>
      </form>
    </Layout>
  );
}
