import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../api.ts';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; value: T };

/** Loads once per dependency change; `reload` fetches again; `set` edits the loaded value locally. */
export function useLoad<T>(load: () => Promise<T>, dependencies: unknown[]) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  // The caller names what the load depends on, as it would for useEffect.
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
  const stableLoad = useCallback(load, dependencies);
  const reload = useCallback(() => {
    let isCurrent = true;
    stableLoad().then(
      (value) => isCurrent && setState({ status: 'ready', value }),
      (error: unknown) => isCurrent && setState({ status: 'failed', message: describeError(error).message }),
    );
    return () => {
      isCurrent = false;
    };
  }, [stableLoad]);
  useEffect(reload, [reload]);
  const set = useCallback(
    (update: (value: T) => T) =>
      setState((current) => (current.status === 'ready' ? { status: 'ready', value: update(current.value) } : current)),
    [],
  );
  return { state, reload, set };
}
