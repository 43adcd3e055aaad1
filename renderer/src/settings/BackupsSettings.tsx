import { useState } from 'react';
import type { BackupInfo } from '../../../shared/store-status.ts';
import { api, describeError } from '../api.ts';
import { useLoad } from '../app/useLoad.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import { backupReasonLabel, describeBackup } from './backup-wording.ts';

/** Settings → Backups: where the copies are, what is there, and putting one back. */
export function BackupsSettings() {
  const queue = useSaveQueue();
  const { state, reload } = useLoad(() => api.listBackups({}), []);
  const [isWorking, setIsWorking] = useState(false);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  const run = async (work: () => Promise<string>) => {
    setIsWorking(true);
    setMessage('');
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(describeError(error).message);
    } finally {
      setIsWorking(false);
      reload();
    }
  };
  const backUpNow = () =>
    run(async () => {
      await queue.flush();
      const backup = await api.backUpNow({});
      return `Backed up: ${describeBackup(backup)}.`;
    });
  const restore = async (backup: BackupInfo) => {
    setIsWorking(true);
    setMessage('');
    try {
      await queue.flush();
      await api.restoreBackup({ name: backup.name });
      // Every screen reads afresh from the restored file.
      window.location.reload();
    } catch (error) {
      setMessage(describeError(error).message);
      setIsWorking(false);
    }
  };

  return (
    <section aria-labelledby="backups-heading" className="form-grid backups">
      <h2 id="backups-heading">Backups</h2>
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && (
        <>
          <p>
            Proceedings copies your data file when it starts, before it updates the file's layout, and every hour while you
            work. It keeps the last 10 copies and one a day for 30 days, in this folder:
          </p>
          <p>
            <code aria-label="Backups folder">{state.value.folder}</code>
          </p>
          <p>
            <button type="button" onClick={() => void backUpNow()} aria-disabled={isWorking}>
              Back up now
            </button>
          </p>
          {state.value.backups.length === 0 ? (
            <p>No backups yet.</p>
          ) : (
            <ul aria-label="Backups" className="backup-list">
              {state.value.backups.map((backup) => (
                <li key={backup.name}>
                  <span>
                    {describeBackup(backup)} — {backupReasonLabel[backup.reason]}
                  </span>{' '}
                  <button type="button" onClick={() => setConfirming(backup)} aria-disabled={isWorking} aria-label={`Restore the backup of ${describeBackup(backup)}`}>
                    Restore…
                  </button>
                </li>
              ))}
            </ul>
          )}
          {confirming && (
            <div role="alertdialog" aria-labelledby="restore-question" className="confirm-restore">
              <p id="restore-question">
                Put back the data as it was at {describeBackup(confirming)}? What is in Proceedings now is backed up first, so
                this can be undone.
              </p>
              <button type="button" className="primary" onClick={() => { const chosen = confirming; setConfirming(null); void restore(chosen); }}>
                Restore this backup
              </button>{' '}
              <button type="button" onClick={() => setConfirming(null)}>
                Cancel
              </button>
            </div>
          )}
        </>
      )}
      <p role="status" aria-label="Backup progress">
        {isWorking ? 'Working…' : message}
      </p>
    </section>
  );
}
