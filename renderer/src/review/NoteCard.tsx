import type { ReactNode } from 'react';
import { diffText } from '../../../shared/compare.ts';
import { anchorContextLength, type ReviewComment } from '../../../shared/review.ts';

/**
 * One comment or proposed wording, as text (never markup): where it is, the words it is about,
 * the change as struck-out and inserted words, and the comment. `tools` are the buttons a screen
 * adds (delete on the chairman's side, accept and decline on the secretary's).
 */
export function NoteCard({ comment, label, where, tools, children }: { comment: ReviewComment; label: string; where: string; tools?: ReactNode; children?: ReactNode }) {
  const passage = comment.anchor.kind === 'passage' ? comment.anchor : null;
  const isSuggestion = comment.suggestion !== null;
  return (
    <article className={`note-card${isSuggestion ? ' is-suggestion' : ''}`} aria-label={label}>
      <p className="note-where">
        <span className="note-kind">{isSuggestion ? 'Proposed wording' : 'Comment'}</span> · {where}
      </p>
      {isSuggestion && passage ? (
        <p className="note-change">
          <span className="visually-hidden">Proposed change: </span>
          {leadIn(passage.prefix)}
          {diffText(passage.quote, comment.suggestion ?? '').map((run, index) =>
            run.kind === 'same' ? (
              <span key={index}>{run.text}</span>
            ) : run.kind === 'deleted' ? (
              <del key={index} aria-label={`Taken out: ${run.text}`}>
                {run.text}
              </del>
            ) : (
              <ins key={index} aria-label={`Put in: ${run.text}`}>
                {run.text}
              </ins>
            ),
          )}
          {leadOut(passage.suffix)}
          {comment.suggestion === '' && <em> (to be left out)</em>}
        </p>
      ) : (
        passage && <p className="note-quote">“{passage.quote}”</p>
      )}
      {comment.text && <p className="note-comment">{comment.text}</p>}
      {children}
      {tools && <div className="note-tools">{tools}</div>}
    </article>
  );
}

/** A few words either side of the passage, so the change reads in its sentence ("…be received and noted."). */
function leadIn(prefix: string): string {
  // A full-length prefix was cut from the minutes and may start inside a word: that word goes.
  const words = prefix.split(/(?<=\s)/).slice(prefix.length >= anchorContextLength ? 1 : 0);
  const isCut = words.length > 4 || prefix.length >= anchorContextLength;
  return `${isCut && words.length ? '…' : ''}${words.slice(-4).join('')}`;
}

function leadOut(suffix: string): string {
  const words = suffix.split(/(?=\s)/).slice(0, suffix.length >= anchorContextLength ? -1 : undefined);
  const isCut = words.length > 4 || suffix.length >= anchorContextLength;
  return `${words.slice(0, 4).join('')}${isCut && words.length ? '…' : ''}`;
}
