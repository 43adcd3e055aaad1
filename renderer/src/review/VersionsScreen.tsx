import { useRef, useState } from 'react';
import type { MethodInput } from '../../../shared/api.ts';
import type { MinutesVersionSummary } from '../../../shared/minutes-state.ts';
import { api, describeError } from '../api.ts';
import { ErrorMessage, Layout } from '../app/Layout.tsx';
import { longDate } from '../app/format.ts';
import { hrefFor, navigate } from '../app/route.ts';
import { useLoad } from '../app/useLoad.ts';
import { useWindowTitle } from '../app/window-title.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import { CompareView } from './CompareView.tsx';
import { ModalDialog } from './ModalDialog.tsx';
import { stateBadgeLabels, stateLabel, when, who } from './state-words.ts';

type MinutesRef = MethodInput<'compareMinutes'>['from'];

/** "sent", "current" or a version number, as the address carries them. */
export function parseMinutesRef(text: string): MinutesRef | null {
  if (text === 'sent') return { sent: true };
  if (text === 'current') return { current: true };
  return /^\d+$/.test(text) && Number(text) >= 1 ? { version: Number(text) } : null;
}

const refWords = (text: string, versions: MinutesVersionSummary[]) => {
  if (text === 'current') return 'The current minutes';
  if (text === 'sent') return 'The version last sent to the chairman';
  const version = versions.find((candidate) => String(candidate.version) === text);
  return version ? `Version ${version.version} — ${stateBadgeLabels[version.state]}, ${when(version.at)}` : `Version ${text}`;
};

/**
 * The minutes' versions, newest first, with who moved them, when and why; any one exported to
 * Word; any two compared — and what changed since the chairman saw it, in one click.
 */
export function VersionsScreen({ meetingId, compare }: { meetingId: string; compare?: { from: string; to: string } }) {
  const meeting = useLoad(() => api.getMeeting({ meetingId }), [meetingId]);
  const versions = useLoad(() => api.listMinutesVersions({ meetingId }), [meetingId]);
  const detail = meeting.state.status === 'ready' ? meeting.state.value : null;
  const list = versions.state.status === 'ready' ? versions.state.value : [];
  const heading = detail ? detail.meeting.title || `Meeting of ${longDate(detail.meeting.date)}` : 'Meeting';
  useWindowTitle({ place: detail ? `Versions: ${detail.committee.name} — ${heading}` : null, state: detail ? stateBadgeLabels[detail.minutes.state] : null });
  const [exportMessage, setExportMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [restoring, setRestoring] = useState<MinutesVersionSummary | null>(null);
  const [restoreMessage, setRestoreMessage] = useState<string | null>(null);
  const canRestore = !!detail && !detail.minutes.isReadOnly;

  const exportVersion = async (version: MinutesVersionSummary) => {
    if (!detail) return;
    setExportMessage(null);
    try {
      const chosen = await api.chooseFile({ purpose: 'minutes', suggestedName: `${detail.committee.name} minutes ${detail.meeting.date} v${version.version}` });
      if ('cancelled' in chosen) return;
      await api.exportMinutes({ meetingId, mode: 'full', target: chosen.grantId, version: version.version });
      setExportMessage({ text: `Version ${version.version} saved as “${chosen.fileName}”.`, isError: false });
    } catch (failure) {
      setExportMessage({ text: `Version ${version.version} was not exported: ${describeError(failure).message}`, isError: true });
    }
  };

  const showCompare = (from: string, to: string) => navigate({ screen: 'meeting-versions', meetingId, compare: { from, to } });
  const failed = meeting.state.status === 'failed' ? meeting.state.message : versions.state.status === 'failed' ? versions.state.message : null;
  return (
    <Layout
      crumbs={[
        { label: 'Committees', href: hrefFor({ screen: 'home' }) },
        ...(detail ? [{ label: detail.committee.name, href: hrefFor({ screen: 'committee', committeeId: detail.committee.id, tab: 'meetings' }) }] : []),
        { label: heading, href: hrefFor({ screen: 'meeting', meetingId }) },
        { label: 'Versions' },
      ]}
      actions={
        <a className="button-link" href={hrefFor({ screen: 'meeting', meetingId })}>
          Back to the live form
        </a>
      }
    >
      <div className="page versions-page">
        <h1>Versions of the minutes</h1>
        {failed && <ErrorMessage message={failed} />}
        {detail && (
          <p>
            Now: <strong>{stateLabel(detail.minutes.state)}</strong>.{' '}
            {detail.minutes.sent && (
              <button type="button" className="primary" onClick={() => showCompare('sent', 'current')}>
                What changed since the chairman saw it
              </button>
            )}
          </p>
        )}
        {detail?.minutes.isReadOnly && list.length > 0 && (
          <p className="hint">Approved minutes cannot be changed: to bring an older version back, start a new draft from the live form first.</p>
        )}
        {restoreMessage && (
          <p role="status" className="export-outcome">
            {restoreMessage}
          </p>
        )}
        {versions.state.status === 'ready' && list.length === 0 && (
          <p className="empty">No versions yet. A version is saved each time the minutes are sent to the chairman, returned, approved or changed from a response.</p>
        )}
        {list.length > 0 && (
          <table className="versions-table" aria-label="Versions">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">State</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Why</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((version) => (
                <tr key={version.version}>
                  <th scope="row">{version.version}</th>
                  <td>
                    <span className={`badge badge--${version.state}`}>{stateBadgeLabels[version.state]}</span>
                  </td>
                  <td>{when(version.at)}</td>
                  <td>{who(version.by)}</td>
                  <td className="version-reason">{version.reason}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" onClick={() => void exportVersion(version)} aria-label={`Export version ${version.version} to Word`}>
                        Export to Word…
                      </button>
                      <button type="button" onClick={() => showCompare(String(version.version), 'current')} aria-label={`Compare version ${version.version} with the current minutes`}>
                        Compare with now
                      </button>
                      {canRestore && (
                        <button type="button" onClick={() => setRestoring(version)} aria-label={`Restore version ${version.version}`}>
                          Restore this version…
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {exportMessage && (
          <p role={exportMessage.isError ? 'alert' : 'status'} className={exportMessage.isError ? 'error-message' : 'export-outcome'}>
            {exportMessage.text}
          </p>
        )}
        {restoring && (
          <RestoreDialog
            meetingId={meetingId}
            version={restoring}
            onClose={() => setRestoring(null)}
            onRestored={(message) => {
              setRestoreMessage(message);
              meeting.reload();
              versions.reload();
            }}
          />
        )}
        {list.length > 0 && <ChooseComparison versions={list} hasSent={!!detail?.minutes.sent} initial={compare} onCompare={showCompare} />}
        {compare && <Comparison key={`${compare.from}/${compare.to}`} meetingId={meetingId} from={compare.from} to={compare.to} versions={list} />}
      </div>
    </Layout>
  );
}

/**
 * Asks before an older version becomes the draft, with the reason for the history. The handler keeps
 * the draft as it stands as a version of its own first, so nothing typed since is lost.
 */
function RestoreDialog({ meetingId, version, onClose, onRestored }: { meetingId: string; version: MinutesVersionSummary; onClose: () => void; onRestored: (message: string) => void }) {
  const queue = useSaveQueue();
  const [reason, setReason] = useState(`Back to version ${version.version}`);
  const reasonField = useRef<HTMLInputElement>(null);
  return (
    <ModalDialog
      initialFocus={reasonField}
      title={`Restore version ${version.version}?`}
      submitLabel={`Restore version ${version.version}`}
      isSubmitDisabled={!reason.trim()}
      onClose={onClose}
      lead={
        <p>
          Anything typed since the last version is kept as a version first, then version {version.version} ({stateBadgeLabels[version.state]}, {when(version.at)})
          becomes the draft. Every version stays in the history.
        </p>
      }
      onSubmit={async () => {
        // Edits still on their way are saved first, so the version kept holds them.
        await queue.flush();
        const before = await api.listMinutesVersions({ meetingId });
        const status = await api.restoreMinutesVersion({ meetingId, version: version.version, reason: reason.trim() });
        const kept = status.version - (before[0]?.version ?? 0) > 1 ? ` The draft as it stood is kept as version ${status.version - 1}.` : '';
        onRestored(`Version ${version.version} is the draft again, saved as version ${status.version}.${kept}`);
      }}
    >
      <label>
        Why?
        <input ref={reasonField} value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={500} />
      </label>
    </ModalDialog>
  );
}

function ChooseComparison({
  versions,
  hasSent,
  initial,
  onCompare,
}: {
  versions: MinutesVersionSummary[];
  hasSent: boolean;
  initial?: { from: string; to: string };
  onCompare: (from: string, to: string) => void;
}) {
  const choices = ['current', ...(hasSent ? ['sent'] : []), ...versions.map((version) => String(version.version))];
  const [from, setFrom] = useState(initial?.from ?? String(versions[versions.length > 1 ? 1 : 0]!.version));
  const [to, setTo] = useState(initial?.to ?? 'current');
  return (
    <form
      className="panel form-row compare-choice"
      aria-label="Compare two versions"
      onSubmit={(event) => {
        event.preventDefault();
        onCompare(from, to);
      }}
    >
      <h2>Compare any two</h2>
      <label>
        From
        <select value={from} onChange={(event) => setFrom(event.target.value)}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {refWords(choice, versions)}
            </option>
          ))}
        </select>
      </label>
      <label>
        To
        <select value={to} onChange={(event) => setTo(event.target.value)}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {refWords(choice, versions)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Compare</button>
    </form>
  );
}

function Comparison({ meetingId, from, to, versions }: { meetingId: string; from: string; to: string; versions: MinutesVersionSummary[] }) {
  const fromRef = parseMinutesRef(from);
  const toRef = parseMinutesRef(to);
  const { state } = useLoad(
    () => (fromRef && toRef ? api.compareMinutes({ meetingId, from: fromRef, to: toRef }) : Promise.reject(new Error('Those versions cannot be compared.'))),
    [meetingId, from, to],
  );
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const exportComparison = async () => {
    if (!fromRef || !toRef) return;
    setMessage(null);
    try {
      const chosen = await api.chooseFile({ purpose: 'comparison', suggestedName: `Changes ${from} to ${to}` });
      if ('cancelled' in chosen) return;
      await api.exportComparison({ meetingId, from: fromRef, to: toRef, target: chosen.grantId });
      setMessage({ text: `Comparison saved as “${chosen.fileName}”.`, isError: false });
    } catch (failure) {
      setMessage({ text: `The comparison was not exported: ${describeError(failure).message}`, isError: true });
    }
  };
  return (
    <section className="panel" aria-labelledby="comparison-heading">
      <div className="compare-toolbar">
        <h2 id="comparison-heading">
          {refWords(from, versions)} → {refWords(to, versions)}
        </h2>
        <button type="button" onClick={() => void exportComparison()} disabled={state.status !== 'ready'}>
          Export comparison to Word…
        </button>
      </div>
      {message && (
        <p role={message.isError ? 'alert' : 'status'} className={message.isError ? 'error-message' : 'export-outcome'}>
          {message.text}
        </p>
      )}
      {state.status === 'loading' && <p className="loading">Comparing…</p>}
      {state.status === 'failed' && <ErrorMessage message={state.message} />}
      {state.status === 'ready' && <CompareView comparison={state.value} />}
    </section>
  );
}
