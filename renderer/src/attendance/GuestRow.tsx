import { useState } from 'react';
import type { AttendanceEntry } from '../../../shared/domain.ts';
import { api, describeError } from '../api.ts';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import { TimesEditor } from './TimesEditor.tsx';
import { personLabel } from '../../../shared/compose/people.ts';

export function GuestRow({ entry, attendance, agenda, currentItemId, actions }: { entry: AttendanceEntry; attendance: AttendanceEntry[]; agenda: NumberedItem[]; currentItemId: string | null; actions: MeetingActions }) {
  const [error, setError] = useState<string | null>(null);
  const absentee = entry.substituteForMemberId ? attendance.find((candidate) => candidate.memberId === entry.substituteForMemberId) : undefined;
  const standingFor = absentee ? personLabel(absentee) : null;
  const remove = async () => {
    try {
      await api.removeAttendee({ attendeeId: entry.attendeeId! });
      actions.removedAttendee(entry.attendeeId!);
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };
  return (
    <div className="attendance-row guest-row">
      <div className="attendance-person">
        <span className="attendance-name">{entry.name}</span>
        <span className="attendance-role">
          {entry.status === 'substitute' ? `Substitute for ${standingFor ?? 'a member'}` : [entry.role, entry.organisation].filter(Boolean).join(', ')}
        </span>
      </div>
      {entry.status !== 'substitute' && (
        <select
          aria-label={`How ${entry.name} is listed`}
          value={entry.status}
          onChange={(event) => actions.saveAttendance(entry, { status: event.target.value as 'also_present' | 'in_attendance' })}
        >
          <option value="also_present">Also present</option>
          <option value="in_attendance">In attendance</option>
        </select>
      )}
      <button type="button" className="icon" aria-label={`Remove ${entry.name}`} onClick={remove}>
        ✕
      </button>
      <TimesEditor entry={entry} agenda={agenda} currentItemId={currentItemId} actions={actions} />
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
