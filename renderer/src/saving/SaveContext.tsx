import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { api } from '../api.ts';
import { createSaveQueue, type SaveQueue, type SaveState } from './save-queue.ts';

const SaveQueueContext = createContext<SaveQueue | null>(null);

export function SaveProvider({ children, queue }: { children: ReactNode; queue?: SaveQueue }) {
  const saveQueue = queue ?? defaultQueue;
  useEffect(() => {
    // Window closing (Electron asks first) or page going away (preview): send what is waiting.
    const offBeforeClose = api.on('before-close', () => saveQueue.flush());
    const onPageHide = () => void saveQueue.flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saveQueue.hasUnsaved()) return;
      void saveQueue.flush();
      event.preventDefault();
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      offBeforeClose();
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [saveQueue]);
  return <SaveQueueContext.Provider value={saveQueue}>{children}</SaveQueueContext.Provider>;
}

const defaultQueue = createSaveQueue();

export function useSaveQueue(): SaveQueue {
  const queue = useContext(SaveQueueContext);
  if (!queue) throw new Error('useSaveQueue needs a SaveProvider above it.');
  return queue;
}

export function useSaveState(): SaveState {
  const queue = useSaveQueue();
  return useSyncExternalStore(queue.subscribe, queue.getState);
}

export function describeSaveState(state: SaveState): string {
  if (state.kind === 'saved') return 'Saved';
  if (state.kind === 'saving') return 'Saving…';
  return state.willRetry ? `Not saved — retrying: ${state.message}` : `Not saved: ${state.message}`;
}

export function SaveStatus() {
  const state = useSaveState();
  return (
    <p role="status" aria-live="polite" aria-label="Save status" className={`save-status save-status--${state.kind}`} data-testid="save-status">
      {describeSaveState(state)}
    </p>
  );
}
