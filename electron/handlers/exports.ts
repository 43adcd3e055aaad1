import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { HandlerTable } from '../../shared/api.ts';
import { composeMinutes } from '../../shared/compose/index.ts';
import { ApiError } from '../../shared/errors.ts';
import {
  meetingFileFromDetail,
  meetingFileMaxBytes,
  parseMeetingFile,
  type MeetingFile,
} from '../../shared/meeting-file.ts';
import { writeFileAtomically } from '../export/write-file.ts';
import { insertAction } from '../store/actions.ts';
import { insertAgendaItem } from '../store/agenda.ts';
import { insertAttendee } from '../store/attendees.ts';
import { findCommittee, insertCommittee } from '../store/committees.ts';
import { isSqliteError } from '../store/database.ts';
import { saveHouseStyle } from '../store/house-styles.ts';
import { findMeeting, insertMeeting } from '../store/meetings.ts';
import { findMember, insertMember, nextMemberPosition } from '../store/members.ts';
import { insertPaper } from '../store/papers.ts';
import { savePart2 } from '../store/part2-items.ts';
import { insertResolution } from '../store/resolutions.ts';
import { saveSentenceOverride } from '../store/sentence-overrides.ts';
import { timestamp, write, type HandlerContext } from './context.ts';
import { loadMeetingDetail } from './meeting-records.ts';
import { seedPhrases } from './phrases.ts';

type ExportHandlers = Pick<HandlerTable, 'exportMinutes' | 'exportMeetingFile' | 'importMeetingFile'>;

export function exportHandlers(context: HandlerContext): ExportHandlers {
  const { db } = context;
  return {
    exportMinutes: async ({ meetingId, mode, target, openAfterwards }) => {
      const targetPath = context.grants.take(target, 'minutes');
      // Read and compose before the first await: the document is the meeting as it was when asked.
      const minutes = composeMinutes(loadMeetingDetail(db, meetingId), { mode });
      // The Word writer (and the docx package under it) loads on the first export, not at start.
      const { renderMinutesDocx } = await import('../export/docx.ts');
      const bytes = await renderMinutesDocx(minutes);
      const saved = { targetPath, byteLength: writeFileAtomically(targetPath, bytes) };
      if (openAfterwards) await context.files.openWithSystem(targetPath);
      return saved;
    },

    exportMeetingFile: ({ meetingId, target }) => {
      const targetPath = context.grants.take(target, 'meeting-file-save');
      const file = meetingFileFromDetail(loadMeetingDetail(db, meetingId), timestamp(context));
      return { targetPath, byteLength: writeFileAtomically(targetPath, `${JSON.stringify(file, null, 2)}\n`) };
    },

    importMeetingFile: ({ source }) => {
      const sourcePath = context.grants.take(source, 'meeting-file-open');
      const parsed = parseMeetingFile(readMeetingFile(sourcePath));
      if (!parsed.ok) throw new ApiError('invalid-input', `${basename(sourcePath)} could not be imported. ${parsed.message}`);
      try {
        return write(context, () => importFile(context, parsed.file));
      } catch (error) {
        if (isSqliteError(error) && error.code.startsWith('SQLITE_CONSTRAINT')) {
          throw new ApiError(
            'conflict',
            `${basename(sourcePath)} could not be imported: part of it (an item, attendee, resolution or action) is already in Proceedings under the same id. Nothing was changed.`,
          );
        }
        throw error;
      }
    },
  };
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
function importFile(context: HandlerContext, file: MeetingFile) {
  const { db } = context;
  const now = timestamp(context);
  const { houseStyle, ...committeeFields } = file.committee;
  const existing = findCommittee(db, committeeFields.id);
  if (!existing) {
    insertCommittee(db, { ...committeeFields, createdAt: now, updatedAt: now });
    saveHouseStyle(db, committeeFields.id, houseStyle, now);
    seedPhrases(context, committeeFields.id);
  }
  if (findMeeting(db, file.meeting.id)) {
    throw new ApiError('conflict', 'This meeting is already in Proceedings. Nothing was changed.');
  }
  // A committee already here keeps its roster as the secretary has it; members it lacks are added.
  for (const member of file.members) {
    const known = findMember(db, member.id);
    if (known && known.committeeId !== committeeFields.id) {
      throw new ApiError('conflict', `${member.name} is on another committee’s roster here under the same id. Nothing was changed.`);
    }
    if (!known) {
      insertMember(db, { ...member, committeeId: committeeFields.id, position: nextMemberPosition(db, committeeFields.id) });
    }
  }
  const meetingId = file.meeting.id;
  insertMeeting(db, {
    ...file.meeting,
    committeeId: committeeFields.id,
    previousMeetingId: null,
    nextMeetingDate: null,
    createdAt: now,
    updatedAt: now,
  });
  file.agenda.forEach((item, position) => {
    insertAgendaItem(db, {
      id: item.id,
      meetingId,
      parentId: item.parentId,
      position,
      kind: item.kind,
      title: item.title,
      presenters: item.presenters,
      notes: item.notes,
      postMeetingNote: item.postMeetingNote,
      updatedAt: now,
    });
    if (item.part2) savePart2(db, item.id, item.part2);
    for (const override of item.sentenceOverrides) saveSentenceOverride(db, item.id, override);
    item.papers.forEach((paper, at) =>
      insertPaper(db, meetingId, { id: paper.id, itemId: item.id, title: paper.title, fileName: null, position: at }, now),
    );
  });
  const guestNames = new Map<string, string>();
  file.attendance.forEach((entry, position) => {
    if (!entry.memberId) guestNames.set(entry.id, entry.name);
    insertAttendee(db, { ...entry, meetingId, position });
  });
  const positions = new Map<string, number>();
  const nextPosition = (key: string) => {
    const position = positions.get(key) ?? 0;
    positions.set(key, position + 1);
    return position;
  };
  for (const resolution of file.resolutions) {
    insertResolution(db, meetingId, { ...resolution, vote: null, position: nextPosition(`r:${resolution.itemId}`), updatedAt: now });
  }
  for (const action of file.actions) {
    const ownerName = 'attendeeId' in action.owner ? (guestNames.get(action.owner.attendeeId) ?? '') : '';
    insertAction(db, meetingId, { ...action, position: nextPosition(`a:${action.itemId}`), updatedAt: now }, ownerName);
  }
  return { outcome: 'added' as const, committeeId: committeeFields.id, meetingId, isNewCommittee: !existing };
}
