import { actionStatuses, type Action, type ActionStatus, type Resolution } from '../../../shared/domain.ts';
import type { ActionFields } from './useActions.ts';
import { OwnerPicker } from './OwnerPicker.tsx';
import type { OwnerChoices } from './owners.ts';
import { BesideSelect } from './BesideSelect.tsx';
import { DateInput } from '../app/BritishInputs.tsx';
import { useFieldCompletion, withoutCompletion } from '../item-editor/useFieldCompletion.tsx';

export const statusLabels: Record<ActionStatus, string> = { open: 'Open', done: 'Done', 'carried-forward': 'Carried forward' };

type Props = {
  action: Action;
  number: number;
  /** What the minutes' Action column will show for its owner: "JS", "Partners". */
  short: string;
  choices: OwnerChoices;
  resolutions: Resolution[];
  onSave: (changes: Partial<ActionFields>, delayMs?: number) => void;
  onDelete: () => void;
};

export function ActionRow({ action, number, short, choices, resolutions, onSave, onDelete }: Props) {
  const wording = useFieldCompletion((description) => onSave({ description }), withoutCompletion);
  return (
    <li className={`action-row status-${action.status}`} aria-label={`Action ${number}`}>
      <span className="action-initials" title="In the minutes’ Action column" aria-label={short ? `Action column: ${short}` : 'No owner yet'}>
        {short || '—'}
      </span>
      <textarea
        className="action-description"
        aria-label={`Action ${number}`}
        rows={1}
        value={action.description}
        placeholder="What is to be done"
        onChange={(event) => {
          onSave({ description: event.target.value });
          wording.onChange(event);
        }}
        onKeyDown={wording.onKeyDown}
      />
      <div className="action-fields">
        <div className="field">
          <span className="field-label" aria-hidden="true">
            Owner
          </span>
          <OwnerPicker
            label={`Owner of action ${number}`}
            groupLabel={`Owner group of action ${number}`}
            owner={action.owner}
            choices={choices}
            // An incomplete choice (a group not yet named) keeps the saved owner until it is complete.
            onChange={(owner) => owner && onSave({ owner })}
          />
        </div>
        <label>
          Due date
          <DateInput aria-label={`Due date of action ${number}`} value={action.dueDate ?? ''} onChange={(event) => onSave({ dueDate: event.target.value || null })} />
        </label>
        <label>
          Status
          <select aria-label={`Status of action ${number}`} value={action.status} onChange={(event) => onSave({ status: event.target.value as ActionStatus }, 0)}>
            {actionStatuses.map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </select>
        </label>
        {resolutions.length > 0 && (
          <label>
            Beside
            <BesideSelect label={`Action ${number} beside`} resolutions={resolutions} value={action} onChange={(beside) => onSave(beside, 0)} />
          </label>
        )}
        <button type="button" className="quiet danger action-delete" aria-label={`Delete action ${number}`} onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
