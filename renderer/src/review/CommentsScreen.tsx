import { useCallback, useMemo, useState } from 'react';
import type { ResponseImport, SuggestionsResolved } from '../../../shared/api.ts';
import { composeMinutes } from '../../../shared/compose/index.ts';
import type { MinutesDocument } from '../../../shared/compose/model.ts';
import type { ReviewCommentRecord } from '../../../shared/review.ts';
import { api, describeError } from '../api.ts';
import { ErrorMessage, Layout } from '../app/Layout.tsx';
import { longDate } from '../app/format.ts';
import { hrefFor } from '../app/route.ts';
import { useLoad } from '../app/useLoad.ts';
import { useWindowTitle } from '../app/window-title.ts';
import { takeLastImport } from './open-review.ts';
import { anchorItemId } from './review-notes.ts';
import { ReviewWorkspace } from './ReviewWorkspace.tsx';
import { stateBadgeLabels, stateSentence, when } from './state-words.ts';

/** Where a comment belongs in today's draft: where its passage is now, else the minute it was about. */
function placedItem(comment: ReviewCommentRecord): string | null {
  const { placement } = comment;
  if (placement.status === 'in-place' || placement.status === 'moved') return placement.itemId;
  if (placement.status === 'item-removed') return null;
  return anchorItemId(comment.anchor);
}

function placementNote(comment: ReviewCommentRecord, minutes: MinutesDocument): string | null {
  const { placement } = comment;
  if (placement.status === 'moved') {
    const item = minutes.items.find((candidate) => candidate.itemId === placement.itemId);
    return `The words the chairman commented on have moved since version ${comment.version}${item ? `: they are now in minute ${item.number}` : ''}.`;
  }
  if (placement.status === 'gone') return `The words the chairman commented on are no longer in the draft (they were in version ${comment.version}).`;
  if (placement.status === 'item-removed') return `The minute this is about is no longer in the draft (it was in version ${comment.version}).`;
  return null;
}

const outcomeWords: Record<ReviewCommentRecord['outcome'], string> = {
  comment: '',
  pending: 'Waiting for your decision',
  accepted: 'Accepted',
  declined: 'Declined',
};

/**
 * Back on the secretary's machine: the chairman's comments beside their minutes in today's
 * draft; each proposed wording accepted (applied to the draft, as a new version) or declined, one
 * by one or all together.
 */
export function CommentsScreen({ meetingId }: { meetingId: string }) {
  const meeting = useLoad(() => api.getMeeting({ meetingId }), [meetingId]);
  const comments = useLoad(() => api.listReviewComments({ meetingId }), [meetingId]);
  const [imported] = useState<ResponseImport | null>(() => takeLastImport(meetingId));
  const [outcome, setOutcome] = useState<{ message: string; isError: boolean } | null>(null);
  const [isWorking, setWorking] = useState(false);
  const detail = meeting.state.status === 'ready' ? meeting.state.value : null;
  const minutes = useMemo(() => (detail ? composeMinutes(detail, { mode: 'full' }) : null), [detail]);
  const records = comments.state.status === 'ready' ? comments.state.value : [];
  const pending = records.filter((comment) => comment.outcome === 'pending');
  const heading = detail ? detail.meeting.title || `Meeting of ${longDate(detail.meeting.date)}` : 'Meeting';
  useWindowTitle({ place: detail ? `Chairman’s comments: ${detail.committee.name} — ${heading}` : null, state: detail ? stateBadgeLabels[detail.minutes.state] : null });

  const resolve = useCallback(
    async (chosen: ReviewCommentRecord[], decision: 'accept' | 'decline') => {
      setWorking(true);
      setOutcome(null);
      try {
        const result = await api.resolveSuggestions({ meetingId, commentIds: chosen.map((comment) => comment.id), decision });
        setOutcome(describeResolution(result, decision));
        meeting.reload();
        comments.reload();
      } catch (failure) {
        setOutcome({ message: describeError(failure).message, isError: true });
      } finally {
        setWorking(false);
      }
    },
    [comments, meeting, meetingId],
  );

  const failed = meeting.state.status === 'failed' ? meeting.state.message : comments.state.status === 'failed' ? comments.state.message : null;
  return (
    <Layout
      className="layout--review"
      crumbs={[
        { label: 'Committees', href: hrefFor({ screen: 'home' }) },
        ...(detail ? [{ label: detail.committee.name, href: hrefFor({ screen: 'committee', committeeId: detail.committee.id, tab: 'meetings' }) }] : []),
        { label: heading, href: hrefFor({ screen: 'meeting', meetingId }) },
        { label: 'Chairman’s comments' },
      ]}
      actions={
        <>
          {detail?.minutes.sent && (
            <a className="button-link" href={hrefFor({ screen: 'meeting-versions', meetingId, compare: { from: 'sent', to: 'current' } })}>
              What changed since the chairman saw it
            </a>
          )}
          <a className="button-link" href={hrefFor({ screen: 'meeting', meetingId })}>
            Back to the live form
          </a>
        </>
      }
    >
      {failed && <ErrorMessage message={failed} />}
      {detail && minutes && comments.state.status === 'ready' && (
        <>
          <div className={`review-banner${detail.minutes.isReadOnly ? ' review-decided' : ''}`} role="region" aria-label="About the response">
            <p role="status">
              <strong>{stateSentence(detail.minutes)}</strong>
              {imported && ` ${importSentence(imported)}`}
            </p>
          </div>
          {outcome && (
            <p role={outcome.isError ? 'alert' : 'status'} className={outcome.isError ? 'error-message review-outcome' : 'review-outcome'}>
              {outcome.message}
            </p>
          )}
          <ReviewWorkspace
            minutes={minutes}
            comments={records}
            canEdit={false}
            itemOf={placedItem}
            initialItemId={firstCommentedItem(records, minutes)}
            emptyText="No comments have been brought back for this meeting."
            listHeader={
              pending.length > 0 && (
                <div className="note-tools review-bulk">
                  <span>
                    {pending.length} proposed {pending.length === 1 ? 'change' : 'changes'} to decide:
                  </span>
                  <button type="button" onClick={() => void resolve(pending, 'accept')} disabled={isWorking}>
                    Accept all
                  </button>
                  <button type="button" onClick={() => void resolve(pending, 'decline')} disabled={isWorking}>
                    Decline all
                  </button>
                </div>
              )
            }
            renderDetails={(comment) => {
              const note = placementNote(comment, minutes);
              return (
                <>
                  <p className="note-meta">
                    {comment.reviewer}, on version {comment.version}
                    {comment.outcome !== 'comment' && (
                      <>
                        {' · '}
                        <strong>{outcomeWords[comment.outcome]}</strong>
                        {comment.resolvedInVersion !== null && ` (version ${comment.resolvedInVersion})`}
                      </>
                    )}
                  </p>
                  {note && <p className="note-placement">{note}</p>}
                </>
              );
            }}
            renderTools={(comment, label) =>
              comment.outcome === 'pending' && (
                <>
                  <button type="button" onClick={() => void resolve([comment], 'accept')} disabled={isWorking} aria-label={`Accept ${label.toLowerCase()}`}>
                    Accept
                  </button>
                  <button type="button" onClick={() => void resolve([comment], 'decline')} disabled={isWorking} aria-label={`Decline ${label.toLowerCase()}`}>
                    Decline
                  </button>
                </>
              )
            }
          />
        </>
      )}
    </Layout>
  );
}

/** Where the secretary starts reading: the first minute with a decision waiting, else with any comment. */
function firstCommentedItem(records: ReviewCommentRecord[], minutes: MinutesDocument): string | null {
  const order = minutes.items.map((item) => item.itemId);
  const placed = (wanted: (comment: ReviewCommentRecord) => boolean) =>
    order.find((itemId) => records.some((comment) => wanted(comment) && placedItem(comment) === itemId)) ?? null;
  return placed((comment) => comment.outcome === 'pending') ?? placed(() => true);
}

function importSentence(imported: ResponseImport): string {
  if (imported.isAlreadyImported) return `This response from ${imported.reviewer} had been imported before: nothing was changed.`;
  const decision = imported.decision
    ? `${imported.decision.kind === 'approve' ? 'Approved' : 'Returned'} by ${imported.decision.by} on ${when(imported.decision.at)}. `
    : '';
  const counts = `${imported.addedComments} ${imported.addedComments === 1 ? 'comment' : 'comments'} brought back from ${imported.reviewer}.`;
  const changed =
    imported.isDraftChangedSinceSent && (imported.moved.length || imported.gone.length)
      ? ` The draft has changed since it was sent: ${imported.moved.length} ${imported.moved.length === 1 ? 'passage has' : 'passages have'} moved and ${imported.gone.length} ${imported.gone.length === 1 ? 'is' : 'are'} no longer there (each is marked below).`
      : '';
  return `${decision}${counts}${changed}`;
}

function describeResolution(result: SuggestionsResolved, decision: 'accept' | 'decline'): { message: string; isError: boolean } {
  const done = result.results.filter((entry) => entry.outcome !== 'not-applied');
  const refused = result.results.filter((entry) => entry.outcome === 'not-applied');
  const parts: string[] = [];
  if (done.length) {
    parts.push(
      decision === 'accept'
        ? `${done.length} ${done.length === 1 ? 'change' : 'changes'} applied to the draft${result.version ? ` (version ${result.version.version})` : ''}.`
        : `${done.length} ${done.length === 1 ? 'change' : 'changes'} declined.`,
    );
  }
  for (const entry of refused) parts.push(entry.message);
  return { message: parts.join(' '), isError: refused.length > 0 && done.length === 0 };
}
