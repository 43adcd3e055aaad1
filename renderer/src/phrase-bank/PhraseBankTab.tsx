import { useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Committee, Phrase, PhraseInsert, ResolutionForm } from '../../../shared/domain.ts';
import { resolutionForms } from '../../../shared/domain.ts';
import { api, describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { useLoad } from '../app/useLoad.ts';
import { UndoNotice } from '../item-editor/UndoNotice.tsx';
import { leadWords } from '../../../shared/wording.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import './phrase-bank.css';

type Wording = Pick<Phrase, 'inserts' | 'form' | 'text' | 'parts'>;
type Deleted = { phrase: Phrase; index: number };
type Outcome = { kind: 'idle' } | { kind: 'working'; message: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

const insertLabels: Record<PhraseInsert, string> = { resolution: 'Resolution', sentence: 'Plain sentence' };

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
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [shouldReplace, setReplace] = useState(false);
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

  const exportBank = async () => {
    setOutcome({ kind: 'working', message: 'Exporting…' });
    try {
      await queue.flush();
      const chosen = await api.chooseFile({ purpose: 'phrase-bank-save', suggestedName: `${committee.name} phrase bank` });
      if ('cancelled' in chosen) return setOutcome({ kind: 'idle' });
      await api.exportPhraseBank({ committeeId, target: chosen.grantId });
      setOutcome({ kind: 'done', message: `Exported ${latest.current.length} wordings as “${chosen.fileName}”.` });
    } catch (failure) {
      setOutcome({ kind: 'failed', message: `The phrase bank was not exported: ${describeError(failure).message}` });
    }
  };

  const importBank = async () => {
    setOutcome({ kind: 'working', message: 'Importing…' });
    try {
      await queue.flush();
      const chosen = await api.chooseFile({ purpose: 'phrase-bank-open' });
      if ('cancelled' in chosen) return setOutcome({ kind: 'idle' });
      const before = latest.current.length;
      const imported = await queue.answer(orderKey, () => api.importPhraseBank({ committeeId, source: chosen.grantId, replace: shouldReplace }));
      onChange(() => imported);
      setDeleted(null);
      const count = (n: number) => `${n} ${n === 1 ? 'wording' : 'wordings'}`;
      setOutcome({
        kind: 'done',
        message: shouldReplace
          ? `Replaced the phrase bank with the ${count(imported.length)} in “${chosen.fileName}”.`
          : `Added ${count(imported.length - before)} from “${chosen.fileName}” (wordings already in the bank were skipped).`,
      });
    } catch (failure) {
      setOutcome({ kind: 'failed', message: `The phrase bank was not imported: ${describeError(failure).message}` });
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
      <div className="phrase-files" role="group" aria-label="Phrase bank file">
        <h3>Share the phrase bank</h3>
        <p className="hint">A phrase bank file carries this committee’s wordings to another committee or another computer.</p>
        <div className="form-row">
          <button type="button" onClick={() => void exportBank()} disabled={outcome.kind === 'working'}>
            Export phrase bank…
          </button>
          <button type="button" onClick={() => void importBank()} disabled={outcome.kind === 'working'}>
            Import phrase bank…
          </button>
          <label className="checkbox">
            <input type="checkbox" checked={shouldReplace} onChange={(event) => setReplace(event.target.checked)} />
            When importing, replace all the wordings above (instead of adding the new ones)
          </label>
        </div>
        <p role="status" className="phrase-files-outcome">
          {outcome.kind === 'working' || outcome.kind === 'done' ? outcome.message : ''}
        </p>
        {outcome.kind === 'failed' && <ErrorMessage message={outcome.message} />}
      </div>
    </section>
  );
}

type RowProps = {
  phrase: Phrase;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  onSave: (changes: Partial<Wording>) => void;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
};

function PhraseRow({ phrase, number, isFirst, isLast, onSave, onMove, onDelete }: RowProps) {
  const { inserts, form, text, parts } = phrase;
  const name = `wording ${number}`;
  // Made a sentence by mistake and back again: the lead word and parts return.
  const asResolution = useRef<Pick<Wording, 'form' | 'parts'>>({ form: form ?? 'resolved', parts });
  const partRefs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const focusPart = useRef<number | null>(null);

  useLayoutEffect(() => {
    const part = focusPart.current;
    focusPart.current = null;
    if (part !== null) partRefs.current[part]?.focus();
  });

  const setInserts = (next: PhraseInsert) => {
    if (next === inserts) return;
    if (next === 'sentence') {
      asResolution.current = { form: form ?? 'resolved', parts };
      onSave({ inserts: next, form: null, parts: [] });
    } else onSave({ inserts: next, ...asResolution.current });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const direction = event.key === 'ArrowUp' ? -1 : 1;
    if ((direction < 0 && !isFirst) || (direction > 0 && !isLast)) onMove(direction);
  };

  return (
    <li className={`phrase-row phrase-row--${inserts}`} aria-label={`Wording ${number}`} onKeyDown={onKeyDown}>
      <span className="phrase-number" aria-hidden="true">
        {number}
      </span>
      <div className="phrase-editor">
        <div className="phrase-lead">
          <select aria-label={`Kind of ${name}`} value={inserts} onChange={(event) => setInserts(event.target.value as PhraseInsert)}>
            {(Object.keys(insertLabels) as PhraseInsert[]).map((candidate) => (
              <option key={candidate} value={candidate}>
                {insertLabels[candidate]}
              </option>
            ))}
          </select>
          {inserts === 'resolution' && (
            <select
              className="resolution-form"
              aria-label={`Lead word of ${name}`}
              value={form ?? 'resolved'}
              onChange={(event) => onSave({ form: event.target.value as ResolutionForm })}
            >
              {resolutionForms.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {leadWords[candidate]}
                </option>
              ))}
            </select>
          )}
          <textarea
            aria-label={`Wording ${number}`}
            className="phrase-text"
            rows={1}
            value={text}
            placeholder={inserts === 'resolution' ? 'that the update be noted.' : 'There were no declarations of interest.'}
            onChange={(event) => onSave({ text: event.target.value })}
          />
        </div>
        {inserts === 'resolution' && parts.length > 0 && (
          <ol className="phrase-parts" aria-label={`Parts of ${name}`}>
            {parts.map((part, index) => (
              <li key={index}>
                <span className="part-label" aria-hidden="true">
                  {index + 1})
                </span>
                <textarea
                  ref={(element) => {
                    partRefs.current[index] = element;
                  }}
                  aria-label={`Part ${index + 1} of ${name}`}
                  rows={1}
                  value={part}
                  onChange={(event) => onSave({ parts: parts.map((candidate, at) => (at === index ? event.target.value : candidate)) })}
                />
                <button type="button" className="icon quiet" aria-label={`Remove part ${index + 1} of ${name}`} onClick={() => onSave({ parts: parts.filter((_, at) => at !== index) })}>
                  ×
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="phrase-tools">
          {inserts === 'resolution' ? (
            <button
              type="button"
              className="quiet"
              aria-label={`Add a numbered part to ${name}`}
              onClick={() => {
                focusPart.current = parts.length;
                onSave({ parts: [...parts, ''] });
              }}
            >
              + Numbered part
            </button>
          ) : (
            <span className="hint">Goes into the notes as it stands.</span>
          )}
          <span className="phrase-tools-end">
            <button type="button" className="icon quiet" aria-label={`Move ${name} up`} title="Alt+Shift+↑" disabled={isFirst} onClick={() => onMove(-1)}>
              ↑
            </button>
            <button type="button" className="icon quiet" aria-label={`Move ${name} down`} title="Alt+Shift+↓" disabled={isLast} onClick={() => onMove(1)}>
              ↓
            </button>
            <button type="button" className="quiet danger" aria-label={`Delete ${name}`} onClick={onDelete}>
              Delete
            </button>
          </span>
        </div>
      </div>
    </li>
  );
}

/** A new wording: resolution or sentence, its lead word, and the words; parts are added on its row. */
function NewPhraseForm({ onAdd }: { onAdd: (wording: Wording) => Promise<Phrase> }) {
  const [inserts, setInserts] = useState<PhraseInsert>('resolution');
  const [form, setForm] = useState<ResolutionForm>('resolved');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [added, setAdded] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isBusy) return;
    if (!text.trim()) {
      setError('Type the wording first.');
      textRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const phrase = await onAdd({ inserts, form: inserts === 'resolution' ? form : null, text: text.trim(), parts: [] });
      setText('');
      setAdded(`Added as wording ${phrase.position + 1}.`);
      textRef.current?.focus();
    } catch (failure) {
      setError(`The wording could not be added: ${describeError(failure).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="new-phrase" aria-label="New wording" onSubmit={submit}>
      <h3>Add a wording</h3>
      <div className="phrase-lead">
        <label>
          Kind
          <select value={inserts} onChange={(event) => setInserts(event.target.value as PhraseInsert)}>
            {(Object.keys(insertLabels) as PhraseInsert[]).map((candidate) => (
              <option key={candidate} value={candidate}>
                {insertLabels[candidate]}
              </option>
            ))}
          </select>
        </label>
        {inserts === 'resolution' && (
          <label>
            Lead word
            <select value={form} onChange={(event) => setForm(event.target.value as ResolutionForm)}>
              {resolutionForms.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {leadWords[candidate]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="new-phrase-text">
          {inserts === 'resolution' ? 'Wording after the lead word' : 'Sentence'}
          <textarea
            ref={textRef}
            rows={1}
            value={text}
            placeholder={inserts === 'resolution' ? 'that the report on {item} be noted.' : 'The Chairman thanked officers for the report.'}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              // One line is the usual wording: Enter adds it, Shift+Enter still breaks the line.
              if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
                event.preventDefault();
                void submit();
              }
            }}
          />
        </label>
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? 'Adding…' : 'Add wording'}
        </button>
      </div>
      {error && <ErrorMessage message={error} />}
      <p className="visually-hidden" role="status">
        {added}
      </p>
    </form>
  );
}
