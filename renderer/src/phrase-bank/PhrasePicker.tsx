import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useModalDialog } from '../app/useModalDialog.ts';
import type { MeetingDetail, Phrase } from '../../../shared/domain.ts';
import { fillPhrase, phraseDisplayText } from '../../../shared/phrases.ts';
import { api } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { hrefFor } from '../app/route.ts';
import { useLoad } from '../app/useLoad.ts';
import { WordingText } from './WordingText.tsx';
import './phrase-bank.css';

type Props = {
  detail: MeetingDetail;
  itemId: string;
  onChoose: (phrase: Phrase) => void;
  /** Closed without choosing (Escape, Cancel): the caller puts the focus back where it was. */
  onCancel: () => void;
};

const normalise = (text: string) => text.toLocaleLowerCase('en-GB').replace(/\.\.\./g, '…').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Every typed word appears somewhere in the wording, in any order: "minutes agreed" finds the approval wording. */
export function matchesFilter(phrase: Phrase, filter: string): boolean {
  const words = normalise(filter).split(/\s+/).filter(Boolean);
  const haystack = normalise(phraseDisplayText(phrase));
  return words.every((word) => haystack.includes(word));
}

/**
 * The phrase bank as a type-to-filter list: a combobox that keeps the focus while ↑/↓ move
 * through the wordings, Enter inserts the one shown as current, Escape closes. The wording is
 * previewed as it will be inserted, filled from this meeting.
 */
export function PhrasePicker({ detail, itemId, onChoose, onCancel }: Props) {
  const { ref: dialog, hide } = useModalDialog();
  const filterRef = useRef<HTMLInputElement>(null);
  const { state } = useLoad(() => api.listPhrases({ committeeId: detail.committee.id }), [detail.committee.id]);
  const [filter, setFilter] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const listId = useId();
  const headingId = useId();
  const optionId = (phrase: Phrase) => `${listId}-${phrase.id}`;

  const phrases = useMemo(() => (state.status === 'ready' ? state.value : []), [state]);
  const matches = useMemo(() => phrases.filter((phrase) => matchesFilter(phrase, filter)), [phrases, filter]);
  const active = matches[Math.min(activeIndex, matches.length - 1)];
  const preview = useMemo(() => (active ? fillPhrase(active, detail, itemId) : null), [active, detail, itemId]);

  // Now that it is open (useModalDialog's effect ran first): the input's autofocus ran while the dialog was still closed.
  useEffect(() => filterRef.current?.focus(), []);

  // Closed before the caller moves the focus: while a modal dialog is open, the page behind it takes none.
  const closeThen = (then: () => void) => {
    hide();
    then();
  };
  const choose = (phrase: Phrase) => closeThen(() => onChoose(phrase));
  const cancel = () => closeThen(onCancel);

  useEffect(() => {
    if (active) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    let handled = true;
    if (event.key === 'ArrowDown') setActiveIndex((index) => (index >= last ? 0 : index + 1));
    else if (event.key === 'ArrowUp') setActiveIndex((index) => (index <= 0 ? last : Math.min(index, last) - 1));
    else if (event.key === 'Home' && event.ctrlKey) setActiveIndex(0);
    else if (event.key === 'End' && event.ctrlKey) setActiveIndex(last);
    else if (event.key === 'PageDown') setActiveIndex((index) => Math.min(last, index + 5));
    else if (event.key === 'PageUp') setActiveIndex((index) => Math.max(0, index - 5));
    else if (event.key === 'Enter') {
      if (active) choose(active);
    } else if (event.key === 'Escape') cancel();
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="phrase-picker"
      aria-labelledby={headingId}
      // The browser's own Escape handling (a modal dialog's cancel) closes it the same way.
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <h2 id={headingId}>Insert wording</h2>
      <input
        ref={filterRef}
        role="combobox"
        aria-label="Find a wording"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(active) : undefined}
        className="phrase-filter"
        value={filter}
        placeholder="Type words from the wording, e.g. minutes agreed"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setFilter(event.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      {state.status === 'failed' && <ErrorMessage message={`The phrase bank could not be read: ${state.message}`} />}
      <ul role="listbox" id={listId} aria-label="Wordings" className="phrase-options">
        {matches.map((phrase, index) => (
          <li
            key={phrase.id}
            id={optionId(phrase)}
            role="option"
            aria-selected={phrase === active}
            className={`phrase-option${phrase === active ? ' is-active' : ''}`}
            // The focus stays in the filter, so typing carries on after a click.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => index !== activeIndex && setActiveIndex(index)}
            onClick={() => choose(phrase)}
          >
            <WordingText phrase={phrase} />
            {phrase.inserts === 'sentence' && (
              <span className="phrase-kind" aria-hidden="true">
                sentence
              </span>
            )}
          </li>
        ))}
      </ul>
      <div className="phrase-picker-footer">
        {state.status === 'loading' && <p className="hint">Reading the phrase bank…</p>}
        {state.status === 'ready' && phrases.length === 0 && (
          <p className="hint">
            The phrase bank is empty. Add wordings on the committee’s{' '}
            <a href={hrefFor({ screen: 'committee', committeeId: detail.committee.id, tab: 'phrases' })}>Phrase bank</a> tab.
          </p>
        )}
        {state.status === 'ready' && phrases.length > 0 && matches.length === 0 && <p className="hint">No wording has all of “{filter.trim()}”.</p>}
        {preview && (
          <p className="phrase-preview">
            <span className="phrase-preview-label">{preview.inserts === 'resolution' ? 'Adds a resolution:' : 'Adds to the notes:'}</span>{' '}
            {phraseDisplayText({ ...preview, text: preview.text.text, parts: preview.parts.map((part) => part.text) })}
          </p>
        )}
        <p className="hint keys-hint">
          <kbd>↑</kbd>/<kbd>↓</kbd> choose · <kbd>Enter</kbd> insert · <kbd>Esc</kbd> close · then <kbd>Tab</kbd> moves to the next blank
        </p>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
