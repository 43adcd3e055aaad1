import { useState } from 'react';
import type { AttendanceEntry } from '../../../shared/domain.ts';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import { nowClock } from '../app/format.ts';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import { TimeInput } from '../app/BritishInputs.tsx';
import { personLabel } from '../../../shared/compose/people.ts';

/** Late arrival and early departure, each with the item in progress at the time. */
export function TimesEditor({ entry, agenda, currentItemId, actions }: { entry: AttendanceEntry; agenda: NumberedItem[]; currentItemId: string | null; actions: MeetingActions }) {
  const summary = [entry.arrivedAt && `arrived ${entry.arrivedAt}`, entry.leftAt && `left ${entry.leftAt}`].filter(Boolean).join(', ');
  const arrivedNow = () =>
    actions.saveAttendance(entry, {
      arrivedAt: nowClock(),
      arrivedDuringItemId: currentItemId,
      status: entry.status === 'unmarked' || entry.status === 'absent' ? 'present' : entry.status,
    });
  // Rendered only when opened: forty people times two item lists would otherwise weigh on typing.
  const [isOpen, setOpen] = useState(false);
  return (
    <details className="times" open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={`Arrival and departure of ${personLabel(entry)}`} tabIndex={-1} aria-keyshortcuts="T">
        {summary || 'Times'}
      </summary>
      {isOpen && (
      <div className="times-grid">
        <label>
          Arrived at
          <TimeInput value={entry.arrivedAt ?? ''} onChange={(event) => actions.saveAttendance(entry, { arrivedAt: event.target.value || null })} />
        </label>
        <label>
          during item
          <ItemSelect agenda={agenda} value={entry.arrivedDuringItemId} onChange={(arrivedDuringItemId) => actions.saveAttendance(entry, { arrivedDuringItemId })} />
        </label>
        <button type="button" onClick={arrivedNow}>
          Arrived now
        </button>
        <label>
          Left at
          <TimeInput value={entry.leftAt ?? ''} onChange={(event) => actions.saveAttendance(entry, { leftAt: event.target.value || null })} />
        </label>
        <label>
          during item
          <ItemSelect agenda={agenda} value={entry.leftDuringItemId} onChange={(leftDuringItemId) => actions.saveAttendance(entry, { leftDuringItemId })} />
        </label>
        <button type="button" onClick={() => actions.saveAttendance(entry, { leftAt: nowClock(), leftDuringItemId: currentItemId })}>
          Left now
        </button>
      </div>
      )}
    </details>
  );
}

function ItemSelect({ agenda, value, onChange }: { agenda: NumberedItem[]; value: string | null; onChange: (id: string | null) => void }) {
  return (
    <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
      <option value="">—</option>
      {agenda.map((item) => (
        <option key={item.id} value={item.id}>
          {item.number} {item.title}
        </option>
      ))}
    </select>
  );
}
