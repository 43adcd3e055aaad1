import { useId } from 'react';
import type { Committee, MinuteNumbering } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import './committees.css';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How minutes are numbered: from 1 each meeting, or continuously through the municipal year. */
export function NumberingSettings({ committee, onChange }: { committee: Committee; onChange: (committee: Committee) => void }) {
  const queue = useSaveQueue();
  const headingId = useId();
  const numbering = committee.minuteNumbering;

  const edit = (changes: Partial<MinuteNumbering>) => {
    const next = { ...numbering, ...changes };
    onChange({ ...committee, minuteNumbering: next });
    queue.schedule(`committee-numbering:${committee.id}`, () => api.updateCommittee({ committeeId: committee.id, minuteNumbering: next }), 0);
  };

  const restart = months[numbering.restartMonth - 1] ?? 'May';
  return (
    <section aria-labelledby={headingId} className="numbering-settings">
      <h2 id={headingId}>Minute numbers</h2>
      <fieldset>
        <legend>Number the minutes</legend>
        <label className="checkbox">
          <input type="radio" name="minute-numbering" checked={numbering.mode === 'per-meeting'} onChange={() => edit({ mode: 'per-meeting' })} />
          From 1 in each meeting
        </label>
        <label className="checkbox">
          <input type="radio" name="minute-numbering" checked={numbering.mode === 'continuous'} onChange={() => edit({ mode: 'continuous' })} />
          Continuously across the committee’s meetings (74, 75, 76…)
        </label>
      </fieldset>
      {numbering.mode === 'continuous' && (
        <div className="numbering-restart">
          <label>
            Start again at 1 in
            <select value={numbering.restartMonth} onChange={(event) => edit({ restartMonth: Number(event.target.value) })}>
              {months.map((month, index) => (
                <option key={month} value={index + 1}>
                  {month}
                </option>
              ))}
            </select>
          </label>
          <p className="hint">
            The first meeting on or after 1 {restart} each year starts again at minute 1; each meeting after it carries on from the last. A council’s municipal
            year starts in May. Sub-items keep their letters (76a, 76b).
          </p>
        </div>
      )}
    </section>
  );
}
