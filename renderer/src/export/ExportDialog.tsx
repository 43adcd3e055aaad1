import { useRef, useState } from 'react';
import { useModalDialog } from '../app/useModalDialog.ts';
import type { MinutesMode } from '../../../shared/compose/model.ts';
import type { Committee, Meeting } from '../../../shared/domain.ts';
import type { MinutesStatus } from '../../../shared/minutes-state.ts';
import { hrefFor } from '../app/route.ts';
import { exportStateSentence } from '../review/state-words.ts';
import { withChosenFile } from '../app/chosen-file.ts';
import { api, describeError } from '../api.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';

type Outcome = { kind: 'idle' } | { kind: 'working' } | { kind: 'saved'; fileName: string } | { kind: 'failed'; message: string };

/** "Export to Word…": which version, where (the system's Save dialog), and whether to open it. */
export function ExportDialog({
  committee,
  meeting,
  status,
  hasPart2,
  onClose,
}: {
  committee: Committee;
  meeting: Meeting;
  status: MinutesStatus;
  hasPart2: boolean;
  onClose: () => void;
}) {
  const chooseButton = useRef<HTMLButtonElement>(null);
  const { ref: dialog, hide } = useModalDialog(true, { initialFocus: chooseButton });
  const queue = useSaveQueue();
  const [mode, setMode] = useState<MinutesMode>('full');
  const [openAfterwards, setOpenAfterwards] = useState(true);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });


  // The dialog's close event tells onClose; without one, it is told here.
  const close = () => {
    if (!hide()) onClose();
  };

  const exportMeetingFile = async () => {
    setOutcome({ kind: 'working' });
    try {
      await queue.flush();
      const saved = await withChosenFile({ purpose: 'meeting-file-save', suggestedName: `${committee.name} meeting ${meeting.date}` }, (target) =>
        api.exportMeetingFile({ meetingId: meeting.id, target }),
      );
      setOutcome(saved ? { kind: 'saved', fileName: saved.fileName } : { kind: 'idle' });
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeError(error).message });
    }
  };

  const exportMinutes = async () => {
    setOutcome({ kind: 'working' });
    try {
      // Everything typed so far goes into the document.
      await queue.flush();
      const suggestedName = `${committee.name} minutes ${meeting.date}${mode === 'public' ? ' (public)' : ''}`;
      const saved = await withChosenFile({ purpose: 'minutes', suggestedName }, (target) =>
        api.exportMinutes({ meetingId: meeting.id, mode, target, openAfterwards }),
      );
      setOutcome(saved ? { kind: 'saved', fileName: saved.fileName } : { kind: 'idle' });
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeError(error).message });
    }
  };

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="export-heading" onClose={onClose} onCancel={onClose}>
      <h2 id="export-heading">Export to Word</h2>
      <p className="export-state">
        {exportStateSentence(status)}{' '}
        {status.version > 0 && (
          <a href={hrefFor({ screen: 'meeting-versions', meetingId: meeting.id })} onClick={close}>
            An earlier version…
          </a>
        )}
      </p>
      <fieldset>
        <legend>Version</legend>
        <label className="checkbox">
          <input type="radio" name="minutes-mode" checked={mode === 'full'} onChange={() => setMode('full')} />
          Full minutes{hasPart2 && ' — Part 2 items included and marked CONFIDENTIAL'}
        </label>
        <label className="checkbox">
          <input type="radio" name="minutes-mode" checked={mode === 'public'} onChange={() => setMode('public')} />
          Public minutes{hasPart2 ? ' — Part 2 items keep their number and title only' : ''}
        </label>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={openAfterwards} onChange={(event) => setOpenAfterwards(event.target.checked)} />
        Open the document in Word when it has been saved
      </label>
      <div role="status" aria-live="polite" className="export-outcome">
        {outcome.kind === 'working' && 'Exporting…'}
        {outcome.kind === 'saved' && `Saved as “${outcome.fileName}”.`}
      </div>
      {outcome.kind === 'failed' && (
        <p role="alert" className="error-message">
          The minutes were not exported: {outcome.message}
        </p>
      )}
      <div className="dialog-actions">
        <button ref={chooseButton} type="button" className="primary" onClick={exportMinutes} disabled={outcome.kind === 'working'}>
          Choose where to save…
        </button>
        <button type="button" onClick={close}>
          {outcome.kind === 'saved' ? 'Close' : 'Cancel'}
        </button>
      </div>
      <p className="hint">
        To move this meeting to another computer, export it as a meeting file (for the chairman’s review, use Send to the chairman… instead):{' '}
        <button type="button" className="link-button" onClick={exportMeetingFile} disabled={outcome.kind === 'working'}>
          Export meeting file…
        </button>
      </p>
    </dialog>
  );
}
