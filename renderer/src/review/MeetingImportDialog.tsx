import { useState, useSyncExternalStore } from 'react';
import type { ImportedMeeting } from '../../../shared/api.ts';
import { api } from '../api.ts';
import { navigate } from '../app/route.ts';
import { CompareView } from './CompareView.tsx';
import { ModalDialog } from './ModalDialog.tsx';

// A meeting file of a meeting that is already here: never a duplicate, never a silent refusal.
// The import says what differs; the secretary updates the meeting from the file (a new version)
// or keeps the file as a separate copy.

type Pending = Exclude<ImportedMeeting, { outcome: 'added' }>;

let pending: Pending | null = null;
const listeners = new Set<() => void>();
const publish = (next: Pending | null) => {
  pending = next;
  for (const listener of listeners) listener();
};

/** What an import found: opens the meeting when it was added, asks when it was already here. */
export function showImportOutcome(imported: ImportedMeeting): void {
  if (imported.outcome === 'added') navigate({ screen: 'meeting', meetingId: imported.meetingId });
  else publish(imported);
}

export function MeetingImportDialog() {
  const shown = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
  if (!shown) return null;
  return <ImportChoice key={shown.meetingId + shown.outcome} shown={shown} onClose={() => publish(null)} />;
}

function ImportChoice({ shown, onClose }: { shown: Pending; onClose: () => void }) {
  const [choice, setChoice] = useState<'update' | 'copy'>('update');
  const [reason, setReason] = useState('');
  if (shown.outcome === 'unchanged') {
    return (
      <ModalDialog
        title="This meeting is already here"
        submitLabel="Open the meeting"
        onClose={onClose}
        onSubmit={() => navigate({ screen: 'meeting', meetingId: shown.meetingId })}
        lead={<p>The meeting in the file is exactly the same as the one in Proceedings, so there is nothing to bring in.</p>}
      >
        {null}
      </ModalDialog>
    );
  }
  return (
    <ModalDialog
      title="This meeting is already here, and the file differs"
      className="import-choice-dialog"
      submitLabel={choice === 'update' ? 'Update the meeting' : 'Keep as a separate copy'}
      onClose={onClose}
      lead={<p>“{shown.fileName}” holds a meeting that is already in Proceedings. This is what the file would change:</p>}
      onSubmit={async () => {
        const resolved = await api.resolveMeetingImport({ pendingImportId: shown.pendingImportId, choice, reason: reason.trim() });
        navigate({ screen: 'meeting', meetingId: resolved.meetingId });
      }}
    >
      <div className="import-comparison">
        <CompareView comparison={shown.comparison} />
      </div>
      <fieldset className="import-choices">
        <legend>What to do</legend>
        <label className="checkbox">
          <input type="radio" name="import-choice" checked={choice === 'update'} onChange={() => setChoice('update')} />
          Update the meeting here from the file, as a new version (the minutes as they are now are kept under Versions)
        </label>
        <label className="checkbox">
          <input type="radio" name="import-choice" checked={choice === 'copy'} onChange={() => setChoice('copy')} />
          Keep the file as a separate copy of the meeting, leaving this one as it is
        </label>
      </fieldset>
      {choice === 'update' && (
        <label>
          Why (optional, kept with the version)
          <input value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} placeholder="e.g. The Vice-Chairman’s corrections" />
        </label>
      )}
    </ModalDialog>
  );
}
