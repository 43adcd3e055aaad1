import { useLayoutEffect, useRef, useState } from 'react';
import type { Committee, Phrase } from '../../../shared/domain.ts';
import { api, describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { useLoad } from '../app/useLoad.ts';
import { UndoNotice } from '../item-editor/UndoNotice.tsx';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import { NewPhraseForm } from './NewPhraseForm.tsx';
import { PhraseBankFiles } from './PhraseBankFiles.tsx';
import { PhraseRow } from './PhraseRow.tsx';
import type { Wording } from './wording-kinds.ts';
import './phrase-bank.css';

type Deleted = { phrase: Phrase; index: number };

const withPositions = (phrases: Phrase[]) => phrases.map((phrase, position) => ({ ...phrase, position }));

/**
 * The committee's phrase bank: the standard wordings the item editor's picker offers
 * (Ctrl+Shift+Space). Edits save as they are typed, like the rest of the app; additions, deletions
 * and moves go in order through the save queue.
 */
export function PhraseBankTab({ committee }: { committee: Committee }) {
  const { state, set } = useLoad(() => api.listPhrases({ committeeId: committee.id }), [committee.id]);
  if (state.status === 'loading') return <p className="loading">Reading the phrase bank…</p>;
  if (state.status === 'failed') return <ErrorMessage message={state.message} />;
  return <PhraseBank committee={committee} phrases={state.value} onChange={(update) => set(update)} />;
}

function PhraseBank({ committee, phrases, onChange }: { committee: Committee; phrases: Phrase[]; onChange: (update: (phrases: Phrase[]) => Phrase[]) => void }) {
  const queue = useSaveQueue();
  const committeeId = committee.id;
  const orderKey = `phrases:${committeeId}`;
  const gone = useRef(new Set<string>());
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [isUndoing, setUndoing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Moving a row moves its DOM, which drops the focus; it is put back on the same control.
  const refocus = useRef<HTMLElement | null>(null);
  const latest = useRef(phrases);
  latest.current = phrases;

  useLayoutEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (target?.isConnected && !(target instanceof HTMLButtonElement && target.disabled)) target.focus();
  }, [phrases]);

  const add = async (wording: Wording) => {
    const phraseId = crypto.randomUUID();
    const phrase = await queue.answer(orderKey, () =>
      api.addPhrase({ committeeId, phraseId, ...wording, form: wording.inserts === 'resolution' ? wording.form : null }),
    );
    onChange((current) => withPositions([...current, phrase]));
    return phrase;
  };

  const save = (phrase: Phrase, changes: Partial<Wording>) => {
    const next = { ...phrase, ...changes };
    onChange((current) => current.map((candidate) => (candidate.id === phrase.id ? next : candidate)));
    // A wording needs words: a cleared box is shown as it is but not saved until there are some.
    if (!next.text.trim()) return;
    const { inserts, form, text, parts } = next;
    queue.schedule(`phrase:${phrase.id}`, async () => {
      if (gone.current.has(phrase.id)) return;
      return api.updatePhrase({ phraseId: phrase.id, inserts, form, text, parts });
    });
  };

  const move = (phrase: Phrase, direction: -1 | 1) => {
    const order = latest.current.map((candidate) => candidate.id);
    const from = order.indexOf(phrase.id);
    const to = from + direction;
    if (from < 0 || to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    if (document.activeElement instanceof HTMLElement) refocus.current = document.activeElement;
    const byId = new Map(latest.current.map((candidate) => [candidate.id, candidate]));
    onChange(() => withPositions(order.map((id) => byId.get(id)!)));
    queue.enqueue(orderKey, () => api.reorderPhrases({ committeeId, phraseIds: order }));
  };

  const remove = (phrase: Phrase) => {
    const index = latest.current.findIndex((candidate) => candidate.id === phrase.id);
    gone.current.add(phrase.id);
    onChange((current) => withPositions(current.filter((candidate) => candidate.id !== phrase.id)));
    queue.enqueue(orderKey, async () => {
      await queue.flush(`phrase:${phrase.id}`);
      return api.deletePhrase({ phraseId: phrase.id });
    });
    setError(null);
    setDeleted({ phrase, index: Math.max(index, 0) });
  };

  /** The same wording back, in the place it had. */
  const undo = async () => {
    if (!deleted) return;
    setUndoing(true);
    setError(null);
    try {
      const restored = await queue.answer(orderKey, () => api.restorePhrase({ phraseId: deleted.phrase.id }));
      gone.current.delete(deleted.phrase.id);
      onChange(() => restored);
      setDeleted(null);
    } catch (failure) {
      setError(`The wording could not be put back: ${describeError(failure).message}`);
    } finally {
      setUndoing(false);
    }
  };

  return (
    <section aria-labelledby="phrase-bank-heading" className="phrase-bank">
      <h2 id="phrase-bank-heading">Phrase bank</h2>
      <p className="hint">
        The standard wordings offered in a meeting by <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Space</kbd> or “Insert wording…”. These are filled in from the meeting:{' '}
        <code>{'{item}'}</code>, <code>{'{previous meeting date}'}</code>, <code>{'{next meeting date}'}</code> and <code>{'{chair}'}</code>. Anything else in braces, such
        as <code>{'{body}'}</code>, and a gap written <code>…</code> are selected for typing, and <kbd>Tab</kbd> moves to the next.
      </p>
      {phrases.length > 0 ? (
        <ol className="phrase-list" aria-label="Wordings">
          {phrases.map((phrase, index) => (
            <PhraseRow
              key={phrase.id}
              phrase={phrase}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === phrases.length - 1}
              onSave={(changes) => save(phrase, changes)}
              onMove={(direction) => move(phrase, direction)}
              onDelete={() => remove(phrase)}
            />
          ))}
        </ol>
      ) : (
        <p className="empty">The phrase bank is empty. Add a wording below, or import a phrase bank.</p>
      )}
      {deleted && (
        <UndoNotice
          key={deleted.phrase.id}
          message={`Deleted wording ${deleted.index + 1}.`}
          undoLabel={`Undo deleting wording ${deleted.index + 1}`}
          isBusy={isUndoing}
          onUndo={() => void undo()}
          onDismiss={() => setDeleted(null)}
        />
      )}
      {error && <ErrorMessage message={error} />}
      <NewPhraseForm onAdd={add} />
      <PhraseBankFiles
        committee={committee}
        orderKey={orderKey}
        count={() => latest.current.length}
        onImported={(imported) => {
          onChange(() => imported);
          setDeleted(null);
        }}
      />
    </section>
  );
}

