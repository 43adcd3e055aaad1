import { useState, type FormEvent } from 'react';
import { api, describeError } from '../api.ts';
import { ErrorMessage, Layout } from '../app/Layout.tsx';
import { shortDate } from '../app/format.ts';
import { hrefFor, navigate } from '../app/route.ts';
import { useLoad } from '../app/useLoad.ts';
import { importMeetingFileAndOpen } from '../meetings/import-meeting-file.ts';
import { chooseAndImportResponse, chooseAndOpenReview } from '../review/open-review.ts';
import { TimeInput } from '../app/BritishInputs.tsx';

export function HomePage() {
  const { state } = useLoad(() => api.listCommittees({}), []);
  return (
    <Layout crumbs={[{ label: 'Committees' }]}>
      <div className="page">
        <h1>Committees</h1>
        {state.status === 'failed' && <ErrorMessage message={state.message} />}
        {state.status === 'ready' && state.value.length === 0 && <ChairmanWelcome />}
        {state.status === 'ready' && state.value.length === 0 && (
          <p className="empty">No committees yet. Create the first one below: its roster and standard agenda come next.</p>
        )}
        {state.status === 'ready' && state.value.length > 0 && (
          <ul className="card-list" aria-label="Committees">
            {state.value.map((committee) => (
              <li key={committee.id} className="card">
                <a href={hrefFor({ screen: 'committee', committeeId: committee.id, tab: 'meetings' })} className="card-title">
                  {committee.name}
                </a>
                <span className="card-meta">
                  {committee.memberCount} {committee.memberCount === 1 ? 'member' : 'members'} · {committee.meetingCount}{' '}
                  {committee.meetingCount === 1 ? 'meeting' : 'meetings'}
                  {committee.nextMeetingDate && ` · next ${shortDate(committee.nextMeetingDate)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        <NewCommitteeForm />
        <ImportMeetingFile />
      </div>
    </Layout>
  );
}

/** The chairman's first sight of Proceedings: a review file to open, and nothing to set up. */
function ChairmanWelcome() {
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="panel chairman-welcome" aria-labelledby="chairman-welcome-heading">
      <h2 id="chairman-welcome-heading">Reviewing minutes your secretary sent?</h2>
      <p>Open the review file (it ends in “.proceedings-review”). There is nothing to set up first.</p>
      <button type="button" className="primary" onClick={() => chooseAndOpenReview().catch((failure: unknown) => setError(describeError(failure).message))}>
        Open review…
      </button>
      {error && <ErrorMessage message={error} />}
    </section>
  );
}

function ImportMeetingFile() {
  const [error, setError] = useState<string | null>(null);
  const run = (task: () => Promise<unknown>) => async () => {
    setError(null);
    try {
      await task();
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };
  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">From another computer</h2>
      <p className="hint">
        A meeting exported as a meeting file can be brought in here, with its committee if it is new. The chairman’s response to a review comes back as a
        response file; a review file sent to you opens for your comments.
      </p>
      <div className="form-actions">
        <button type="button" onClick={run(importMeetingFileAndOpen)}>
          Import meeting file…
        </button>
        <button type="button" onClick={run(chooseAndImportResponse)}>
          Import response…
        </button>
        <button type="button" onClick={run(chooseAndOpenReview)}>
          Open review…
        </button>
      </div>
      {error && <ErrorMessage message={error} />}
    </section>
  );
}

function NewCommitteeForm() {
  const [name, setName] = useState('');
  const [venue, setVenue] = useState('');
  const [startTime, setStartTime] = useState('10:00');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const committee = await api.createCommittee({ name, defaultVenue: venue, defaultStartTime: startTime });
      navigate({ screen: 'committee', committeeId: committee.id, tab: 'roster' });
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };

  return (
    <form className="panel form-grid" onSubmit={submit} aria-labelledby="new-committee-heading">
      <h2 id="new-committee-heading">New committee</h2>
      <label>
        Committee name
        <input value={name} onChange={(event) => setName(event.target.value)} required placeholder="e.g. Safer Bromley Partnership Strategic Group" />
      </label>
      <label>
        Default venue
        <input value={venue} onChange={(event) => setVenue(event.target.value)} placeholder="e.g. Bromley Civic Centre" />
      </label>
      <label>
        Default start time
        <TimeInput value={startTime} onChange={(event) => setStartTime(event.target.value)} required />
      </label>
      {error && <ErrorMessage message={error} />}
      <div className="form-actions">
        <button type="submit" className="primary">
          Create committee
        </button>
      </div>
    </form>
  );
}
