import { useState } from 'react';
import { api, describeError } from '../api.ts';
import { useLoad } from '../app/useLoad.ts';
import { describeBackup } from './backup-wording.ts';

/**
 * Across every screen, when the data file cannot be trusted (damaged, missing, read-only): what
 * happened in plain words, and the latest backup to put back.
 */
export function StoreBanner() {
  const { state } = useLoad(() => api.getStoreStatus({}), []);
  const [problem, setProblem] = useState('');
  const [isRestoring, setIsRestoring] = useState(false);
  if (state.status !== 'ready' || state.value.state === 'ok') return null;
  const { message, latestBackup } = state.value;
  const restore = async () => {
    if (!latestBackup) return;
    setIsRestoring(true);
    try {
      await api.restoreBackup({ name: latestBackup.name });
      window.location.reload();
    } catch (error) {
      setProblem(describeError(error).message);
      setIsRestoring(false);
    }
  };
  return (
    <div role="alert" aria-label="Data file problem" className="store-banner">
      <p>{message}</p>
      {latestBackup && (
        <button type="button" className="primary" onClick={() => void restore()} aria-disabled={isRestoring}>
          Restore the latest backup ({describeBackup(latestBackup)})
        </button>
      )}
      {problem && <p>{problem}</p>}
    </div>
  );
}
