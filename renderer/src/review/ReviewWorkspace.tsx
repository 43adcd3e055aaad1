import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { MinutesDocument } from '../../../shared/compose/model.ts';
import type { ReviewComment } from '../../../shared/review.ts';
import { MinutesPreview } from '../preview/MinutesPreview.tsx';
import { NoteCard } from './NoteCard.tsx';
import { NoteComposer, type ComposerMode, type SelectedWords } from './NoteComposer.tsx';
import { locateQuote } from './passages.ts';
import { anchorItemId, inMinutesOrder, minuteName, type CommentDraft } from './review-notes.ts';
import '../preview/preview.css';
import './review.css';

type Props<C extends ReviewComment> = {
  minutes: MinutesDocument;
  comments: C[];
  /** Absent where comments are read, not written (the secretary's machine after an import). */
  onAdd?: (draft: CommentDraft) => Promise<void> | void;
  onRemove?: (comment: C) => void;
  /** False once the review is decided: the minutes and comments stay readable, the tools go. */
  canEdit?: boolean;
  /** Where a comment is attached when it is not simply its anchor's minute (a comment brought back to a changed draft). */
  itemOf?: (comment: C) => string | null;
  /** More about a comment, and buttons for it: accept and decline on the secretary's side. */
  renderDetails?: (comment: C, label: string) => ReactNode;
  renderTools?: (comment: C, label: string) => ReactNode;
  /** Above the list: "Accept all", a summary. */
  listHeader?: ReactNode;
  emptyText?: string;
  /** The minute to start at (the first one commented on, say); the first minute when absent. */
  initialItemId?: string | null;
};

type Composing = { mode: ComposerMode; itemId: string | null } | null;

/**
 * The chairman's desk: the minutes as they will print on the left, and on the right the minute
 * in hand with the comment and rewording tools and every comment so far. Alt+↓ / Alt+↑ move between
 * minutes, Ctrl+Alt+M comments, Ctrl+Shift+E proposes new wording (Word's own keys for those).
 */
export function ReviewWorkspace<C extends ReviewComment>({
  minutes,
  comments,
  onAdd,
  onRemove,
  canEdit: isEditable = true,
  itemOf = (comment) => anchorItemId(comment.anchor),
  renderDetails,
  renderTools,
  listHeader,
  emptyText = 'None yet. Comment on a minute, or propose new wording for a passage.',
  initialItemId = null,
}: Props<C>) {
  const canEdit = isEditable && !!onAdd;
  const [currentId, setCurrentId] = useState<string | null>(initialItemId ?? minutes.items[0]?.itemId ?? null);
  const [composing, setComposing] = useState<Composing>(null);
  const [selection, setSelection] = useState<SelectedWords | null>(null);
  const page = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLElement>(null);
  const current = minutes.items.find((item) => item.itemId === currentId) ?? minutes.items[0] ?? null;
  const ordered = useMemo(() => inMinutesOrder(comments, minutes.items), [comments, minutes.items]);
  const noteCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const comment of comments) {
      const itemId = itemOf(comment);
      if (itemId) counts.set(itemId, (counts.get(itemId) ?? 0) + 1);
    }
    return counts;
  }, [comments, itemOf]);

  const show = useCallback((itemId: string, options: { scroll?: boolean } = {}) => {
    setCurrentId(itemId);
    if (options.scroll !== false) {
      [...(page.current?.querySelectorAll<HTMLElement>('[data-item-id]') ?? [])].find((element) => element.dataset.itemId === itemId)?.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
  }, []);

  const step = useCallback(
    (direction: 1 | -1) => {
      if (!current) return;
      const next = minutes.items[minutes.items.indexOf(current) + direction];
      if (next) show(next.itemId);
    },
    [current, minutes.items, show],
  );

  const compose = useCallback(
    (mode: ComposerMode, itemId: string | null = current?.itemId ?? null) => {
      if (!canEdit) return;
      setComposing({ mode, itemId });
    },
    [canEdit, current],
  );

  // Starting elsewhere than the top: the page opens at that minute.
  const initialScroll = useRef(initialItemId);
  useEffect(() => {
    if (initialScroll.current) show(initialScroll.current);
    initialScroll.current = null;
  }, [show]);

  // The current minute and the ones with notes are marked in the page itself.
  useEffect(() => {
    const root = page.current;
    if (!root) return;
    for (const element of root.querySelectorAll<HTMLElement>('[data-item-id]')) {
      const itemId = element.dataset.itemId!;
      element.classList.toggle('is-current', itemId === current?.itemId);
      element.classList.toggle('has-notes', noteCounts.has(itemId));
    }
  }, [current, noteCounts, minutes]);

  // Words selected in the page: the minute they are in becomes the current one and the tools offer them.
  useEffect(() => {
    const onSelectionChange = () => {
      const chosen = window.getSelection();
      const root = page.current;
      if (!chosen || chosen.isCollapsed || chosen.rangeCount === 0 || !root) return;
      const range = chosen.getRangeAt(0);
      const start = elementOf(range.startContainer)?.closest<HTMLElement>('[data-item-id]');
      const end = elementOf(range.endContainer)?.closest<HTMLElement>('[data-item-id]');
      if (!start || !root.contains(start) || start.dataset.itemId !== end?.dataset.itemId) return;
      const itemId = start.dataset.itemId!;
      const item = minutes.items.find((candidate) => candidate.itemId === itemId);
      const anchor = item ? locateQuote(item, chosen.toString(), textBefore(range)) : null;
      if (!anchor) return;
      setSelection({ itemId, anchor });
      setCurrentId(itemId);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [minutes]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isMod = event.ctrlKey || event.metaKey;
      let handled = true;
      if (event.altKey && !isMod && !event.shiftKey && event.key === 'ArrowDown' && !composing) step(1);
      else if (event.altKey && !isMod && !event.shiftKey && event.key === 'ArrowUp' && !composing) step(-1);
      else if (isMod && event.altKey && event.key.toLowerCase() === 'm') compose('comment');
      else if (isMod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'e') compose('wording');
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [compose, composing, step]);

  const onPageClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-item-id]');
    if (target?.dataset.itemId && window.getSelection()?.isCollapsed !== false) show(target.dataset.itemId, { scroll: false });
  };

  // Once a comment is saved or put away, the focus returns to the tools: the next one is a key away.
  const isFocusToolsWanted = useRef(false);
  useEffect(() => {
    if (composing || !isFocusToolsWanted.current) return;
    isFocusToolsWanted.current = false;
    panel.current?.querySelector<HTMLElement>('.review-tools button')?.focus();
  }, [composing]);
  const stopComposing = () => {
    isFocusToolsWanted.current = true;
    setComposing(null);
  };

  const save = async (draft: CommentDraft) => {
    await onAdd?.(draft);
    setSelection(null);
    stopComposing();
  };

  const composingItem = composing?.itemId ? (minutes.items.find((item) => item.itemId === composing.itemId) ?? null) : null;
  const position = current ? minutes.items.indexOf(current) + 1 : 0;

  return (
    <div className="review-workspace">
      {/* Scrolls with the arrow keys once focused; the minutes are read, not edited, here. */}
      <div ref={page} className="review-page" tabIndex={0} role="region" aria-label="Minutes for review" onClick={onPageClick}>
        <MinutesPreview minutes={minutes} />
      </div>
      <aside ref={panel} className="review-panel" aria-label="Comments and suggestions">
        {current && (
          <section className="review-current" aria-labelledby="review-current-heading">
            <p className="review-position">
              {position} of {minutes.items.length} in the minutes
            </p>
            <h2 id="review-current-heading">{minuteName(minutes, current.itemId)}</h2>
            <div className="review-steps">
              <button type="button" onClick={() => step(-1)} disabled={position <= 1} title="Alt+↑">
                ↑ Previous minute
              </button>
              <button type="button" onClick={() => step(1)} disabled={position >= minutes.items.length} title="Alt+↓">
                ↓ Next minute
              </button>
            </div>
            {canEdit && !composing && (
              <div className="review-tools">
                <button type="button" className="primary" onClick={() => compose('comment')} aria-keyshortcuts="Control+Alt+M">
                  Comment… <kbd>Ctrl+Alt+M</kbd>
                </button>
                <button type="button" onClick={() => compose('wording')} aria-keyshortcuts="Control+Shift+E">
                  Propose new wording… <kbd>Ctrl+Shift+E</kbd>
                </button>
              </div>
            )}
            {selection && selection.itemId === current.itemId && canEdit && !composing && (
              <p className="hint">Selected: “{selection.anchor.quote.length > 80 ? `${selection.anchor.quote.slice(0, 80)}…` : selection.anchor.quote}” — the tools will use these words.</p>
            )}
          </section>
        )}
        {composing && (
          <NoteComposer
            key={`${composing.mode}:${composing.itemId}`}
            mode={composing.mode}
            item={composingItem}
            selection={selection}
            onSave={save}
            onCancel={stopComposing}
          />
        )}
        <section className="review-notes" aria-labelledby="review-notes-heading">
          <h2 id="review-notes-heading">
            Comments and suggestions <span className="section-count">({comments.length})</span>
          </h2>
          {listHeader}
          {comments.length === 0 && <p className="empty">{emptyText}</p>}
          <ol className="note-list">
            {ordered.map((comment, index) => {
              const label = `Note ${index + 1}`;
              const itemId = itemOf(comment);
              return (
                <li key={comment.id} className={itemId !== null && itemId === current?.itemId ? 'is-current' : undefined}>
                  <NoteCard
                    comment={comment}
                    label={label}
                    where={minuteName(minutes, itemId)}
                    tools={
                      <>
                        {itemId && minutes.items.some((item) => item.itemId === itemId) && (
                          <button type="button" className="link-button" onClick={() => show(itemId)} aria-label={`Show note ${index + 1} in the minutes`}>
                            Show in the minutes
                          </button>
                        )}
                        {canEdit && onRemove && (
                          <button type="button" className="link-button danger" onClick={() => onRemove(comment)} aria-label={`Delete note ${index + 1}`}>
                            Delete
                          </button>
                        )}
                        {renderTools?.(comment, label)}
                      </>
                    }
                  >
                    {renderDetails?.(comment, label)}
                  </NoteCard>
                </li>
              );
            })}
          </ol>
          {canEdit && !composing && (
            <button type="button" className="link-button" onClick={() => compose('comment', null)}>
              Comment on the minutes as a whole…
            </button>
          )}
        </section>
      </aside>
    </div>
  );
}

const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);

/** The text of the selection's paragraph before it: tells apart the same words occurring twice. */
function textBefore(range: Range): string {
  const block = elementOf(range.startContainer)?.closest('p, li, td') ?? null;
  if (!block) return '';
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString();
}
