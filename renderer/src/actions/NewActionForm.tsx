import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ActionOwner, Resolution } from '../../../shared/domain.ts';
import { describeError } from '../api.ts';
import { submitOnEnterInSelect } from '../app/forms.ts';
import { FormOutcome } from '../app/Layout.tsx';
import type { NewAction } from './useActions.ts';
import { OwnerPicker } from './OwnerPicker.tsx';
import type { OwnerChoices } from './owners.ts';
import { BesideSelect, type Beside } from './BesideSelect.tsx';
import { DateInput } from '../app/BritishInputs.tsx';
import { useFieldCompletion, withoutCompletion } from '../item-editor/useFieldCompletion.tsx';

type Props = {
  choices: OwnerChoices;
  resolutions: Resolution[];
  onAdd: (action: NewAction) => Promise<unknown>;
  onClose: () => void;
  /** An action made from a sentence of the notes: its words, and the owner they name. */
  initial?: ActionDraft | null;
};

export type ActionDraft = { description: string; owner: ActionOwner | null };

/**
 * A new action: what, who, by when. It is added when complete (the owner is required), and the
 * form stays open for the next one; Escape closes it.
 */
export function NewActionForm({ choices, resolutions, onAdd, onClose, initial }: Props) {
  const [description, setDescription] = useState(initial?.description ?? '');
  const wording = useFieldCompletion(setDescription, withoutCompletion);
  const [owner, setOwner] = useState<ActionOwner | null>(initial?.owner ?? null);
  // Remounts the owner picker (back to "Choose…") after each action added.
  const [round, setRound] = useState(0);
  const [dueDate, setDueDate] = useState('');
  const [beside, setBeside] = useState<Beside>({ resolutionId: null, resolutionPart: null });
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [added, setAdded] = useState('');
  const ownerRef = useRef<HTMLDivElement>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isBusy) return;
    if (!owner) {
      setError('Choose who will do it: a member, a guest, or a group such as “Partners”.');
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await onAdd({ description, owner, dueDate: dueDate || null, ...beside });
      setAdded(`Action added${description.trim() ? `: ${description.trim()}` : ''}.`);
      setDescription('');
      setOwner(null);
      setDueDate('');
      setRound((current) => current + 1);
      ownerRef.current?.querySelector('select')?.focus();
    } catch (failure) {
      setError(`The action could not be added: ${describeError(failure).message}`);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (submitOnEnterInSelect(event)) {
      // Enter on the owner or Beside list adds the action, as Enter in the wording does.
    } else if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && event.target instanceof HTMLTextAreaElement) {
      // An action is one sentence: Enter adds it; Shift+Enter still starts a new line.
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form className="new-action" aria-label="New action" onSubmit={submit} onKeyDown={onKeyDown}>
      {/* Who first, as the secretary hears it ("Inspector Baker agreed to…"), then what; Enter adds it. */}
      <div className="field new-action-owner" ref={ownerRef}>
        <span className="field-label" aria-hidden="true">
          Owner
        </span>
        <OwnerPicker key={round} label="Owner" groupLabel="Owner group" owner={round === 0 ? (initial?.owner ?? null) : null} choices={choices} onChange={setOwner} autoFocus />
      </div>
      <label className="new-action-description">
        Action
        <textarea
          rows={1}
          value={description}
          placeholder="What is to be done, e.g. circulate the crime figures to all partners"
          onChange={(event) => {
            setDescription(event.target.value);
            wording.onChange(event);
          }}
          onKeyDown={wording.onKeyDown}
        />
      </label>
      <div className="new-action-fields">
        <label>
          Due date
          <DateInput value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
        </label>
        {resolutions.length > 0 && (
          <label>
            Beside
            <BesideSelect resolutions={resolutions} value={beside} onChange={setBeside} />
          </label>
        )}
        <div className="new-action-buttons">
          <button type="submit" className="primary" disabled={isBusy}>
            {isBusy ? 'Adding…' : 'Add action'}
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      <FormOutcome error={error} done={added} />
    </form>
  );
}
