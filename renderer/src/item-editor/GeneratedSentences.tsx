import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MeetingDetail } from '../../../shared/domain.ts';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import { useSaveState } from '../saving/SaveContext.tsx';
import { itemSentences, sentenceName, type ItemSentence } from './generated-sentences.ts';
import { MinutesSection, useSectionOpen } from './MinutesSection.tsx';

type Props = { item: NumberedItem; detail: MeetingDetail; actions: MeetingActions };

/**
 * The sentences Proceedings writes into this item from what was recorded ("Apologies for absence
 * were received from …"), read-only, each with the secretary's own wording as an option.
 */
export function GeneratedSentences({ item, detail, actions }: Props) {
  // Each save may mean new notes, and an empty declarations item is what says "no declarations".
  const saveState = useSaveState();
  const notes = item.kind === 'declarations' ? actions.notesOf(item) : item.notes;
  const sentences = useMemo(
    () => itemSentences(detail, item.id, notes),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [detail, item.id, notes, saveState],
  );
  const [isOpen, setOpen] = useSectionOpen(item.id, 'sentences', actions, sentences.length > 0);
  return (
    <MinutesSection title="Generated sentences" count={sentences.length} isOpen={isOpen} onToggle={setOpen} className="sentences-section">
      {sentences.length > 0 ? (
        <ul className="sentence-list" aria-label="Generated sentences">
          {sentences.map((sentence) => (
            <SentenceRow
              key={sentence.key}
              sentence={sentence}
              name={sentenceName(sentence, detail.attendance)}
              onChange={(text, delayMs) => actions.setSentenceOverride(item.id, sentence.key, text, delayMs)}
            />
          ))}
        </ul>
      ) : (
        <p className="hint">Nothing is written into this item for you. Apologies, substitutes, arrivals and departures come from the attendance list.</p>
      )}
    </MinutesSection>
  );
}

function SentenceRow({ sentence, name, onChange }: { sentence: ItemSentence; name: string; onChange: (text: string | null, delayMs?: number) => void }) {
  const { generated, override, isPublicOnly } = sentence;
  const [draft, setDraft] = useState<string | null>(null);
  // The button pressed may vanish with the change it made ("Leave out" once left out); the focus
  // moves to the one that undoes it rather than falling out of the item.
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const focusAfter = useRef<string | null>(null);
  const isLeftOut = override === '';
  const isOwn = override !== undefined && override !== '';
  const state = isLeftOut ? 'Left out' : isOwn ? 'Your wording' : 'Generated';

  useLayoutEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target) buttons.current.get(target)?.focus();
  });
  const register = (role: string) => (element: HTMLButtonElement | null) => void buttons.current.set(role, element);
  const finish = () => {
    focusAfter.current = 'edit';
    setDraft(null);
  };

  const edit = (text: string) => {
    setDraft(text);
    // An emptied box is not "leave it out" (that has its own button): nothing is saved until there are words.
    if (!text.trim()) return;
    onChange(text.trim() === generated ? null : text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey)) {
      event.preventDefault();
      finish();
    }
  };

  return (
    <li className={`sentence sentence--${isLeftOut ? 'left-out' : isOwn ? 'own' : 'generated'}`}>
      <div className="sentence-body">
        {draft !== null ? (
          <textarea aria-label={`Wording of ${name}`} value={draft} rows={2} autoFocus onChange={(event) => edit(event.target.value)} onKeyDown={onKeyDown} />
        ) : (
          <p className="sentence-text">{isOwn ? override : generated}</p>
        )}
        <p className="sentence-meta">
          <span className="sentence-state">{state}</span>
          {isPublicOnly && <span> · public minutes only</span>}
          {isOwn && <span className="sentence-original"> · Proceedings would write: “{generated}”</span>}
        </p>
      </div>
      <div className="sentence-tools">
        {draft !== null ? (
          <button type="button" className="quiet" aria-label={`Done editing ${name}`} onClick={finish}>
            Done
          </button>
        ) : (
          <button type="button" className="quiet" ref={register('edit')} aria-label={`Edit ${name}`} onClick={() => setDraft(isOwn ? override : generated)}>
            Edit
          </button>
        )}
        {!isLeftOut && (
          <button
            type="button"
            className="quiet"
            ref={register('leave-out')}
            aria-label={`Leave out ${name}`}
            onClick={() => {
              focusAfter.current = 'restore';
              setDraft(null);
              onChange('', 0);
            }}
          >
            Leave out
          </button>
        )}
        {override !== undefined && (
          <button
            type="button"
            className="quiet"
            ref={register('restore')}
            aria-label={`Use generated wording for ${name}`}
            onClick={() => {
              focusAfter.current = 'edit';
              setDraft(null);
              onChange(null, 0);
            }}
          >
            Use generated wording
          </button>
        )}
      </div>
    </li>
  );
}
