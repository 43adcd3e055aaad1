import { useEffect, useState, type ReactNode } from 'react';
import type { OpenedReview } from '../../../shared/api.ts';
import { reviewDecisionLabels, type ReviewDecisionKind } from '../../../shared/review.ts';
import { Layout, type Crumb } from '../app/Layout.tsx';
import { ShortcutsDialog } from '../shortcuts/ShortcutsDialog.tsx';
import { DecisionDialog } from './DecisionDialog.tsx';
import { ReviewWorkspace } from './ReviewWorkspace.tsx';
import { when } from './state-words.ts';
import { useReviewResponse } from './useReviewResponse.ts';

type Props = {
  opened: OpenedReview;
  crumbs: Crumb[];
  /** What is said under the top bar before a decision: who sent it, where the response is saved. */
  intro: ReactNode;
  /** What is said once the chairman has decided: where the response goes next. */
  afterDecision: (decision: { kind: ReviewDecisionKind }) => ReactNode;
  /** Called once a decision is saved (review mode records it at once). */
  onDecided?: () => Promise<void> | void;
  extraActions?: ReactNode;
};

/**
 * The chairman's tools over one review, wherever it is held (a review file on the chairman's
 * laptop, or review mode on the secretary's): the name, comments, proposed wording, and the decision.
 */
export function ReviewDesk({ opened, crumbs, intro, afterDecision, onDecided, extraActions }: Props) {
  const response = useReviewResponse(opened);
  const [deciding, setDeciding] = useState<ReviewDecisionKind | null>(null);
  const [isShortcutsOpen, setShortcutsOpen] = useState(false);
  const suggestionCount = response.comments.filter((comment) => comment.suggestion !== null).length;
  const isDecided = response.decision !== null;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F1') return;
      event.preventDefault();
      setShortcutsOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const actions = (
    <>
      {extraActions}
      {!isDecided && (
        <>
          <button type="button" onClick={() => setDeciding('return')}>
            {reviewDecisionLabels.return}…
          </button>
          <button type="button" className="primary" onClick={() => setDeciding('approve')}>
            {reviewDecisionLabels.approve}…
          </button>
        </>
      )}
      <button type="button" className="icon" aria-label="Keyboard shortcuts" onClick={() => setShortcutsOpen(true)} title="Keyboard shortcuts (F1)">
        ?
      </button>
    </>
  );

  return (
    <Layout className="layout--review" crumbs={crumbs} actions={actions} hasSearch={false}>
      <div className={`review-banner${isDecided ? ' review-decided' : ''}`} role="region" aria-label="About this review">
        {isDecided ? (
          <>
            <p role="status">
              <strong>{response.decision!.kind === 'approve' ? 'Approved' : 'Returned with comments'}</strong> by {response.decision!.by} on {when(response.decision!.at)}.{' '}
              {afterDecision(response.decision!)}
            </p>
            <div className="dialog-actions">
              <button type="button" onClick={() => void response.decide(null)}>
                Change my decision
              </button>
            </div>
          </>
        ) : (
          <>
            <div className="review-intro">{intro}</div>
            <label className="reviewer-name">
              Reviewing as
              <input value={response.reviewer} onChange={(event) => response.setReviewer(event.target.value)} placeholder="Your name" maxLength={200} required />
            </label>
          </>
        )}
      </div>
      {!response.hasName && !isDecided && (
        <p role="alert" className="review-name-needed">
          Give your name (“Reviewing as”) so your comments can be saved and the secretary knows who made them.
        </p>
      )}
      <ReviewWorkspace
        minutes={opened.minutes}
        comments={response.comments}
        onAdd={response.addComment}
        onRemove={response.removeComment}
        canEdit={!isDecided}
      />
      {deciding && (
        <DecisionDialog
          kind={deciding}
          reviewer={response.reviewer}
          commentCount={response.comments.length}
          suggestionCount={suggestionCount}
          onNameChange={response.setReviewer}
          onDecide={async (decision) => {
            await response.decide(decision);
            await onDecided?.();
          }}
          onClose={() => setDeciding(null)}
        />
      )}
      <ShortcutsDialog isOpen={isShortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </Layout>
  );
}
