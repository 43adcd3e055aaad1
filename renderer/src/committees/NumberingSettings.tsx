import { useId, useState } from 'react';
import type { Committee, MinuteNumbering } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import './committees.css';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A committee new to the app part-way through a year carries on the council's numbers: "in the
 * year from 1 May 2023 the first minute is 72". Either box left empty means start at 1.
 */
function CarriedOn({ numbering, restart, onChange }: { numbering: MinuteNumbering; restart: string; onChange: (carriedOn: MinuteNumbering['carriedOn']) => void }) {
  const carried = numbering.carriedOn ?? null;
  const [year, setYear] = useState(carried ? String(carried.year) : '');
  const [number, setNumber] = useState(carried ? String(carried.number) : '');
  const save = (nextYear: string, nextNumber: string) => {
    const y = Number(nextYear);
    const n = Number(nextNumber);
    const isComplete = /^\d{4}$/.test(nextYear) && /^\d+$/.test(nextNumber) && n >= 1;
    onChange(isComplete ? { year: y, number: n } : null);
  };
  return (
    <fieldset className="numbering-carried-on">
      <legend>Carry on the council’s numbering</legend>
      <label>
        In the year from 1 {restart}
        <input inputMode="numeric" size={5} value={year} onChange={(event) => (setYear(event.target.value), save(event.target.value, number))} />
      </label>
      <label>
        the first minute is
        <input inputMode="numeric" size={5} value={number} onChange={(event) => (setNumber(event.target.value), save(year, event.target.value))} />
      </label>
    </fieldset>
  );
}

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
          <CarriedOn numbering={numbering} restart={restart} onChange={(carriedOn) => edit({ carriedOn })} />
        </div>
      )}
    </section>
  );
}
