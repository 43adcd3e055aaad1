import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { HandlerTable } from '../../shared/api.ts';
import { composeMinutes } from '../../shared/compose/index.ts';
import { ApiError } from '../../shared/errors.ts';
import { compareMinutes } from '../../shared/compare.ts';
import type { MeetingDetail } from '../../shared/domain.ts';
import { meetingFileMaxBytes, meetingFileText, minutesContentKey, parseMeetingFile, separateCopy, type MeetingFile } from '../../shared/meeting-file.ts';
import { isReadOnlyState, minutesStateLabels } from '../../shared/minutes-state.ts';
import { sha256Hex } from '../hash.ts';
import { writeFileAtomically } from '../export/write-file.ts';
import { findCommittee, insertCommittee, saveMinuteNumbering } from '../store/committees.ts';
import { isSqliteError, type Db } from '../store/database.ts';
import { saveHouseStyle } from '../store/house-styles.ts';
import { findMeeting } from '../store/meetings.ts';
import { setMinutesState } from '../store/minutes-versions.ts';
import { findMember, insertMember, nextMemberPosition } from '../store/members.ts';
import { timestamp, write, type HandlerContext } from './context.ts';
import { loadMeetingDetail } from '../read-models/meeting-detail.ts';
import { insertMeetingContent, insertMeetingRow, replaceMeetingContent, settleImportedMeeting } from './meeting-content.ts';
import { assertEditable, currentMinutesFile, findVersionFile, saveVersion, versionDetail } from './minutes-versions.ts';
import { seedPhrases } from './phrases.ts';
import { personLabel } from '../../shared/compose/people.ts';

type ExportHandlers = Pick<HandlerTable, 'exportMinutes' | 'exportMeetingFile' | 'importMeetingFile' | 'resolveMeetingImport'>;

type PendingImport = { file: MeetingFile; readVersion: number; fileName: string; expiresAt: number };
const pendingLifetimeMs = 10 * 60 * 1000;

export function exportHandlers(context: HandlerContext): ExportHandlers {
  const { db } = context;
  const pending = new Map<string, PendingImport>();
  return {
    exportMinutes: async ({ meetingId, mode, target, openAfterwards, version }) => {
      const targetPath = context.grants.take(target, 'minutes');
      // Read and compose before the first await: the document is the meeting as it was when asked.
      const detail = minutesToExport(db, meetingId, version);
      const minutes = composeMinutes(detail, { mode });
      // The Word writer (and the docx package under it) loads on the first export, not at start.
      const { renderMinutesDocx } = await import('../export/minutes-docx.ts');
      const bytes = await renderMinutesDocx(minutes, { approval: approvalProperties(detail) });
      const saved = { targetPath, byteLength: writeFileAtomically(targetPath, bytes) };
      if (openAfterwards) await context.files.openWithSystem(targetPath);
      return saved;
    },

    exportMeetingFile: ({ meetingId, target }) => {
      const targetPath = context.grants.take(target, 'meeting-file-save');
      const file = currentMinutesFile(db, meetingId);
      return { targetPath, byteLength: writeFileAtomically(targetPath, meetingFileText(file)) };
    },

    importMeetingFile: ({ source }) => {
      const sourcePath = context.grants.take(source, 'meeting-file-open');
      const fileName = basename(sourcePath);
      const parsed = parseMeetingFile(readMeetingFile(sourcePath), sha256Hex);
      if (!parsed.ok) throw new ApiError('invalid-input', `${fileName} could not be imported. ${parsed.message}`);
      const { file, readVersion } = parsed;
      const existing = findMeeting(db, file.meeting.id);
      if (existing) {
        const current = currentMinutesFile(db, existing.id);
        const base = { committeeId: existing.committeeId, meetingId: existing.id, isNewCommittee: false as const };
        if (minutesContentKey(current, sha256Hex) === minutesContentKey(file, sha256Hex)) return { outcome: 'unchanged' as const, ...base };
        const pendingImportId = randomUUID();
        for (const [key, entry] of pending) if (entry.expiresAt < Date.now()) pending.delete(key);
        pending.set(pendingImportId, { file, readVersion, fileName, expiresAt: Date.now() + pendingLifetimeMs });
        const comparison = compareMinutes(current, file, {
          from: { label: 'The minutes here', version: null, state: existing.status, at: null },
          to: { label: `The meeting file ${fileName}`, version: file.meeting.minutes.version || null, state: file.meeting.status, at: null },
        });
        return { outcome: 'exists' as const, ...base, pendingImportId, fileName, comparison };
      }
      return guardImport(fileName, () => write(context, () => importNewMeeting(context, file, readVersion)));
    },

    resolveMeetingImport: ({ pendingImportId, choice, reason, by }) => {
      const entry = pending.get(pendingImportId);
      if (!entry || entry.expiresAt < Date.now()) {
        pending.delete(pendingImportId);
        throw new ApiError('not-found', 'That import has expired; please import the file again.');
      }
      const { file, fileName } = entry;
      const result = guardImport(fileName, () =>
        write(context, () => {
          if (choice === 'update') {
            const meetingId = file.meeting.id;
            assertEditable(db, meetingId);
            replaceMeetingContent(context, meetingId, file);
            const version = saveVersion(context, meetingId, { change: 'imported', by, reason: reason || `Updated from ${fileName}` });
            return { outcome: 'updated' as const, meetingId, version };
          }
          const copy = separateCopy(file, context.newId, sha256Hex);
          const imported = importNewMeeting(context, copy, entry.readVersion);
          return { outcome: 'copied' as const, committeeId: imported.committeeId, meetingId: imported.meetingId };
        }),
      );
      pending.delete(pendingImportId);
      return result;
    },
  };
}

/** What an export composes from: a chosen version's snapshot, else approved minutes' approval snapshot, else the minutes as they stand. */
function minutesToExport(db: Db, meetingId: string, version: number | undefined): MeetingDetail {
  const detail = loadMeetingDetail(db, meetingId);
  const chosen = version ?? (detail.minutes.isReadOnly ? (detail.minutes.confirmation?.version ?? detail.minutes.approval?.version) : undefined);
  if (chosen === undefined) return detail;
  const { summary, file } = findVersionFile(db, meetingId, chosen);
  return versionDetail(file, summary);
}

function approvalProperties(detail: MeetingDetail): { by: string; at: string; state: string; version: number } | null {
  const { approval, state } = detail.minutes;
  if (!isReadOnlyState(state) || !approval) return null;
  return { by: approval.by, at: approval.at, state: minutesStateLabels[state], version: detail.minutes.version };
}

function guardImport<T>(fileName: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (isSqliteError(error) && error.code.startsWith('SQLITE_CONSTRAINT')) {
      throw new ApiError(
        'conflict',
        `${fileName} could not be imported: part of it (an item, attendee, resolution or action) is already in Proceedings under the same id. Nothing was changed.`,
      );
    }
    throw error;
  }
}

function readMeetingFile(sourcePath: string): string {
  const name = basename(sourcePath);
  try {
    if (statSync(sourcePath).size > meetingFileMaxBytes) {
      throw new ApiError('invalid-input', `${name} is too large to be a meeting file.`);
    }
    return readFileSync(sourcePath, 'utf8');
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('not-found', `${name} could not be read. Check that it still exists and try again.`);
  }
}

/** Adds the file's meeting (and its committee, when new) in the caller's transaction. */
export function importNewMeeting(context: HandlerContext, file: MeetingFile, readVersion: number) {
  const { db } = context;
  const now = timestamp(context);
  const { houseStyle, minuteNumbering, ...committeeFields } = file.committee;
  const existing = findCommittee(db, committeeFields.id);
  if (!existing) {
    insertCommittee(db, { ...committeeFields, createdAt: now, updatedAt: now });
    saveHouseStyle(db, committeeFields.id, houseStyle, now);
    if (readVersion >= 2) saveMinuteNumbering(db, committeeFields.id, minuteNumbering, now);
    seedPhrases(context, committeeFields.id);
  }
  // A committee already here keeps its roster as the secretary has it; members it lacks are added.
  for (const member of file.members) {
    const known = findMember(db, member.id);
    if (known && known.committeeId !== committeeFields.id) {
      throw new ApiError('conflict', `${personLabel(member)} is on another committee’s roster here under the same id. Nothing was changed.`);
    }
    if (!known) {
      insertMember(db, { ...member, committeeId: committeeFields.id, position: nextMemberPosition(db, committeeFields.id) });
    }
  }
  const meetingId = file.meeting.id;
  insertMeetingRow(context, committeeFields.id, file);
  insertMeetingContent(context, meetingId, file);
  settleImportedMeeting(context, meetingId, file, readVersion);
  // The state last: approved or confirmed minutes are locked once it is set.
  if (file.meeting.status !== 'draft') setMinutesState(db, meetingId, file.meeting.status, now);
  return { outcome: 'added' as const, committeeId: committeeFields.id, meetingId, isNewCommittee: !existing };
}
