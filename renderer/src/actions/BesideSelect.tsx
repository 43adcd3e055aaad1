import type { Resolution } from '../../../shared/domain.ts';
import { resolutionChoiceLabel } from './resolution-names.ts';

export type Beside = { resolutionId: string | null; resolutionPart: number | null };

const valueOf = ({ resolutionId, resolutionPart }: Beside) =>
  resolutionId === null ? '' : resolutionPart === null ? resolutionId : `${resolutionId}#${resolutionPart}`;

function besideOf(value: string): Beside {
  if (!value) return { resolutionId: null, resolutionPart: null };
  const [resolutionId, part] = value.split('#');
  return { resolutionId: resolutionId!, resolutionPart: part === undefined ? null : Number(part) };
}

/**
 * Where the action's owner stands in the minutes' Action column: beside the item's notes, a
 * resolution, or one numbered part of it ("Resolution 1, part 2)").
 */
export function BesideSelect({ resolutions, value, label, onChange }: { resolutions: Resolution[]; value: Beside; label?: string; onChange: (beside: Beside) => void }) {
  return (
    <select aria-label={label} value={valueOf(value)} onChange={(event) => onChange(besideOf(event.target.value))}>
      <option value="">The item</option>
      {resolutions.map((resolution, index) => [
        <option key={resolution.id} value={resolution.id}>
          {resolutionChoiceLabel(resolution, index)}
        </option>,
        ...resolution.parts.map((part, at) =>
          part.trim() ? (
            <option key={`${resolution.id}#${at}`} value={`${resolution.id}#${at}`}>
              {`${resolution.form === 'recommended' ? 'Recommendation' : 'Resolution'} ${index + 1}, part ${at + 1})`}
            </option>
          ) : null,
        ),
      ])}
    </select>
  );
}
