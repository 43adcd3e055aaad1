import { useRef, useState, type FormEvent } from 'react';
import { useModalDialog } from '../app/useModalDialog.ts';
import type { MeetingDetail } from '../../../shared/domain.ts';
import { api, describeError } from '../api.ts';
import { longDate } from '../app/format.ts';
import { navigate } from '../app/route.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import './meetings.css';
import { DateInput, TimeInput } from '../app/BritishInputs.tsx';

/** "Create next meeting": the committee's next meeting, continuing from this one. */
export function NextMeetingButton({ detail }: { detail: MeetingDetail }) {
  const [isOpen, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={button} onClick={() => setOpen(true)}>
        Create next meeting…
      </button>
      {isOpen && (
        <NextMeetingDialog
          detail={detail}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}

function NextMeetingDialog({ detail, onClose }: { detail: MeetingDetail; onClose: () => void }) {
  const { meeting } = detail;
  const { ref: dialog, hide } = useModalDialog();
  const queue = useSaveQueue();
  // Read once, when the dialog opens: the date of next meeting may have been typed just before.
  const [date, setDate] = useState(meeting.nextMeetingDate ?? '');
  const [startTime, setStartTime] = useState(meeting.startTime);
  const [isVirtual, setIsVirtual] = useState(meeting.isVirtual);
  const [venue, setVenue] = useState(meeting.venue);
  const [isWorking, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);


  // The dialog's close event tells onClose; without one, it is told here.
  const close = () => {
    if (!hide()) onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isWorking) return;
    if (!date) {
      setError('Give the date of the next meeting.');
      return;
    }
    setWorking(true);
    setError(null);
    try {
      // The actions still open and the date of next meeting go across as they stand now.
      await queue.flush();
      const next = await api.createNextMeeting({ meetingId: meeting.id, date, startTime, isVirtual, venue });
      navigate({ screen: 'meeting', meetingId: next.id });
    } catch (failure) {
      setError(describeError(failure).message);
      setWorking(false);
    }
  };

  return (
    <dialog ref={dialog} className="next-meeting-dialog" aria-labelledby="next-meeting-heading" onClose={onClose} onCancel={onClose}>
      <form onSubmit={(event) => void submit(event)} aria-labelledby="next-meeting-heading">
        <h2 id="next-meeting-heading">Create next meeting</h2>
        <p className="hint">
          The next meeting gets the standard agenda, the approval of these minutes ({longDate(meeting.date)}) and, under Matters arising, the actions still
          open.
        </p>
        <div className="next-meeting-fields">
          <label>
            Date
            <DateInput value={date} min={meeting.date} onChange={(event) => setDate(event.target.value)} required autoFocus />
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
        </div>
        {error && (
          <p role="alert" className="error-message">
            The next meeting was not created: {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" aria-disabled={isWorking}>
            {isWorking ? 'Creating…' : 'Create and open'}
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
