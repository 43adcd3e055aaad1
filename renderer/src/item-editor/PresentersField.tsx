import { useId, useState, type KeyboardEvent } from 'react';
import type { Member, Presenter } from '../../../shared/domain.ts';
import { personLabel } from '../../../shared/compose/people.ts';

/** Who presents the item: roster members by choice, anyone else by name. */
export function PresentersField({ presenters, members, onChange }: { presenters: Presenter[]; members: Member[]; onChange: (presenters: Presenter[]) => void }) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const current = members.filter((member) => !member.isArchived);
  const nameOf = (presenter: Presenter) =>
    'memberId' in presenter ? presenterMember(presenter.memberId) : presenter.name;
  const presenterMember = (memberId: string) => {
    const member = members.find((candidate) => candidate.id === memberId);
    return member ? personLabel(member) : 'Former member';
  };

  const add = () => {
    const text = draft.trim();
    if (!text) return;
    const member = current.find((candidate) => personLabel(candidate).toLowerCase() === text.toLowerCase());
    const presenter: Presenter = member ? { memberId: member.id } : { name: text };
    const isDuplicate = presenters.some((existing) => nameOf(existing).toLowerCase() === nameOf(presenter).toLowerCase());
    if (!isDuplicate) onChange([...presenters, presenter]);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && presenters.length) {
      onChange(presenters.slice(0, -1));
    }
  };

  return (
    <div className="presenters">
      <label htmlFor={`${listId}-input`}>Presented by</label>
      <ul className="chips" aria-label="Presenters">
        {presenters.map((presenter, index) => (
          <li key={index} className="chip">
            {nameOf(presenter)}
            <button type="button" className="chip-remove" aria-label={`Remove presenter ${nameOf(presenter)}`} onClick={() => onChange(presenters.filter((_, i) => i !== index))}>
              ×
            </button>
          </li>
        ))}
        <li className="chip-input">
          <input
            id={`${listId}-input`}
            list={listId}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={add}
            placeholder={presenters.length ? '' : 'Choose from the roster or type a name'}
          />
          <datalist id={listId}>
            {current.map((member) => (
              <option key={member.id} value={personLabel(member)}>
                {member.name.trim() && member.role}
              </option>
            ))}
          </datalist>
        </li>
      </ul>
    </div>
  );
}
