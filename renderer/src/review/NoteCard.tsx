import type { ReactNode } from 'react';
import type { ReviewComment } from '../../../shared/review.ts';

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
          <del aria-label={`Current wording: ${passage.quote}`}>{passage.quote}</del>{' '}
          {comment.suggestion ? <ins aria-label={`Proposed wording: ${comment.suggestion}`}>{comment.suggestion}</ins> : <em>(to be left out)</em>}
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
