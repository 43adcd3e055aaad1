import { useState } from 'react';
import { sentenceKeys } from '../../../shared/compose/index.ts';
import { reviewSentence } from '../../../shared/compose/sentences.ts';
import type { ActionReview, ActionStatus, MeetingDetail } from '../../../shared/domain.ts';
import { formatDate } from '../../../shared/wording.ts';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import { describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { MinutesSection, useSectionOpen } from '../item-editor/MinutesSection.tsx';
import { recordOf, useOpenMeeting } from '../meetings/open-meeting.ts';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import './action-log.css';

// The choices in the order a secretary goes through them: most actions are reported done.
const progressChoices: { status: ActionStatus; label: string }[] = [
  { status: 'done', label: 'Done' },
  { status: 'carried-forward', label: 'Carried forward' },
  { status: 'open', label: 'Not yet reported' },
];

/**
 * The reviews minuted on this item: those brought into it, and — on the item the minutes fall back
 * to (Matters arising, else the previous minutes) — those brought in with no item of their own.
 */
export function reviewsOn(detail: MeetingDetail, item: NumberedItem): ActionReview[] {
  const fallback =
    detail.agenda.find((candidate) => candidate.kind === 'matters-arising') ?? detail.agenda.find((candidate) => candidate.kind === 'previous-minutes');
  return detail.actionReviews.filter((review) => review.itemId === item.id || (review.itemId === null && fallback?.id === item.id));
}

/** Under Matters arising: the open actions carried from earlier meetings, each updated here. */
export function ActionReviewsSection({ item, actions }: { item: NumberedItem; actions: MeetingActions }) {
  const detail = useOpenMeeting(item.meetingId);
  if (!detail) return null;
  const reviews = reviewsOn(detail, item);
  if (item.kind !== 'matters-arising' && reviews.length === 0) return null;
  return <Reviews item={item} detail={detail} reviews={reviews} actions={actions} />;
}

type Outcome = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

function Reviews({ item, detail, reviews, actions }: { item: NumberedItem; detail: MeetingDetail; reviews: ActionReview[]; actions: MeetingActions }) {
  const [isOpen, setOpen] = useSectionOpen(item.id, 'action-reviews', actions, reviews.length > 0);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const { dateStyle } = detail.houseStyle;
  const overrides = new Map(recordOf(detail, item.id).sentenceOverrides.map((override) => [override.key, override.text]));

  const bringForward = async () => {
    setOutcome({ kind: 'working' });
    try {
      const added = await actions.bringForwardActions(detail.meeting.id);
      setOpen(true);
      setOutcome({
        kind: 'done',
        message: added === 0 ? 'No other actions are outstanding.' : `Brought forward ${added} outstanding ${added === 1 ? 'action' : 'actions'}.`,
      });
    } catch (error) {
      setOutcome({ kind: 'failed', message: `The outstanding actions could not be brought forward: ${describeError(error).message}` });
    }
  };

  const tools = (
    <button type="button" onClick={() => void bringForward()} aria-disabled={outcome.kind === 'working'}>
      Bring forward outstanding actions
    </button>
  );

  return (
    <MinutesSection title="Actions from earlier meetings" count={reviews.length} isOpen={isOpen} onToggle={setOpen} tools={tools} className="action-reviews">
      {reviews.length > 0 ? (
        <ol className="review-list" aria-label="Actions from earlier meetings">
          {reviews.map((review, index) => (
            <ReviewRow
              key={review.id}
              review={review}
              number={index + 1}
              dateStyle={dateStyle}
              override={overrides.get(sentenceKeys.actionReview(review.id))}
              actions={actions}
            />
          ))}
        </ol>
      ) : (
        <p className="hint">
          No actions from earlier meetings are waiting here. Creating the next meeting brings the open ones in; so does “Bring forward outstanding
          actions”.
        </p>
      )}
      <div role="status" className="review-outcome">
        {outcome.kind === 'done' && outcome.message}
      </div>
      {outcome.kind === 'failed' && <ErrorMessage message={outcome.message} />}
    </MinutesSection>
  );
}

function ReviewRow({
  review,
  number,
  dateStyle,
  override,
  actions,
}: {
  review: ActionReview;
  number: number;
  dateStyle: MeetingDetail['houseStyle']['dateStyle'];
  /** The secretary's own wording of the sentence, set among the item's generated sentences. */
  override: string | undefined;
  actions: MeetingActions;
}) {
  const name = `earlier action ${number}`;
  const { action, origin } = review;
  const owner = review.ownerName && review.ownerLabel && review.ownerLabel !== review.ownerName ? `${review.ownerName} (${review.ownerLabel})` : review.ownerName || review.ownerLabel;
  return (
    <li className={`review-row status-${review.status}`} aria-label={`Earlier action ${number}`}>
      <div className="review-summary">
        <p className="review-description">{action.description.trim() || <em>No description</em>}</p>
        <p className="review-meta">
          Minute {origin.itemNumber}, {formatDate(origin.meetingDate, dateStyle)}
          {owner && <> · {owner}</>}
          {action.dueDate && <> · due {formatDate(action.dueDate, dateStyle)}</>}
        </p>
        {review.status === 'open' && action.status === 'done' && <p className="review-meta">Already marked done in the action log.</p>}
      </div>
      <fieldset className="review-progress">
        <legend className="visually-hidden">Progress of {name}</legend>
        {progressChoices.map((choice) => (
          <label key={choice.status} className={`review-choice${review.status === choice.status ? ' is-chosen' : ''}`}>
            <input
              type="radio"
              name={`review-${review.id}`}
              value={choice.status}
              checked={review.status === choice.status}
              onChange={() => actions.saveActionReview(review, { status: choice.status }, 0)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <textarea
        className="review-note"
        aria-label={`Sentence about ${name}`}
        rows={1}
        value={review.note}
        placeholder="What was reported, e.g. “The figures were circulated on 2 April.”"
        onChange={(event) => actions.saveActionReview(review, { note: event.target.value })}
        onBlur={() => void actions.flushActionReview(review.id)}
      />
      <p className="review-sentence">
        <span className="review-sentence-label">In the minutes:</span>{' '}
        {override === '' ? <em>left out</em> : (override ?? reviewSentence(review, dateStyle))}
        {override && <span className="review-sentence-label"> (your wording)</span>}
      </p>
    </li>
  );
}
