import type { Declaration, InterestNature } from '../../../shared/domain.ts';
import { PersonOptions } from './PersonOptions.tsx';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import type { DeclarationFields } from '../meetings/useDeclarations.ts';
import { natureLabels, natures, personFromValue, personValue, type PersonChoices } from './declarants.ts';

type Props = {
  declaration: Declaration;
  /** Its place among all the meeting's declarations, as the minutes list them. */
  number: number;
  people: PersonChoices;
  agenda: NumberedItem[];
  /** What the minutes will say. */
  wording: string;
  onSave: (changes: Partial<DeclarationFields>, delayMs?: number) => void;
  onDelete: () => void;
};

// Worded unlike the agenda list's own entries ("5 Matters arising"), which a screen reader also lists as options.
export const itemChoiceLabel = (item: NumberedItem) => `Item ${item.number}: ${item.title.trim() || 'Untitled item'}`;

/** One declaration, edited in place; the sentence the minutes will carry is shown beneath. */
export function DeclarationRow({ declaration, number, people, agenda, wording, onSave, onDelete }: Props) {
  const { who, itemId, nature, description, leftRoom } = declaration;
  const name = `declaration ${number}`;
  const isItemGone = itemId !== null && !agenda.some((item) => item.id === itemId);
  // A guest removed since (kept by name), or a member who has left the roster.
  const isPersonGone = ![...people.members, ...people.others].some((option) => option.value === personValue(who));
  return (
    <li className="declaration" aria-label={`Declaration ${number}`}>
      <div className="declaration-fields">
        <label>
          Person
          <select
            aria-label={`Person making ${name}`}
            value={personValue(who)}
            onChange={(event) => {
              const person = personFromValue(event.target.value);
              if (person) onSave({ who: person }, 0);
            }}
          >
            {isPersonGone && <option value={personValue(who)}>{'name' in who ? who.name : 'Someone'} (no longer listed)</option>}
            <PersonOptions people={people} />
          </select>
        </label>
        <label>
          Item
          <select
            aria-label={`Item of ${name}`}
            value={itemId ?? ''}
            onChange={(event) => {
              const next = event.target.value || null;
              // Leaving the room is for an item; a general interest has none to leave for.
              onSave(next ? { itemId: next } : { itemId: null, leftRoom: false }, 0);
            }}
          >
            <option value="">No particular item</option>
            {isItemGone && <option value={itemId}>An item since deleted</option>}
            {agenda.map((item) => (
              <option key={item.id} value={item.id}>
                {itemChoiceLabel(item)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Nature
          <select aria-label={`Nature of ${name}`} value={nature} onChange={(event) => onSave({ nature: event.target.value as InterestNature }, 0)}>
            {natures.map((candidate) => (
              <option key={candidate} value={candidate}>
                {natureLabels[candidate]}
              </option>
            ))}
          </select>
        </label>
        <label className="declaration-description">
          Interest
          <input
            aria-label={`Interest of ${name}`}
            value={description}
            maxLength={500}
            placeholder="e.g. trustee of the Bromley Youth Trust"
            onChange={(event) => onSave({ description: event.target.value })}
          />
        </label>
        <label className="checkbox declaration-left">
          <input
            type="checkbox"
            aria-label={`Left the room, ${name}`}
            checked={leftRoom}
            disabled={itemId === null}
            onChange={(event) => onSave({ leftRoom: event.target.checked }, 0)}
          />
          Left the room for that item
        </label>
        <button type="button" className="quiet danger declaration-delete" aria-label={`Delete ${name}`} onClick={onDelete}>
          Delete
        </button>
      </div>
      {wording && (
        <p className="declaration-wording">
          <span className="visually-hidden">The minutes will say: </span>“{wording}”
        </p>
      )}
    </li>
  );
}
