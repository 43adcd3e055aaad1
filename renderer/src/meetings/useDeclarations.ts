import { useMemo } from 'react';
import type { MeetingStateAccess } from './meeting-state.ts';

/** Declarations of interest and votes on resolutions, changed on screen and saved. */
export function useDeclarations(_access: MeetingStateAccess) {
  return useMemo(() => ({}), []);
}
