import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { MinutesItem } from '../../../shared/compose/model.ts';
import { passageAnchor, type CommentAnchor, type PassageAnchor } from '../../../shared/review.ts';
import { passagesOf, rewording } from './passages.ts';
import type { CommentDraft } from './review-notes.ts';

/** Words the chairman selected in the minutes, found in the minute's text. */
export type SelectedWords = { itemId: string; anchor: PassageAnchor };

export type ComposerMode = 'comment' | 'wording';

type Props = {
  mode: ComposerMode;
  /** The minute the comment is about; null for a comment on the minutes as a whole. */
  item: MinutesItem | null;
  selection: SelectedWords | null;
  onSave: (draft: CommentDraft) => Promise<void> | void;
  onCancel: () => void;
};

const wholeItem = 'whole';
const selected = 'selection';

const shorten = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length).trimEnd()}…` : text);

/**
 * The form for one comment or one proposed wording. A keyboard user chooses the passage from a
 * list; words selected with the mouse are offered first. Ctrl+Enter saves, Escape cancels.
 */
export function NoteComposer({ mode, item, selection, onSave, onCancel }: Props) {
  const id = useId();
  const passages = useMemo(() => (item ? passagesOf(item) : []), [item]);
  const selectionHere = selection && item && selection.itemId === item.itemId ? selection : null;
  const [about, setAbout] = useState<string>(() => (selectionHere ? selected : mode === 'wording' ? String(passages[0]?.start ?? wholeItem) : wholeItem));
  const anchor: CommentAnchor =
    !item ? { kind: 'minutes' }
    : about === selected && selectionHere ? selectionHere.anchor
    : about === wholeItem ? { kind: 'item', itemId: item.itemId }
    : (() => {
        const passage = passages.find((candidate) => String(candidate.start) === about);
        return passage ? passageAnchor(item, passage.start, passage.end) : { kind: 'item' as const, itemId: item.itemId };
      })();
  const currentWording = anchor.kind === 'passage' ? anchor.quote : '';
  const [comment, setComment] = useState('');
  const [wording, setWording] = useState(currentWording);
  const [wordingFor, setWordingFor] = useState(about);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  // A different passage chosen: its wording becomes the starting point.
  if (wordingFor !== about) {
    setWordingFor(about);
    setWording(currentWording);
  }

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setError(null);
    let draft: CommentDraft;
    if (mode === 'comment') {
      if (!comment.trim()) return setError('Write the comment first.');
      draft = { anchor, text: comment.trim(), suggestion: null };
    } else {
      if (anchor.kind !== 'passage' || !item) return setError('Choose the passage to reword.');
      const change = rewording(anchor.quote, wording);
      if (!change) return setError('The new wording is the same as the current one. Change some words first.');
      // Only the words that differ travel (with their neighbours), so the secretary sees exactly what changed.
      draft = {
        anchor: passageAnchor(item, anchor.start + change.start, anchor.start + change.end),
        text: comment.trim(),
        suggestion: change.replacement,
      };
    }
    setSaving(true);
    try {
      await onSave(draft);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  const heading = mode === 'comment' ? 'New comment' : 'Propose new wording';
  return (
    <form className="note-composer" aria-labelledby={`${id}-heading`} onSubmit={submit} onKeyDown={onKeyDown}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {item && (
        <label>
          {mode === 'comment' ? 'About' : 'Passage to reword'}
          <select value={about} onChange={(event) => setAbout(event.target.value)} autoFocus={mode === 'wording' && !selectionHere}>
            {mode === 'comment' && <option value={wholeItem}>The whole minute</option>}
            {selectionHere && <option value={selected}>The words you selected: “{shorten(selectionHere.anchor.quote)}”</option>}
            {passages.map((passage) => (
              <option key={passage.start} value={String(passage.start)}>
                {passage.label}: {shorten(passage.text)}
              </option>
            ))}
          </select>
        </label>
      )}
      {mode === 'wording' && (
        <>
          <div className="field">
            <span id={`${id}-now`}>Now reads</span>
            <p className="current-wording" aria-labelledby={`${id}-now`}>
              {currentWording || '—'}
            </p>
          </div>
          <label>
            New wording
            <textarea value={wording} onChange={(event) => setWording(event.target.value)} rows={4} autoFocus={!!selectionHere} />
          </label>
        </>
      )}
      <label>
        {mode === 'comment' ? 'Comment' : 'Why (optional)'}
        <textarea value={comment} onChange={(event) => setComment(event.target.value)} rows={mode === 'comment' ? 4 : 2} autoFocus={mode === 'comment'} maxLength={10_000} />
      </label>
      {error && (
        <p role="alert" className="error-message">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={isSaving}>
          {mode === 'comment' ? 'Save comment' : 'Save proposed wording'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="keys-hint hint">
          <kbd>Ctrl+Enter</kbd> saves, <kbd>Esc</kbd> cancels
        </span>
      </div>
    </form>
  );
}
