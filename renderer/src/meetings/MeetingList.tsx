import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Committee, MeetingSummary } from '../../../shared/domain.ts';
import { api, describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { longDate, todayIso } from '../app/format.ts';
import { stateBadgeLabels } from '../review/state-words.ts';
import { takeNewMeetingFocusRequest, useNewMeetingCommand } from '../app/new-meeting-command.ts';
import { hrefFor, navigate } from '../app/route.ts';
import { useLoad } from '../app/useLoad.ts';
import { DateInput, TimeInput } from '../app/BritishInputs.tsx';

export function MeetingList({ committee }: { committee: Committee }) {
  const { state } = useLoad(() => api.listMeetings({ committeeId: committee.id }), [committee.id]);
  const today = todayIso();
  const meetings = state.status === 'ready' ? state.value : [];
  const upcoming = meetings.filter((meeting) => meeting.date >= today).reverse();
  const past = meetings.filter((meeting) => meeting.date < today);
  return (
    <div className="meetings-tab">
      {state.status === 'failed' && <ErrorMessage message={state.message} />}
      <MeetingGroup heading="Upcoming meetings" meetings={upcoming} empty="No upcoming meetings." />
      <MeetingGroup heading="Past meetings" meetings={past} empty="No past meetings." />
      <NewMeetingForm committee={committee} />
    </div>
  );
}

function MeetingGroup({ heading, meetings, empty }: { heading: string; meetings: MeetingSummary[]; empty: string }) {
  return (
    <section aria-label={heading}>
      <h2>{heading}</h2>
      {meetings.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <a href={hrefFor({ screen: 'meeting', meetingId: meeting.id })}>
                {longDate(meeting.date)}
                {meeting.title && ` — ${meeting.title}`}
              </a>
              <span className="meeting-meta">
                {meeting.startTime} · {meeting.isVirtual ? 'Virtual meeting' : meeting.venue || 'Venue to be confirmed'}
              </span>
              <span className={`badge badge--${meeting.status}`}>{stateBadgeLabels[meeting.status]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NewMeetingForm({ committee }: { committee: Committee }) {
  const [date, setDate] = useState(todayIso());
  const [startTime, setStartTime] = useState(committee.defaultStartTime);
  const [venue, setVenue] = useState(committee.defaultVenue);
  const [isVirtual, setIsVirtual] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (takeNewMeetingFocusRequest()) dateInput.current?.focus();
  }, []);
  useNewMeetingCommand(
    useCallback(() => {
      takeNewMeetingFocusRequest();
      dateInput.current?.focus();
    }, []),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const meeting = await api.createMeeting({ committeeId: committee.id, date, startTime, venue, isVirtual, title });
      navigate({ screen: 'meeting', meetingId: meeting.id });
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };

  return (
    <form className="panel form-grid" onSubmit={submit} aria-labelledby="new-meeting-heading">
      <h2 id="new-meeting-heading">New meeting</h2>
      <label>
        Date
        <DateInput ref={dateInput} value={date} onChange={(event) => setDate(event.target.value)} required />
      </label>
      <label>
        Start time
        <TimeInput value={startTime} onChange={(event) => setStartTime(event.target.value)} required />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={isVirtual} onChange={(event) => setIsVirtual(event.target.checked)} />
        Virtual meeting
      </label>
      {!isVirtual && (
        <label>
          Venue
          <input value={venue} onChange={(event) => setVenue(event.target.value)} />
        </label>
      )}
      <label>
        Title (optional)
        <input value={title} onChange={(event) => setTitle(event.target.value)} placeholder="e.g. Annual meeting" />
      </label>
      {error && <ErrorMessage message={error} />}
      <div className="form-actions">
        <button type="submit" className="primary">
          Create meeting
        </button>
      </div>
    </form>
  );
}
