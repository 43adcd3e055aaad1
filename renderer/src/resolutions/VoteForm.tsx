import { outcomeFromCounts, settleVote, type VoteInput } from '../../../shared/votes.ts';
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { voteSentence } from '../../../shared/compose/sentences.ts';
import type { AttendanceEntry, Vote, VoteOutcome } from '../../../shared/domain.ts';
import { describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { personLabel } from '../../../shared/compose/people.ts';

const outcomeLabels: Record<VoteOutcome, string> = { carried: 'Carried', lost: 'Lost', unanimous: 'Carried unanimously' };

type Choice = 'for' | 'against' | 'abstained' | '';
const choiceLabels: [Choice, string][] = [
  ['for', 'For'],
  ['against', 'Against'],
  ['abstained', 'Abstained'],
  ['', 'Did not vote'],
];

type Counts = NonNullable<Vote['counts']>;


/** Who can vote by name: those marked present (members and substitutes); before attendance is taken, the roster. */
export function votersOf(attendance: AttendanceEntry[], vote: Vote | null): string[] {
  const present = attendance.filter((entry) => entry.status === 'present' || entry.status === 'substitute');
  const people = present.length > 0 ? present : attendance.filter((entry) => entry.memberId !== null);
  const names = people.map(personLabel);
  // Names already in the vote stay, though they may since have been marked otherwise.
  const recorded = vote?.recorded ? [...vote.recorded.for, ...vote.recorded.against, ...vote.recorded.abstained] : [];
  return [...new Set([...names, ...recorded])];
}

type Props = {
  vote: Vote | null;
  /** "resolution 2", for the form's name. */
  name: string;
  attendance: AttendanceEntry[];
  onSave: (vote: VoteInput) => Promise<void>;
  onClose: () => void;
};

/**
 * "Record a vote": carried, lost or unanimous; the numbers for, against and abstaining if they
 * were counted; or a recorded vote with each person's name. What the minutes will say is shown
 * as it is filled in.
 */
export function VoteForm({ vote, name, attendance, onSave, onClose }: Props) {
  const groupName = useId();
  const [outcome, setOutcome] = useState<VoteOutcome | null>(vote?.outcome ?? null);
  const [counts, setCounts] = useState(() => {
    const given = vote && !vote.recorded ? vote.counts : null;
    return { for: given ? String(given.for) : '', against: given ? String(given.against) : '', abstentions: given ? String(given.abstentions) : '' };
  });
  const [isRecorded, setRecorded] = useState(!!vote?.recorded);
  const voters = useMemo(() => votersOf(attendance, vote), [attendance, vote]);
  const [choices, setChoices] = useState<Record<string, Choice>>(() => {
    const recorded = vote?.recorded;
    if (!recorded) return {};
    return Object.fromEntries([
      ...recorded.for.map((voter) => [voter, 'for']),
      ...recorded.against.map((voter) => [voter, 'against']),
      ...recorded.abstained.map((voter) => [voter, 'abstained']),
    ]) as Record<string, Choice>;
  });
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const hasTypedCounts = Object.values(counts).some((value) => value.trim() !== '');
  const badCount = Object.values(counts).some((value) => value.trim() !== '' && !/^\d+$/.test(value.trim()));
  const typedCounts: Counts | null =
    hasTypedCounts && !badCount ? { for: Number(counts.for || 0), against: Number(counts.against || 0), abstentions: Number(counts.abstentions || 0) } : null;
  const recorded = isRecorded
    ? {
        for: voters.filter((voter) => choices[voter] === 'for'),
        against: voters.filter((voter) => choices[voter] === 'against'),
        abstained: voters.filter((voter) => choices[voter] === 'abstained'),
      }
    : null;
  const effectiveCounts = recorded ? { for: recorded.for.length, against: recorded.against.length, abstentions: recorded.abstained.length } : typedCounts;
  const hasVotes = !!effectiveCounts && (!recorded || effectiveCounts.for + effectiveCounts.against + effectiveCounts.abstentions > 0);
  const effectiveOutcome = outcome ?? (hasVotes && effectiveCounts ? outcomeFromCounts(effectiveCounts) : null);
  const preview = effectiveOutcome ? voteSentence({ outcome: effectiveOutcome, counts: hasVotes ? effectiveCounts : null, recorded }) : null;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isBusy) return;
    if (badCount) {
      setError('Give the numbers of votes as whole numbers.');
      return;
    }
    if (!effectiveOutcome) {
      setError('Choose carried, lost or carried unanimously, or give the numbers of votes.');
      return;
    }
    const input: VoteInput = {};
    if (outcome) input.outcome = outcome;
    if (recorded) input.recorded = recorded;
    else if (typedCounts) input.counts = typedCounts;
    // The main process settles it by the same rule; a vote that contradicts itself is explained here, before sending.
    try {
      settleVote(input);
    } catch (failure) {
      setError(`The vote was not recorded: ${describeError(failure).message}`);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await onSave(input);
    } catch (failure) {
      setError(`The vote was not recorded: ${describeError(failure).message}`);
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  const countField = (key: keyof typeof counts, label: string) => (
    <label className="vote-count">
      {label}
      <input
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        value={recorded ? String(effectiveCounts?.[key] ?? 0) : counts[key]}
        disabled={isRecorded}
        onChange={(event) => setCounts((current) => ({ ...current, [key]: event.target.value }))}
      />
    </label>
  );

  return (
    <form className="vote-form" aria-label={`Vote on ${name}`} onSubmit={submit} onKeyDown={onKeyDown}>
      <fieldset className="vote-outcome">
        <legend>Outcome</legend>
        {(Object.keys(outcomeLabels) as VoteOutcome[]).map((candidate, index) => (
          <label key={candidate} className="checkbox">
            <input
              type="radio"
              name={`${groupName}-outcome`}
              checked={outcome === candidate}
              autoFocus={outcome ? outcome === candidate : index === 0}
              onChange={() => setOutcome(candidate)}
            />
            {outcomeLabels[candidate]}
          </label>
        ))}
        {outcome && (
          <button type="button" className="quiet" onClick={() => setOutcome(null)}>
            Work it out from the votes
          </button>
        )}
      </fieldset>
      <fieldset className="vote-counts">
        <legend>Votes (if counted)</legend>
        {countField('for', 'For')}
        {countField('against', 'Against')}
        {countField('abstentions', 'Abstentions')}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={isRecorded} onChange={(event) => setRecorded(event.target.checked)} />
        Recorded vote: name each person in the minutes
      </label>
      {isRecorded && (
        <div className="voters" role="group" aria-label="How each person voted">
          {voters.length === 0 && <p className="hint">Nobody is marked present yet.</p>}
          {voters.map((voter, index) => (
            <div key={voter} className="voter" role="radiogroup" aria-label={`Vote of ${voter}`}>
              <span className="voter-name" aria-hidden="true">
                {voter}
              </span>
              {choiceLabels.map(([choice, label]) => (
                <label key={label} className="checkbox">
                  <input
                    type="radio"
                    name={`${groupName}-voter-${index}`}
                    checked={(choices[voter] ?? '') === choice}
                    onChange={() => setChoices((current) => ({ ...current, [voter]: choice }))}
                  />
                  {label}
                </label>
              ))}
            </div>
          ))}
        </div>
      )}
      <p className="vote-preview" role="status">
        {preview ? <>The minutes will say: “{preview}”</> : 'Choose the outcome, or give the numbers of votes.'}
      </p>
      {error && <ErrorMessage message={error} />}
      <div className="vote-buttons">
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? 'Recording…' : 'Save vote'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The vote as the minutes word it, just before the resolution. */
export function VoteSummary({ vote, name, onClear }: { vote: Vote; name: string; onClear: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="vote-summary" role="group" aria-label={`Vote on ${name}`}>
      <span className="vote-badge" aria-hidden="true">
        Vote
      </span>
      <p className="vote-sentence">{voteSentence(vote)}</p>
      <button
        type="button"
        className="quiet"
        aria-label={`Clear the vote on ${name}`}
        onClick={() => {
          setError(null);
          onClear().catch((failure: unknown) => setError(`The vote was not cleared: ${describeError(failure).message}`));
        }}
      >
        Clear
      </button>
      {error && <ErrorMessage message={error} />}
    </div>
  );
}
