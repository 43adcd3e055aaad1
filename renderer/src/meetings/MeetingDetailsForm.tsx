import type { Meeting } from '../../../shared/domain.ts';
import { longDate } from '../app/format.ts';
import type { MeetingActions } from './useMeeting.ts';
import { DateInput, TimeInput } from '../app/BritishInputs.tsx';

export function MeetingDetailsForm({ meeting, actions }: { meeting: Meeting; actions: MeetingActions }) {
  const edit = (changes: Parameters<MeetingActions['saveMeeting']>[1]) => actions.saveMeeting(meeting, changes);
  return (
    <details className="meeting-details">
      <summary>
        <span className="meeting-when">
          {longDate(meeting.date)}, {meeting.startTime}
        </span>
        <span className="meeting-where">{meeting.isVirtual ? 'Virtual meeting' : meeting.venue || 'Venue not set'}</span>
        {meeting.nextMeetingDate && <span className="meeting-where">Next meeting {longDate(meeting.nextMeetingDate)}</span>}
      </summary>
      <div className="form-grid compact">
        <label>
          Date
          <DateInput value={meeting.date} onChange={(event) => event.target.value && edit({ date: event.target.value })} />
        </label>
        <label>
          Start time
          <TimeInput value={meeting.startTime} onChange={(event) => event.target.value && edit({ startTime: event.target.value })} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={meeting.isVirtual} onChange={(event) => edit({ isVirtual: event.target.checked })} />
          Virtual meeting
        </label>
        {!meeting.isVirtual && (
          <label>
            Venue
            <input value={meeting.venue} onChange={(event) => edit({ venue: event.target.value })} />
          </label>
        )}
        <label>
          Title
          <input value={meeting.title} onChange={(event) => edit({ title: event.target.value })} />
        </label>
        <label>
          Started at
          <TimeInput value={meeting.startedAt ?? ''} onChange={(event) => edit({ startedAt: event.target.value || null })} />
        </label>
        <label>
          Ended at
          <TimeInput value={meeting.endedAt ?? ''} onChange={(event) => edit({ endedAt: event.target.value || null })} />
        </label>
        <label>
          Date of next meeting
          <DateInput
            value={meeting.nextMeetingDate ?? ''}
            min={meeting.date}
            onChange={(event) => edit({ nextMeetingDate: event.target.value || null })}
          />
        </label>
      </div>
    </details>
  );
}
