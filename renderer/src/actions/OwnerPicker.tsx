import { useId, useState } from 'react';
import type { ActionOwner } from '../../../shared/domain.ts';
import { ownerFromValue, ownerValue, type OwnerChoices } from './owners.ts';

type Props = {
  label: string;
  groupLabel: string;
  owner: ActionOwner | null;
  choices: OwnerChoices;
  /** null while the choice is not complete (nothing chosen yet, or a group with no name). */
  onChange: (owner: ActionOwner | null) => void;
  id?: string;
  autoFocus?: boolean;
};

/** A roster member, a guest or substitute of this meeting, or a group typed in ("Partners"). */
export function OwnerPicker({ label, groupLabel, owner, choices, onChange, id, autoFocus }: Props) {
  const [value, setValue] = useState(() => ownerValue(owner));
  const [group, setGroup] = useState(() => (owner && 'group' in owner ? owner.group : ''));
  const listId = useId();
  return (
    <span className="owner-picker">
      <select
        id={id}
        aria-label={label}
        autoFocus={autoFocus}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          onChange(ownerFromValue(event.target.value, group));
        }}
      >
        <option value="">Choose…</option>
        <optgroup label="Members">
          {choices.members.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({option.short})
            </option>
          ))}
        </optgroup>
        {choices.guests.length > 0 && (
          <optgroup label="Guests and substitutes">
            {choices.guests.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label} ({option.short})
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label="Others">
          <option value="group">A group or organisation…</option>
        </optgroup>
      </select>
      {value === 'group' && (
        <>
          <input
            aria-label={groupLabel}
            className="owner-group"
            list={listId}
            value={group}
            maxLength={100}
            placeholder="e.g. Partners"
            // Appears because the secretary has just chosen a group: the name is what comes next.
            autoFocus={!group}
            onChange={(event) => {
              setGroup(event.target.value);
              onChange(ownerFromValue('group', event.target.value));
            }}
          />
          <datalist id={listId}>
            {choices.groups.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
    </span>
  );
}
