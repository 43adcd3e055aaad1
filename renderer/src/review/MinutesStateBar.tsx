import { useEffect, useState } from 'react';
import type { MeetingDetail } from '../../../shared/domain.ts';
import type { MinutesStatus } from '../../../shared/minutes-state.ts';
import { reviewFileName } from '../../../shared/review-file.ts';
import { formatDate } from '../../../shared/wording.ts';
import { api, describeError } from '../api.ts';
import { hrefFor } from '../app/route.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import { ModalDialog } from './ModalDialog.tsx';
import { chooseAndImportResponse } from './open-review.ts';
import { readOnlyReason, stateBadgeLabels, stateSentence } from './state-words.ts';
import { likelyReviewer } from './useReviewResponse.ts';

import './review.css';

export const readOnlyReasonId = 'minutes-read-only-reason';

type Move = 'send' | 'approve' | 'new-draft' | null;

/**
 * The minutes' state under the live form's top bar, and the moves from here: send to the
 * chairman, review with the chairman here, mark approved, bring a response back, start a new
 * draft; the versions and what changed since the chairman saw them.
 */
export function MinutesStateBar({ detail, onStatus }: { detail: MeetingDetail; onStatus: (status: MinutesStatus) => void }) {
  const { minutes: status, meeting, committee } = detail;
  const queue = useSaveQueue();
  const [move, setMove] = useState<Move>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const meetingId = meeting.id;
  const isOpenForReview = status.state === 'draft' || status.state === 'returned' || status.state === 'with-chairman';
  useEffect(
    () =>
      api.on('menu-command', (command) => {
        if (command === 'send-to-chairman' && isOpenForReview) setMove('send');
      }),
    [isOpenForReview],
  );

  const importResponse = async () => {
    setMessage(null);
    try {
      await queue.flush();
      await chooseAndImportResponse();
    } catch (failure) {
      setMessage({ text: `The response was not imported: ${describeError(failure).message}`, isError: true });
    }
  };

  return (
    <div className={`minutes-state-bar state--${status.state}`} role="region" aria-label="State of the minutes">
      <span className={`badge badge--${status.state}`}>{stateBadgeLabels[status.state]}</span>
      <p className="minutes-state-sentence">
        {stateSentence(status)}
        {status.isReadOnly && (
          <span id={readOnlyReasonId} className="read-only-reason">
            {' '}
            {readOnlyReason(status)}
          </span>
        )}
      </p>
      {message && (
        <p role={message.isError ? 'alert' : 'status'} className={message.isError ? 'error-message' : 'minutes-state-message'}>
          {message.text}
        </p>
      )}
      <div className="minutes-state-moves">
        {isOpenForReview && (
          <>
            <button type="button" className={status.state === 'draft' ? 'primary' : undefined} onClick={() => setMove('send')}>
              Send to the chairman…
            </button>
            <a className="button-link" href={hrefFor({ screen: 'meeting-review', meetingId })} onClick={() => void queue.flush()}>
              Review with the chairman here
            </a>
          </>
        )}
        {(status.state === 'with-chairman' || status.state === 'returned') && (
          <button type="button" className={status.state === 'with-chairman' ? 'primary' : undefined} onClick={() => void importResponse()}>
            Import response…
          </button>
        )}
        {isOpenForReview && (
          <button type="button" onClick={() => setMove('approve')}>
            Mark approved…
          </button>
        )}
        {status.comments > 0 && (
          <a className="button-link" href={hrefFor({ screen: 'meeting-comments', meetingId })}>
            Chairman’s comments ({status.comments}){status.pendingSuggestions > 0 && `, ${status.pendingSuggestions} to decide`}
          </a>
        )}
        {status.sent && (
          <a className="button-link" href={hrefFor({ screen: 'meeting-versions', meetingId, compare: { from: 'sent', to: 'current' } })}>
            What changed since the chairman saw it
          </a>
        )}
        {(status.isReadOnly || status.state === 'with-chairman' || status.state === 'returned') && (
          <button type="button" className={status.isReadOnly ? 'primary' : undefined} onClick={() => setMove('new-draft')}>
            Start a new draft…
          </button>
        )}
        <a className="button-link" href={hrefFor({ screen: 'meeting-versions', meetingId })}>
          Versions
        </a>
      </div>
      {detail.confirmOffer && !status.isReadOnly && <ConfirmOfferButton detail={detail} onDone={(text) => setMessage({ text, isError: false })} />}
      {move === 'send' && (
        <SendDialog
          detail={detail}
          onClose={() => setMove(null)}
          onSent={(sent, fileName) => {
            onStatus(sent);
            setMessage({ text: `Saved as “${fileName}”. Send this file to the chairman (by email or on a memory stick); the response comes back the same way.`, isError: false });
          }}
        />
      )}
      {move === 'approve' && (
        <MarkApprovedDialog
          detail={detail}
          onClose={() => setMove(null)}
          onApproved={(approved) => {
            onStatus(approved);
            setMessage(null);
          }}
        />
      )}
      {move === 'new-draft' && (
        <NewDraftDialog
          meetingId={meetingId}
          committeeName={committee.name}
          onClose={() => setMove(null)}
          onStarted={(started) => {
            onStatus(started);
            setMessage({ text: `A new draft (version ${started.version}) is open for changes; the earlier versions are kept under Versions.`, isError: false });
          }}
        />
      )}
    </div>
  );
}

function SendDialog({ detail, onClose, onSent }: { detail: MeetingDetail; onClose: () => void; onSent: (status: MinutesStatus, fileName: string) => void }) {
  const queue = useSaveQueue();
  const [note, setNote] = useState('');
  const version = detail.minutes.version + 1;
  return (
    <ModalDialog
      title="Send to the chairman"
      submitLabel="Choose where to save…"
      onClose={onClose}
      lead={
        <p>
          Proceedings writes one review file holding these minutes (version {version}) and nothing else. Send it to the chairman, who opens it in Proceedings
          on their own computer — nothing to set up — comments, and sends back a response file.
          {detail.minutes.state === 'with-chairman' && ' The chairman already has an earlier version; this one replaces it.'}
        </p>
      }
      onSubmit={async () => {
        await queue.flush();
        const chosen = await api.chooseFile({ purpose: 'review-save', suggestedName: reviewFileName(detail.committee.name, detail.meeting.date, version) });
        if ('cancelled' in chosen) throw new Error('No file was chosen, so nothing was sent.');
        const sent = await api.sendToChairman({ meetingId: detail.meeting.id, target: chosen.grantId, note: note.trim() });
        onSent(sent.status, chosen.fileName);
      }}
    >
      <label>
        Note for the chairman (optional)
        <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={3} maxLength={2_000} autoFocus />
      </label>
    </ModalDialog>
  );
}

/** For a chairman who approved by telephone or in person: recorded as review mode would, with no comments. */
function MarkApprovedDialog({ detail, onClose, onApproved }: { detail: MeetingDetail; onClose: () => void; onApproved: (status: MinutesStatus) => void }) {
  const queue = useSaveQueue();
  const [reviewer, setReviewer] = useState(() => likelyReviewer(detail));
  const [message, setMessage] = useState('');
  return (
    <ModalDialog
      title="Mark the minutes approved"
      submitLabel="Mark approved"
      isSubmitDisabled={!reviewer.trim()}
      onClose={onClose}
      lead={<p>For minutes the chairman approved without a review file (in person or by telephone). Approved minutes can no longer be changed, and the Word export no longer says DRAFT.</p>}
      onSubmit={async () => {
        await queue.flush();
        const opened = await api.startReviewHere({ meetingId: detail.meeting.id, reviewer: reviewer.trim() });
        await api.saveReviewResponse({ reviewId: opened.reviewId, reviewer: reviewer.trim(), comments: opened.response.comments, decision: { kind: 'approve', message: message.trim() } });
        const recorded = await api.finishReviewHere({ reviewId: opened.reviewId });
        onApproved(recorded.status);
      }}
    >
      <label>
        Approved by
        <input value={reviewer} onChange={(event) => setReviewer(event.target.value)} required maxLength={200} autoFocus />
      </label>
      <label>
        Note (optional)
        <input value={message} onChange={(event) => setMessage(event.target.value)} maxLength={5_000} placeholder="e.g. Approved by telephone" />
      </label>
    </ModalDialog>
  );
}

function NewDraftDialog({ meetingId, committeeName, onClose, onStarted }: { meetingId: string; committeeName: string; onClose: () => void; onStarted: (status: MinutesStatus) => void }) {
  const [reason, setReason] = useState('');
  return (
    <ModalDialog
      title="Start a new draft"
      submitLabel="Start the new draft"
      isSubmitDisabled={!reason.trim()}
      onClose={onClose}
      lead={
        <p>
          The minutes become a draft again, to be changed and sent to the chairman once more. The version as it stands is kept, and the reason is recorded in the
          history of the {committeeName} minutes.
        </p>
      }
      onSubmit={async () => onStarted(await api.startNewDraft({ meetingId, reason: reason.trim() }))}
    >
      <label>
        Why a new draft?
        <input value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={500} autoFocus placeholder="e.g. Correcting the spelling of a name" />
      </label>
    </ModalDialog>
  );
}

function ConfirmOfferButton({ detail, onDone }: { detail: MeetingDetail; onDone: (text: string) => void }) {
  const offer = detail.confirmOffer!;
  const [error, setError] = useState<string | null>(null);
  const [isDone, setDone] = useState(false);
  if (isDone) return null;
  return (
    <p className="confirm-offer">
      The minutes of {formatDate(offer.previousMeetingDate)} are approved.{' '}
      <button
        type="button"
        onClick={async () => {
          setError(null);
          try {
            await api.confirmMinutes({ meetingId: offer.previousMeetingId, resolutionId: offer.resolutionId });
            setDone(true);
            onDone(`The minutes of ${formatDate(offer.previousMeetingDate)} are recorded as confirmed at this meeting.`);
          } catch (failure) {
            setError(describeError(failure).message);
          }
        }}
      >
        Record confirmation as a correct record
      </button>
      {error && <span className="error-message"> {error}</span>}
    </p>
  );
}
