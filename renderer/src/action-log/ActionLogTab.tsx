import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { actionStatuses, type ActionLogEntry, type ActionOwner, type ActionProgress, type ActionStatus, type Committee } from '../../../shared/domain.ts';
import { formatDate } from '../../../shared/wording.ts';
import { statusLabels } from '../actions/ActionRow.tsx';
import { withChosenFile } from '../app/chosen-file.ts';
import { api, describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { todayIso } from '../app/format.ts';
import { hrefFor } from '../app/route.ts';
import { useLoad } from '../app/useLoad.ts';
import './action-log.css';
import { DateInput } from '../app/BritishInputs.tsx';

/** An owner as a select's value: owners are objects, a select holds strings. */
function ownerKey(owner: ActionOwner): string {
  if ('memberId' in owner) return `member:${owner.memberId}`;
  if ('attendeeId' in owner) return `attendee:${owner.attendeeId}`;
  return `group:${owner.group}`;
}

type Filters = { owner: ActionOwner | undefined; meetingId: string | undefined; status: ActionStatus | undefined };

type Outcome = { kind: 'idle' } | { kind: 'working'; what: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/** The committee's action log across meetings. */
export function ActionLogTab({ committee }: { committee: Committee }) {
  const [filters, setFilters] = useState<Filters>({ owner: undefined, meetingId: undefined, status: undefined });
  const { state, reload } = useLoad(
    () => api.listActionLog({ committeeId: committee.id, ...filters }),
    [committee.id, filters.owner && ownerKey(filters.owner), filters.meetingId, filters.status],
  );
  // The log lists every owner and meeting whatever the filters, and the last log stays on screen
  // while the next one loads, so the filters' choices never jump.
  const choices = state.status === 'ready' ? state.value : { owners: [], meetings: [] };
  const [markingId, setMarkingId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  const ownerByKey = new Map(choices.owners.map((choice) => [ownerKey(choice.owner), choice.owner]));
  const entries = state.status === 'ready' ? state.value.entries : [];
  const isFiltered = filters.owner !== undefined || filters.meetingId !== undefined || filters.status !== undefined;

  const markDone = async (entry: ActionLogEntry, note: string, doneOn: string) => {
    setOutcome({ kind: 'working', what: 'Marking done…' });
    try {
      await api.markActionDone({ actionId: entry.action.id, note, doneOn });
      setMarkingId(null);
      setOutcome({ kind: 'done', message: `Marked “${describe(entry)}” done.` });
      reload();
      // The row's button has gone with the open action; the log's heading keeps the place.
      heading.current?.focus();
    } catch (error) {
      setOutcome({ kind: 'failed', message: `The action was not marked done: ${describeError(error).message}` });
    }
  };

  const exportLog = async () => {
    setOutcome({ kind: 'working', what: 'Exporting…' });
    try {
      const saved = await withChosenFile({ purpose: 'action-log', suggestedName: `${committee.name} action log` }, (target) =>
        api.exportActionLog({ committeeId: committee.id, ...filters, target, openAfterwards: true }),
      );
      setOutcome(saved ? { kind: 'done', message: `Saved the action log as “${saved.fileName}”.` } : { kind: 'idle' });
    } catch (error) {
      setOutcome({ kind: 'failed', message: `The action log was not exported: ${describeError(error).message}` });
    }
  };

  return (
    <section className="action-log" aria-labelledby={headingId}>
      <div className="action-log-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Actions across meetings
        </h2>
        <button type="button" onClick={() => void exportLog()} aria-disabled={outcome.kind === 'working'}>
          Export to Word…
        </button>
      </div>
      <form className="action-log-filters" aria-label="Filter the action log" onSubmit={(event) => event.preventDefault()}>
        <label>
          Owner
          <select
            value={filters.owner ? ownerKey(filters.owner) : ''}
            onChange={(event) => setFilters((current) => ({ ...current, owner: ownerByKey.get(event.target.value) }))}
          >
            <option value="">Everyone</option>
            {choices.owners.map((choice) => (
              <option key={ownerKey(choice.owner)} value={ownerKey(choice.owner)}>
                {choice.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Raised at
          <select value={filters.meetingId ?? ''} onChange={(event) => setFilters((current) => ({ ...current, meetingId: event.target.value || undefined }))}>
            <option value="">Any meeting</option>
            {choices.meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                Meeting of {formatDate(meeting.date)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select
            value={filters.status ?? ''}
            onChange={(event) => setFilters((current) => ({ ...current, status: (event.target.value || undefined) as ActionStatus | undefined }))}
          >
            <option value="">Any status</option>
            {actionStatuses.map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </select>
        </label>
        {isFiltered && (
          <button type="button" className="link-button" onClick={() => setFilters({ owner: undefined, meetingId: undefined, status: undefined })}>
            Show all actions
          </button>
        )}
      </form>
      <div role="status" className="action-log-outcome">
        {outcome.kind === 'working' && outcome.what}
        {outcome.kind === 'done' && outcome.message}
      </div>
      {outcome.kind === 'failed' && <ErrorMessage message={outcome.message} />}
      {state.status === 'failed' && <ErrorMessage message={state.message} />}
      {state.status === 'ready' && entries.length === 0 && (
        <p className="empty">{isFiltered ? 'No actions match these filters.' : 'No actions yet. Actions added to a meeting’s items appear here.'}</p>
      )}
      {entries.length > 0 && (
        <table className="action-log-table" aria-label="Action log">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Raised at</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Progress</th>
              <th scope="col">
                <span className="visually-hidden">Mark done</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <LogRow
                key={entry.action.id}
                entry={entry}
                isMarking={markingId === entry.action.id}
                isBusy={outcome.kind === 'working'}
                onStartMarking={() => {
                  setMarkingId(entry.action.id);
                  setOutcome({ kind: 'idle' });
                }}
                onCancel={() => setMarkingId(null)}
                onMarkDone={(note, doneOn) => void markDone(entry, note, doneOn)}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function LogRow({
  entry,
  isMarking,
  isBusy,
  onStartMarking,
  onCancel,
  onMarkDone,
}: {
  entry: ActionLogEntry;
  isMarking: boolean;
  isBusy: boolean;
  onStartMarking: () => void;
  onCancel: () => void;
  onMarkDone: (note: string, doneOn: string) => void;
}) {
  const { action, origin } = entry;
  const name = describe(entry);
  const markButton = useRef<HTMLButtonElement>(null);
  const wasMarking = useRef(false);
  useEffect(() => {
    // Cancelling puts the focus back where the secretary started.
    if (wasMarking.current && !isMarking) markButton.current?.focus();
    wasMarking.current = isMarking;
  }, [isMarking]);
  return (
    <>
      <tr className={`status-${action.status}`}>
        <th scope="row" className="action-log-description">
          {action.description.trim() || <em>No description</em>}
        </th>
        <td>
          <a href={hrefFor({ screen: 'meeting', meetingId: origin.meetingId, itemId: origin.itemId })}>
            {formatDate(origin.meetingDate)}, minute {origin.itemNumber}
          </a>
          <span className="action-log-item-title">{origin.itemTitle}</span>
        </td>
        <td>
          {entry.ownerName}
          {entry.ownerLabel && entry.ownerLabel !== entry.ownerName && <span className="action-log-initials"> ({entry.ownerLabel})</span>}
        </td>
        <td>{action.dueDate ? formatDate(action.dueDate) : '—'}</td>
        <td>
          <span className={`status-badge status-badge--${action.status}`}>{statusLabels[action.status]}</span>
        </td>
        <td>
          <History history={entry.history} />
        </td>
        <td className="action-log-tools">
          {action.status !== 'done' && !isMarking && (
            <button type="button" ref={markButton} onClick={onStartMarking} aria-label={`Mark done: ${name}`}>
              Mark done…
            </button>
          )}
        </td>
      </tr>
      {isMarking && (
        <tr className="action-log-marking">
          <td colSpan={7}>
            <MarkDoneForm name={name} isBusy={isBusy} onCancel={onCancel} onMarkDone={onMarkDone} />
          </td>
        </tr>
      )}
    </>
  );
}

function MarkDoneForm({ name, isBusy, onCancel, onMarkDone }: { name: string; isBusy: boolean; onCancel: () => void; onMarkDone: (note: string, doneOn: string) => void }) {
  const [note, setNote] = useState('');
  const [doneOn, setDoneOn] = useState(todayIso());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isBusy) onMarkDone(note, doneOn || todayIso());
  };
  return (
    <form className="mark-done-form" aria-label={`Mark done: ${name}`} onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <label className="mark-done-note">
        Note
        <textarea
          rows={2}
          value={note}
          autoFocus
          placeholder="e.g. The figures were circulated on 2 April."
          onChange={(event) => setNote(event.target.value)}
          onKeyDown={(event) => {
            // Enter marks it done, as in the other one-line forms; Shift+Enter starts a new line.
            if (event.key === 'Enter' && !event.shiftKey) submit(event);
          }}
        />
      </label>
      <label>
        Done on
        <DateInput value={doneOn} onChange={(event) => setDoneOn(event.target.value)} />
      </label>
      <div className="mark-done-buttons">
        <button type="submit" className="primary" aria-disabled={isBusy}>
          Mark done
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function History({ history }: { history: ActionProgress[] }) {
  const steps = history.filter((step) => step.status !== 'open' || step.note.trim() !== '');
  if (steps.length === 0) return <span className="hint">—</span>;
  return (
    <ul className="action-log-history">
      {steps.map((step) => (
        <li key={step.id}>
          <span className="history-when">{step.meetingId ? `Meeting of ${formatDate(step.recordedOn)}` : formatDate(step.recordedOn)}:</span>{' '}
          {statusLabels[step.status]}
          {step.note.trim() && <> — {step.note.trim()}</>}
        </li>
      ))}
    </ul>
  );
}

const describe = (entry: ActionLogEntry) => entry.action.description.trim() || `action of minute ${entry.origin.itemNumber}`;
