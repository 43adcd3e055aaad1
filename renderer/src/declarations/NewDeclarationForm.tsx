import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { PersonOptions } from './PersonOptions.tsx';
import type { InterestNature } from '../../../shared/domain.ts';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import { describeError } from '../api.ts';
import { FormOutcome } from '../app/Layout.tsx';
import type { NewDeclaration } from '../meetings/useDeclarations.ts';
import { itemChoiceLabel } from './DeclarationRow.tsx';
import { natureLabels, natures, personFromValue, type PersonChoices } from './declarants.ts';

type Props = {
  people: PersonChoices;
  agenda: NumberedItem[];
  /** The item being minuted when the interest is declared, or null on the Declarations item. */
  defaultItemId: string | null;
  onAdd: (declaration: NewDeclaration) => Promise<unknown>;
  onClose: () => void;
};

/**
 * Who, which item, what kind of interest, and whether they left the room. The form stays open for
 * the next (several members often declare one after another); Escape closes it.
 */
export function NewDeclarationForm({ people, agenda, defaultItemId, onAdd, onClose }: Props) {
  const [person, setPerson] = useState('');
  const [itemId, setItemId] = useState(defaultItemId ?? '');
  const [nature, setNature] = useState<InterestNature>('pecuniary');
  const [description, setDescription] = useState('');
  const [leftRoom, setLeftRoom] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [added, setAdded] = useState('');
  const personRef = useRef<HTMLSelectElement>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isBusy) return;
    const who = personFromValue(person);
    if (!who) {
      setError('Choose who declared the interest.');
      personRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await onAdd({ who, itemId: itemId || null, nature, description: description.trim(), leftRoom: !!itemId && leftRoom });
      setAdded('Declaration added.');
      setPerson('');
      setItemId(defaultItemId ?? '');
      setNature('pecuniary');
      setDescription('');
      setLeftRoom(false);
      personRef.current?.focus();
    } catch (failure) {
      setError(`The declaration could not be added: ${describeError(failure).message}`);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  return (
    <form className="new-declaration" aria-label="New declaration" onSubmit={submit} onKeyDown={onKeyDown}>
      <div className="declaration-fields">
        <label>
          Person
          <select ref={personRef} value={person} autoFocus onChange={(event) => setPerson(event.target.value)}>
            <option value="">Choose…</option>
            <PersonOptions people={people} />
          </select>
        </label>
        <label>
          Item concerned
          <select
            value={itemId}
            onChange={(event) => {
              setItemId(event.target.value);
              if (!event.target.value) setLeftRoom(false);
            }}
          >
            <option value="">No particular item</option>
            {agenda.map((item) => (
              <option key={item.id} value={item.id}>
                {itemChoiceLabel(item)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Nature of the interest
          <select value={nature} onChange={(event) => setNature(event.target.value as InterestNature)}>
            {natures.map((candidate) => (
              <option key={candidate} value={candidate}>
                {natureLabels[candidate]}
              </option>
            ))}
          </select>
        </label>
        <label className="declaration-description">
          Interest
          <input value={description} maxLength={500} placeholder="e.g. trustee of the Bromley Youth Trust" onChange={(event) => setDescription(event.target.value)} />
        </label>
        <label className="checkbox declaration-left">
          <input type="checkbox" checked={leftRoom} disabled={!itemId} onChange={(event) => setLeftRoom(event.target.checked)} />
          Left the room for that item
        </label>
      </div>
      <div className="new-declaration-buttons">
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? 'Adding…' : 'Add declaration'}
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <FormOutcome error={error} done={added} />
    </form>
  );
}
