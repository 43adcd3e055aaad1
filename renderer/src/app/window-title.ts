import { useEffect } from 'react';

// The window's title (Electron follows document.title): which meeting is open, and the state of
// its minutes, so a secretary with two windows or a chairman glancing at the task bar knows which
// is which and whether it may still change. One place builds it; screens only say what they show.

export type WindowTitleParts = {
  /** What is open: "Safer Bromley Partnership — 25 March 2021". */
  place: string | null;
  /** The minutes' state where a meeting is open: "Draft", "Approved". */
  state?: string | null;
};

export const appName = 'Proceedings';

export function windowTitle({ place, state }: WindowTitleParts): string {
  if (!place) return appName;
  return `${place}${state ? ` (${state})` : ''} — ${appName}`;
}

/** Sets the window title while the screen is shown. */
export function useWindowTitle(parts: WindowTitleParts): void {
  const title = windowTitle(parts);
  useEffect(() => {
    document.title = title;
    // A screen that sets no title of its own must not inherit the last meeting's.
    return () => {
      document.title = appName;
    };
  }, [title]);
}
