import type { MinutesDocument, MinutesItem } from '../../../shared/compose/model.ts';
import type { CommentAnchor, ReviewComment } from '../../../shared/review.ts';

// Naming and ordering the chairman's comments on screen, wherever they come from (the review being
// written, or the comments brought back to the secretary's machine).

/** A comment as the screen holds it before it is given an id and times. */
export type CommentDraft = Pick<ReviewComment, 'anchor' | 'text' | 'suggestion'>;

export const anchorItemId = (anchor: CommentAnchor): string | null => (anchor.kind === 'minutes' ? null : anchor.itemId);

/** "Minute 7: TITLE", or "The minutes as a whole". */
export function minuteName(minutes: MinutesDocument, itemId: string | null): string {
  if (itemId === null) return 'The minutes as a whole';
  const item = minutes.items.find((candidate) => candidate.itemId === itemId);
  return item ? `Minute ${item.number}: ${item.title}` : 'A minute no longer in the draft';
}

/** Comments in the order their minutes print, general ones first; within a minute, by place in its text, then as written. */
export function inMinutesOrder<T extends { anchor: CommentAnchor }>(comments: T[], items: MinutesItem[]): T[] {
  const position = new Map(items.map((item, index) => [item.itemId, index]));
  const rank = (comment: T) => {
    const itemId = anchorItemId(comment.anchor);
    return itemId === null ? -1 : (position.get(itemId) ?? items.length);
  };
  const offset = (comment: T) => (comment.anchor.kind === 'passage' ? comment.anchor.start : -1);
  return comments
    .map((comment, index) => ({ comment, index }))
    .sort((a, b) => rank(a.comment) - rank(b.comment) || offset(a.comment) - offset(b.comment) || a.index - b.index)
    .map(({ comment }) => comment);
}

/** A new comment with its id and times: the screen chooses the id, so it can be shown before the save returns. */
export function newComment(draft: CommentDraft, now = new Date()): ReviewComment {
  const at = now.toISOString();
  return { id: crypto.randomUUID(), ...draft, createdAt: at, updatedAt: at };
}
