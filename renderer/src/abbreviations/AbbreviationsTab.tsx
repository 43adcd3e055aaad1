import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { abbreviationKey, abbreviationProblem, alreadyDefinedMessage } from '../../../shared/abbreviations.ts';
import type { Abbreviation, Committee } from '../../../shared/domain.ts';
import { api, describeError } from '../api.ts';
import { ErrorMessage, FormOutcome } from '../app/Layout.tsx';
import { useLoad } from '../app/useLoad.ts';
import { UndoNotice } from '../item-editor/UndoNotice.tsx';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import { rememberAbbreviations } from './committee-abbreviations.ts';
import './abbreviations.css';

type Entry = Pick<Abbreviation, 'abbreviation' | 'expansion'>;

const byKey = (a: Abbreviation, b: Abbreviation) => (abbreviationKey(a.abbreviation) < abbreviationKey(b.abbreviation) ? -1 : 1);

/** What is wrong with an abbreviation before it is sent, in the words the handlers would use. */
function entryProblem(entry: Entry, others: Abbreviation[]): { field: 'abbreviation' | 'expansion'; message: string } | null {
  const problem = abbreviationProblem(entry.abbreviation);
  if (problem) return { field: 'abbreviation', message: problem };
  const clash = others.find((other) => abbreviationKey(other.abbreviation) === abbreviationKey(entry.abbreviation.trim()));
  if (clash) return { field: 'abbreviation', message: alreadyDefinedMessage(clash) };
  if (!entry.expansion.trim()) return { field: 'expansion', message: 'Type what the abbreviation stands for.' };
  return null;
}

/**
 * The committee's abbreviations, as Word's AutoCorrect list: typed in the notes, an item's title,
 * a resolution or an action and followed by a space or punctuation, each is written out in full.
 */
export function AbbreviationsTab({ committee }: { committee: Committee }) {
  const { state, set } = useLoad(() => api.listAbbreviations({ committeeId: committee.id }), [committee.id]);
  if (state.status === 'loading') return <p className="loading">Reading the abbreviations…</p>;
  if (state.status === 'failed') return <ErrorMessage message={state.message} />;
  return <AbbreviationList committeeId={committee.id} abbreviations={state.value} onChange={(update) => set(update)} />;
}

type ListProps = { committeeId: string; abbreviations: Abbreviation[]; onChange: (update: (abbreviations: Abbreviation[]) => Abbreviation[]) => void };

function AbbreviationList({ committeeId, abbreviations, onChange }: ListProps) {
  const queue = useSaveQueue();
  const orderKey = `abbreviations:${committeeId}`;
  const [deleted, setDeleted] = useState<Abbreviation | null>(null);
  const [isUndoing, setUndoing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The meetings' editors use the list as it is now, not as it was when the meeting opened.
  useEffect(() => rememberAbbreviations(committeeId, abbreviations), [committeeId, abbreviations]);

  const add = async (entry: Entry) => {
    const abbreviationId = crypto.randomUUID();
    const added = await queue.answer(orderKey, () => api.addAbbreviation({ committeeId, abbreviationId, ...entry }));
    onChange((current) => [...current, added].sort(byKey));
    return added;
  };

  const save = async (entry: Abbreviation, changes: Entry) => {
    const saved = await queue.answer(orderKey, () => api.updateAbbreviation({ abbreviationId: entry.id, ...changes }));
    onChange((current) => current.map((candidate) => (candidate.id === saved.id ? saved : candidate)).sort(byKey));
  };

  const remove = (entry: Abbreviation) => {
    onChange((current) => current.filter((candidate) => candidate.id !== entry.id));
    queue.enqueue(orderKey, () => api.deleteAbbreviation({ abbreviationId: entry.id }));
    setError(null);
    setDeleted(entry);
  };

  const undo = async () => {
    if (!deleted) return;
    setUndoing(true);
    setError(null);
    try {
      const restored = await queue.answer(orderKey, () => api.restoreAbbreviation({ abbreviationId: deleted.id }));
      onChange(() => restored);
      setDeleted(null);
    } catch (failure) {
      setError(`“${deleted.abbreviation}” could not be put back: ${describeError(failure).message}`);
    } finally {
      setUndoing(false);
    }
  };

  return (
    <section aria-labelledby="abbreviations-heading" className="abbreviations">
      <h2 id="abbreviations-heading">Abbreviations</h2>
      <p className="hint">
        Type an abbreviation and then a space or punctuation — in the notes, an item’s title, a resolution or an action — and it is written out in full, as
        Word’s AutoCorrect does: <kbd>tvc</kbd> becomes “the Vice-Chairman”, and <kbd>Tvc</kbd> “The Vice-Chairman”. <kbd>Ctrl</kbd>+<kbd>Z</kbd> straight
        after puts the abbreviation back. They are the committee’s, and travel with the phrase bank when it is exported, so a second secretary gets them too.
      </p>
      {abbreviations.length > 0 ? (
        <table className="abbreviation-table" aria-label="Abbreviations">
          <thead>
            <tr>
              <th scope="col">Abbreviation</th>
              <th scope="col">Written out as</th>
              <th scope="col">
                <span className="visually-hidden">Delete</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {abbreviations.map((entry) => (
              <AbbreviationRow
                key={entry.id}
                entry={entry}
                others={abbreviations.filter((other) => other.id !== entry.id)}
                onSave={(changes) => save(entry, changes)}
                onDelete={() => remove(entry)}
              />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">No abbreviations yet. Add one below, or import a phrase bank that has them.</p>
      )}
      {deleted && (
        <UndoNotice
          key={deleted.id}
          message={`Deleted “${deleted.abbreviation}”.`}
          undoLabel={`Undo deleting ${deleted.abbreviation}`}
          isBusy={isUndoing}
          onUndo={() => void undo()}
          onDismiss={() => setDeleted(null)}
        />
      )}
      {error && <ErrorMessage message={error} />}
      <NewAbbreviationForm existing={abbreviations} onAdd={add} />
    </section>
  );
}

type RowProps = { entry: Abbreviation; others: Abbreviation[]; onSave: (changes: Entry) => Promise<void>; onDelete: () => void };

/** One abbreviation, edited in place: a change is saved when the field is left or Enter is pressed. */
function AbbreviationRow({ entry, others, onSave, onDelete }: RowProps) {
  const [draft, setDraft] = useState<Entry>({ abbreviation: entry.abbreviation, expansion: entry.expansion });
  const [error, setError] = useState<string | null>(null);
  const errorId = `abbreviation-error-${entry.id}`;

  const commit = async () => {
    const changes = { abbreviation: draft.abbreviation.trim(), expansion: draft.expansion.trim() };
    if (changes.abbreviation === entry.abbreviation && changes.expansion === entry.expansion) {
      setError(null);
      return;
    }
    const problem = entryProblem(changes, others);
    if (problem) {
      setError(problem.message);
      return;
    }
    try {
      await onSave(changes);
      setError(null);
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    }
    if (event.key === 'Escape') {
      setDraft({ abbreviation: entry.abbreviation, expansion: entry.expansion });
      setError(null);
    }
  };

  const described = error ? errorId : undefined;
  return (
    <tr>
      <td>
        <input
          className="abbreviation-word"
          aria-label={`Abbreviation ${entry.abbreviation}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          value={draft.abbreviation}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setDraft({ ...draft, abbreviation: event.target.value })}
          onKeyDown={onKeyDown}
          onBlur={() => void commit()}
        />
      </td>
      <td>
        <input
          className="abbreviation-expansion"
          aria-label={`${entry.abbreviation} written out as`}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          value={draft.expansion}
          onChange={(event) => setDraft({ ...draft, expansion: event.target.value })}
          onKeyDown={onKeyDown}
          onBlur={() => void commit()}
        />
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td>
        <button type="button" className="quiet danger" aria-label={`Delete ${entry.abbreviation}`} onClick={onDelete}>
          Delete
        </button>
      </td>
    </tr>
  );
}

function NewAbbreviationForm({ existing, onAdd }: { existing: Abbreviation[]; onAdd: (entry: Entry) => Promise<Abbreviation> }) {
  const [entry, setEntry] = useState<Entry>({ abbreviation: '', expansion: '' });
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [added, setAdded] = useState('');
  const abbreviationRef = useRef<HTMLInputElement>(null);
  const expansionRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const problem = entryProblem(entry, existing);
    if (problem) {
      setError(problem.message);
      (problem.field === 'abbreviation' ? abbreviationRef : expansionRef).current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const saved = await onAdd({ abbreviation: entry.abbreviation.trim(), expansion: entry.expansion.trim() });
      setEntry({ abbreviation: '', expansion: '' });
      setAdded(`Added “${saved.abbreviation}” for “${saved.expansion}”.`);
      abbreviationRef.current?.focus();
    } catch (failure) {
      setError(`The abbreviation could not be added: ${describeError(failure).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="new-abbreviation" aria-label="New abbreviation" onSubmit={(event) => void submit(event)}>
      <h3>Add an abbreviation</h3>
      <div className="new-abbreviation-fields">
        <label>
          Abbreviation
          <input
            ref={abbreviationRef}
            className="abbreviation-word"
            value={entry.abbreviation}
            placeholder="tvc"
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            onChange={(event) => setEntry({ ...entry, abbreviation: event.target.value })}
          />
        </label>
        <label className="new-abbreviation-expansion">
          Written out as
          <input
            ref={expansionRef}
            value={entry.expansion}
            placeholder="the Vice-Chairman"
            onChange={(event) => setEntry({ ...entry, expansion: event.target.value })}
          />
        </label>
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? 'Adding…' : 'Add abbreviation'}
        </button>
      </div>
      <FormOutcome error={error} done={added} />
    </form>
  );
}
