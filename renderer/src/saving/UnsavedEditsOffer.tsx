import { useState } from 'react';
import { api, describeError } from '../api.ts';
import { journal, type JournalEntry } from './journal.ts';

// What the last session sent but the data file never confirmed (the app was killed, the power
// went): offered back once, when the app opens, to save now or let go.

/** Read once, as the page loads: anything journaled after this belongs to this session. */
const leftOver = journal.entries();

export function UnsavedEditsOffer() {
  const [entries, setEntries] = useState<JournalEntry[]>(leftOver);
  const [outcome, setOutcome] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  if (entries.length === 0 && !outcome) return null;

  const saveAll = async () => {
    setIsSaving(true);
    const failed: JournalEntry[] = [];
    let reason = '';
    // In the order they were made, so the newest value of a field is the one that stays.
    for (const entry of [...entries].sort((a, b) => a.at.localeCompare(b.at))) {
      try {
        await (api[entry.method] as (input: unknown) => Promise<unknown>)(entry.input);
      } catch (error) {
        failed.push(entry);
        reason = describeError(error).message;
      }
    }
    setIsSaving(false);
    setEntries(failed);
    setOutcome(failed.length ? `${failed.length} could not be saved: ${reason}` : 'Saved. Reopen the screen to see them.');
  };
  const discard = () => {
    for (const entry of entries) journal.settle(entry);
    setEntries([]);
    setOutcome('');
  };
  const when = entries[0] ? new Date(entries.at(-1)!.at) : null;
  return (
    <div role="alert" aria-label="Unsaved edits" className="store-banner">
      {entries.length > 0 && (
        <p>
          {entries.length === 1 ? 'One edit' : `${entries.length} edits`} from your last session
          {when ? ` (${when.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })})` : ''} had not reached the data
          file when Proceedings closed.
        </p>
      )}
      {outcome && <p>{outcome}</p>}
      {entries.length > 0 && (
        <>
          <button type="button" className="primary" onClick={() => void saveAll()} aria-disabled={isSaving}>
            Save them now
          </button>{' '}
          <button type="button" onClick={discard} aria-disabled={isSaving}>
            Discard them
          </button>
        </>
      )}
    </div>
  );
}
