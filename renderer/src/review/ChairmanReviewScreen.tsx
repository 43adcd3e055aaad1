import { useState } from 'react';
import { formatDate } from '../../../shared/wording.ts';
import { describeError } from '../api.ts';
import { ErrorMessage, Layout } from '../app/Layout.tsx';
import { hrefFor } from '../app/route.ts';
import { useWindowTitle } from '../app/window-title.ts';
import { chooseAndOpenReview, useOpenedReview } from './open-review.ts';
import { ReviewDesk } from './ReviewDesk.tsx';
import { when, who } from './state-words.ts';

/**
 * The chairman's laptop: a review file opened, the minutes as they will print, and the tools to
 * comment, propose wording and approve or return. Nothing is set up first and nothing goes into
 * this computer's own committees: the response is saved as a file beside the review file.
 */
export function ChairmanReviewScreen() {
  const opened = useOpenedReview();
  const review = opened?.review;
  const meetingName = review ? `${review.committeeName} — ${review.meetingTitle || formatDate(review.meetingDate)}` : null;
  useWindowTitle({ place: meetingName ? `Review: ${meetingName}` : 'Review', state: review ? `version ${review.version}` : null });
  if (!opened || !review) return <NoReviewOpen />;
  const responseFile = opened.responseFileName;
  return (
    <ReviewDesk
      key={opened.reviewId}
      opened={opened}
      crumbs={[{ label: 'Proceedings', href: hrefFor({ screen: 'home' }) }, { label: `Review: ${meetingName} (version ${review.version})` }]}
      extraActions={
        <button type="button" onClick={() => void chooseAndOpenReview()}>
          Open another review…
        </button>
      }
      intro={
        <>
          <p>
            Sent by {who(review.sentBy)} on {when(review.sentAt)}
            {review.note && (
              <>
                : <q className="review-note">{review.note}</q>
              </>
            )}
          </p>
          <p className="hint">
            {opened.isResumed ? 'Carrying on where you left off. ' : ''}
            {responseFile ? `Everything you write is saved as you go, in “${responseFile}” beside the review file.` : 'Everything you write is saved as you go.'}
          </p>
        </>
      }
      afterDecision={() =>
        responseFile ? (
          <>
            Your response is saved in <strong>“{responseFile}”</strong>, beside the review file: send that file back to {who(review.sentBy)}.
          </>
        ) : (
          'Your response is saved.'
        )
      }
    />
  );
}

function NoReviewOpen() {
  const [error, setError] = useState<string | null>(null);
  const open = async () => {
    setError(null);
    try {
      await chooseAndOpenReview();
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };
  return (
    <Layout crumbs={[{ label: 'Proceedings', href: hrefFor({ screen: 'home' }) }, { label: 'Review' }]} hasSearch={false}>
      <div className="page">
        <h1>Review minutes</h1>
        <p>No review is open. Open the review file your secretary sent (it ends in “.proceedings-review”); your comments so far are found beside it.</p>
        <button type="button" className="primary" onClick={open}>
          Open review…
        </button>
        {error && <ErrorMessage message={error} />}
      </div>
    </Layout>
  );
}
