import { useRef, type KeyboardEvent } from 'react';
import type { AttendanceEntry, MemberStatus } from '../../../shared/domain.ts';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import { AddAttendeeForm } from './AddAttendeeForm.tsx';
import { GuestRow } from './GuestRow.tsx';
import { TimesEditor } from './TimesEditor.tsx';
import { personLabel } from '../../../shared/compose/people.ts';

const choices: { status: MemberStatus; label: string; key: string }[] = [
  { status: 'present', label: 'Present', key: 'p' },
  { status: 'apologies', label: 'Apologies', key: 'a' },
  { status: 'absent', label: 'Absent', key: 'x' },
];

type Props = {
  meetingId: string;
  attendance: AttendanceEntry[];
  agenda: NumberedItem[];
  currentItemId: string | null;
  actions: MeetingActions;
};

export function AttendancePanel({ meetingId, attendance, agenda, currentItemId, actions }: Props) {
  const members = attendance.filter((entry) => entry.memberId);
  const others = attendance.filter((entry) => !entry.memberId);
  const count = (status: string) => attendance.filter((entry) => entry.status === status).length;
  const rowRefs = useRef<(HTMLDivElement | null)[]>([]);

  const presentCount = count('present') + count('substitute');
  return (
    <section className="attendance-panel" aria-labelledby="attendance-heading" data-region="attendance">
      <div className="attendance-header">
        <h2 id="attendance-heading">Attendance</h2>
        <p className="attendance-counts" aria-label="Attendance counts">
          <span>
            Present <strong data-testid="count-present">{presentCount}</strong>
          </span>
          <span>
            Apologies <strong data-testid="count-apologies">{count('apologies')}</strong>
          </span>
          <span>
            Absent <strong>{count('absent')}</strong>
          </span>
          <span>
            Not marked <strong>{count('unmarked')}</strong>
          </span>
        </p>
      </div>
      <div className="attendance-list">
        {members.map((entry, index) => (
          <MemberRow
            key={entry.memberId}
            entry={entry}
            agenda={agenda}
            currentItemId={currentItemId}
            actions={actions}
            register={(element) => (rowRefs.current[index] = element)}
            onMove={(direction) => rowRefs.current[index + direction]?.querySelector<HTMLElement>('[tabindex="0"]')?.focus()}
          />
        ))}
      </div>
      {others.length > 0 && (
        <div className="attendance-others">
          <h3>Substitutes and guests</h3>
          {others.map((entry) => (
            <GuestRow key={entry.attendeeId} entry={entry} attendance={attendance} agenda={agenda} currentItemId={currentItemId} actions={actions} />
          ))}
        </div>
      )}
      <AddAttendeeForm meetingId={meetingId} members={members} onAdded={actions.addedAttendee} />
    </section>
  );
}

function MemberRow({
  entry,
  agenda,
  currentItemId,
  actions,
  register,
  onMove,
}: {
  entry: AttendanceEntry;
  agenda: NumberedItem[];
  currentItemId: string | null;
  actions: MeetingActions;
  register: (element: HTMLDivElement | null) => void;
  onMove: (direction: -1 | 1) => void;
}) {
  const setStatus = (status: MemberStatus) => actions.saveAttendance(entry, { status });
  const selectedIndex = choices.findIndex((choice) => choice.status === entry.status);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    const key = event.key.toLowerCase();
    const choice = choices.find((candidate) => candidate.key === key);
    let handled = true;
    // Marking moves on to the next person, so a roster is ticked off with one key each.
    if (choice) {
      setStatus(choice.status);
      onMove(1);
    } else if (key === 'u') setStatus('unmarked');
    else if (key === 't') {
      // Times are out of the Tab order (one stop a person); T opens them.
      const times = event.currentTarget.parentElement?.querySelector<HTMLDetailsElement>('details.times');
      if (times) {
        times.open = true;
        requestAnimationFrame(() => times.querySelector<HTMLElement>('input, select, button')?.focus());
      }
    }
    else if (event.key === 'ArrowDown') onMove(1);
    else if (event.key === 'ArrowUp') onMove(-1);
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const step = event.key === 'ArrowRight' ? 1 : -1;
      const next = choices[(Math.max(selectedIndex, step > 0 ? -1 : 0) + step + choices.length) % choices.length]!;
      setStatus(next.status);
      event.currentTarget.querySelector<HTMLElement>(`[data-status="${next.status}"]`)?.focus();
    } else handled = false;
    if (handled) event.preventDefault();
  };

  const label = personLabel(entry);
  // Someone known only by post has it, and the organisation, in their label already.
  const details = entry.name.trim() ? [entry.role, entry.organisation].filter(Boolean).join(', ') : '';
  const suffix = entry.chairRole === 'chairman' ? ' (Chairman)' : entry.chairRole === 'vice-chairman' ? ' (Vice-Chairman)' : '';
  return (
    <div className={`attendance-row status-${entry.status}`} ref={register}>
      <div className="attendance-person">
        <span className="attendance-name">
          {label}
          {suffix && <span className="chair-tag">{suffix}</span>}
        </span>
        <span className="attendance-role" title={details}>
          {details}
        </span>
      </div>
      <div role="radiogroup" aria-label={label} className="status-choices" onKeyDown={onKeyDown}>
        {choices.map((choice, index) => (
          <button
            key={choice.status}
            type="button"
            role="radio"
            data-status={choice.status}
            aria-checked={entry.status === choice.status}
            tabIndex={index === (selectedIndex < 0 ? 0 : selectedIndex) ? 0 : -1}
            aria-label={choice.label}
            title={`${choice.label} (${choice.key.toUpperCase()})`}
            onClick={() => setStatus(entry.status === choice.status ? 'unmarked' : choice.status)}
          >
            {/* A letter each, so a 25-member roster fits a laptop's screen; the name is read out. */}
            {choice.key.toUpperCase()}
          </button>
        ))}
      </div>
      <TimesEditor entry={entry} agenda={agenda} currentItemId={currentItemId} actions={actions} />
    </div>
  );
}
