import type { HandlerTable } from '../../shared/api.ts';
import type { Meeting } from '../../shared/domain.ts';
import { ApiError } from '../../shared/errors.ts';
import { initialMinutesStatus, isReadOnlyState, type ConfirmOffer, type MinutesStatus } from '../../shared/minutes-state.ts';
import type { Db } from '../store/database.ts';
import type { HandlerContext } from './context.ts';

// The minutes' states and versions (issue 8): every move saves a snapshot with who, when and why.

/** Where a meeting's minutes stand, for MeetingDetail and every move's answer. */
export function minutesStatusOf(_db: Db, meeting: Meeting): MinutesStatus {
  return { ...initialMinutesStatus, state: meeting.status, isReadOnly: isReadOnlyState(meeting.status) };
}

/** The offer to confirm the previous meeting's approved minutes, once this meeting has its "minutes of the previous meeting" resolution. */
export function confirmOfferFor(_db: Db, _meetingId: string): ConfirmOffer | null {
  return null;
}

export function notReady(method: string): never {
  throw new ApiError('not-ready', `Not built yet: ${method}.`);
}

type VersionHandlers = Pick<
  HandlerTable,
  'listMinutesVersions' | 'getMinutesVersion' | 'startNewDraft' | 'restoreMinutesVersion' | 'confirmMinutes'
>;

export function minutesVersionHandlers(_context: HandlerContext): VersionHandlers {
  return {
    listMinutesVersions: () => notReady('listMinutesVersions'),
    getMinutesVersion: () => notReady('getMinutesVersion'),
    startNewDraft: () => notReady('startNewDraft'),
    restoreMinutesVersion: () => notReady('restoreMinutesVersion'),
    confirmMinutes: () => notReady('confirmMinutes'),
  };
}
