import type { PersonChoices } from './declarants.ts';

/** The people a declaration can name, as a person select's options: members, then substitutes and guests. */
export function PersonOptions({ people }: { people: PersonChoices }) {
  return (
    <>
      <optgroup label="Members">
        {people.members.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </optgroup>
      {people.others.length > 0 && (
        <optgroup label="Substitutes and guests">
          {people.others.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}
