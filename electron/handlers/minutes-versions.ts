import type { HandlerTable } from '../../shared/api.ts';
import type { Meeting, MeetingDetail } from '../../shared/domain.ts';
import { ApiError } from '../../shared/errors.ts';
import { detailFromMeetingFile, meetingFileFromDetail, minutesContentKey, readStoredMeetingFile, type MeetingFile } from '../../shared/meeting-file.ts';
import {
  isReadOnlyState,
  lockedMessage,
  minutesStateLabels,
  stateMoves,
  type MinutesState,
  type MinutesVersionSummary,
  type VersionChange,
} from '../../shared/minutes-state.ts';
import { sha256Hex } from '../hash.ts';
import type { Db } from '../store/database.ts';
import { findMeeting, findFollowingMeeting } from '../store/meetings.ts';
import {
  findApprovals,
  findVersion,
  insertVersion,
  latestVersionNumber,
  listVersions,
  saveApprovals,
  setMinutesState,
} from '../store/minutes-versions.ts';
import { findResolution } from '../store/resolutions.ts';
import { found, timestamp, write, type HandlerContext } from './context.ts';
import { replaceMeetingContent } from './meeting-content.ts';
import { loadMeetingDetail } from '../read-models/meeting-detail.ts';
import { minutesStatusOf, previousMeetingOf } from '../read-models/minutes-status.ts';

// The minutes' states and versions (issue 8): every move saves a snapshot — the whole minutes as a
// version 2 meeting file — with who, when and why. Approved and confirmed minutes are locked in the
// database itself (migration 4's triggers); these handlers are the only way out of that lock.

export function notReady(method: string): never {
  throw new ApiError('not-ready', `Not built yet: ${method}.`);
}

/** The minutes as they stand, as the meeting file a version stores. */
export function currentMinutesFile(db: Db, meetingId: string): MeetingFile {
  return meetingFileFromDetail(loadMeetingDetail(db, meetingId), sha256Hex);
}

/** A stored snapshot read back; a damaged one is reported, never shown as if it were the minutes. */
export function snapshotFile(snapshot: string): MeetingFile {
  const parsed = readStoredMeetingFile(snapshot, sha256Hex);
  if (!parsed.ok) throw new ApiError('database-corrupt', `A saved version of these minutes is damaged: ${parsed.message}`);
  return parsed.file;
}

export function findVersionFile(db: Db, meetingId: string, version: number): { summary: MinutesVersionSummary; file: MeetingFile } {
  const row = findVersion(db, meetingId, version);
  if (!row) throw new ApiError('not-found', `Version ${version} of these minutes does not exist.`);
  return { summary: row.summary, file: snapshotFile(row.snapshot) };
}

export type VersionMove = { change: VersionChange; by: string; reason: string; state?: MinutesState };

/**
 * Moves the minutes (in the caller's transaction) and saves the version: the state first, so the
 * snapshot carries it. A move the current state does not allow is refused with both states named.
 */
export function saveVersion(context: HandlerContext, meetingId: string, move: VersionMove): MinutesVersionSummary {
  const { db } = context;
  const meeting = found(findMeeting(db, meetingId), 'That meeting');
  const rule = stateMoves[move.change];
  if (!rule.from.includes(meeting.status)) {
    throw new ApiError(
      'conflict',
      `The minutes are ${minutesStateLabels[meeting.status].toLowerCase()}, so they cannot be ${describeChange(move.change)}.`,
    );
  }
  const state = move.state ?? (rule.to === 'same' ? meeting.status : rule.to);
  const at = timestamp(context);
  if (state !== meeting.status) setMinutesState(db, meetingId, state, at);
  const version = latestVersionNumber(db, meetingId) + 1;
  const detail = loadMeetingDetail(db, meetingId);
  const file = meetingFileFromDetail({ ...detail, minutes: { ...detail.minutes, version } }, sha256Hex);
  const summary: MinutesVersionSummary = { version, state, change: move.change, at, by: move.by.trim(), reason: move.reason.trim(), hash: file.hash };
  insertVersion(db, meetingId, summary, JSON.stringify(file));
  return summary;
}

function describeChange(change: VersionChange): string {
  const words: Record<VersionChange, string> = {
    sent: 'sent to the chairman',
    'review-here': 'reviewed with the chairman',
    returned: 'returned with comments',
    approved: 'approved',
    confirmed: 'confirmed as a correct record',
    'new-draft': 'made a new draft',
    suggestions: 'changed by accepting suggestions',
    imported: 'updated from a file',
    kept: 'kept as they stand',
    restored: 'restored from an earlier version',
  };
  return words[change];
}

/** Refuses to change read-only minutes, with the message the lock gives. */
export function assertEditable(db: Db, meetingId: string): Meeting {
  const meeting = found(findMeeting(db, meetingId), 'That meeting');
  if (isReadOnlyState(meeting.status)) throw new ApiError('minutes-locked', lockedMessage(meeting.status));
  return meeting;
}

/** A version's snapshot as a MeetingDetail, for the preview and the Word export. */
export function versionDetail(file: MeetingFile, summary: MinutesVersionSummary): MeetingDetail {
  return detailFromMeetingFile(file, summary.at);
}

type VersionHandlers = Pick<
  HandlerTable,
  'listMinutesVersions' | 'getMinutesVersion' | 'startNewDraft' | 'restoreMinutesVersion' | 'confirmMinutes'
>;

export function minutesVersionHandlers(context: HandlerContext): VersionHandlers {
  const { db } = context;
  const statusOf = (meetingId: string) => minutesStatusOf(db, found(findMeeting(db, meetingId), 'That meeting'));
  return {
    listMinutesVersions: ({ meetingId }) => {
      found(findMeeting(db, meetingId), 'That meeting');
      return listVersions(db, meetingId);
    },

    getMinutesVersion: ({ meetingId, version }) => {
      found(findMeeting(db, meetingId), 'That meeting');
      const { summary, file } = findVersionFile(db, meetingId, version);
      return { summary, detail: versionDetail(file, summary) };
    },

    startNewDraft: ({ meetingId, reason, by }) =>
      write(context, () => {
        saveVersion(context, meetingId, { change: 'new-draft', by, reason });
        return statusOf(meetingId);
      }),

    restoreMinutesVersion: ({ meetingId, version, reason, by }) =>
      write(context, () => {
        // Approved and confirmed minutes are refused as any change to them is: a new draft comes first.
        assertEditable(db, meetingId);
        const { file } = findVersionFile(db, meetingId, version);
        // What was typed since the last version would otherwise be lost: the draft is kept as a version first.
        const latest = findVersionFile(db, meetingId, latestVersionNumber(db, meetingId)).file;
        if (minutesContentKey(currentMinutesFile(db, meetingId), sha256Hex) !== minutesContentKey(latest, sha256Hex)) {
          saveVersion(context, meetingId, { change: 'kept', by, reason: `The draft as it stood before version ${version} was restored` });
        }
        replaceMeetingContent(context, meetingId, file);
        saveVersion(context, meetingId, { change: 'restored', by, reason: reason || `Version ${version} restored` });
        return statusOf(meetingId);
      }),

    confirmMinutes: ({ meetingId, resolutionId, by }) =>
      write(context, () => {
        const meeting = found(findMeeting(db, meetingId), 'That meeting');
        const resolution = found(findResolution(db, resolutionId), 'That resolution');
        const next = found(findMeeting(db, resolution.meetingId), 'That meeting');
        const previous = previousMeetingOf(db, next);
        if (previous?.id !== meeting.id && findFollowingMeeting(db, meeting.id)?.id !== next.id) {
          throw new ApiError('invalid-input', 'That resolution is not at the meeting that follows these minutes.');
        }
        const at = timestamp(context);
        const { approval } = findApprovals(db, meetingId);
        const version = latestVersionNumber(db, meetingId) + 1;
        saveApprovals(db, meetingId, approval, { version, by: by.trim(), at, meetingId: next.id, meetingDate: next.date, resolutionId });
        saveVersion(context, meetingId, { change: 'confirmed', by, reason: `Confirmed as a correct record at the meeting of ${next.date}` });
        return statusOf(meetingId);
      }),
  };
}

