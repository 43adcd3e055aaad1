import type { Action, ActionReview, AgendaItem } from '../../shared/domain.ts';
import { ApiError } from '../../shared/errors.ts';
import type { MeetingFile } from '../../shared/meeting-file.ts';
import { personLabel } from '../../shared/compose/people.ts';
import { clearActionsDeleted, findAction, insertAction, listActions, markActionsDeleted, updateActionRow } from '../store/actions.ts';
import { findActionUpdate, insertActionUpdate, updateActionUpdateRow } from '../store/action-updates.ts';
import {
  clearAgendaItemsDeleted,
  findAgendaItem,
  insertAgendaItem,
  listAgenda,
  markAgendaItemsDeleted,
  updateAgendaItemRow,
  writeAgendaOrder,
} from '../store/agenda.ts';
import { findAttendee, insertAttendee, listAttendees, updateAttendeeRow } from '../store/attendees.ts';
import { clearDeclarationDeleted, findDeclaration, insertDeclaration, listDeclarations, markDeclarationDeleted, updateDeclarationRow } from '../store/declarations.ts';
import { findMeeting, insertMeeting, updateMeetingRow } from '../store/meetings.ts';
import { saveApprovals, saveMeetingContext, insertVersion } from '../store/minutes-versions.ts';
import { findPaper, insertPaper, listPapers, updatePaperTitle } from '../store/papers.ts';
import { clearPart2, savePart2 } from '../store/part2-items.ts';
import {
  clearResolutionDeleted,
  findResolution,
  insertResolution,
  listResolutions,
  markResolutionDeleted,
  updateResolutionRow,
  writeResolutionOrder,
} from '../store/resolutions.ts';
import { clearDeleted, markDeleted, type DeletableTable } from '../store/soft-delete.ts';
import { clearSentenceOverride, listItemOverrides, saveSentenceOverride } from '../store/sentence-overrides.ts';
import { found, timestamp, type HandlerContext } from './context.ts';
import { firstMinuteNumberOf } from '../read-models/minute-numbers.ts';
import { findCommittee } from '../store/committees.ts';
import { previousMeetingOf } from '../read-models/minutes-status.ts';

// A meeting's content from a meeting file, for the two ways a file becomes minutes here: a new
// meeting (import), and the content of a meeting already here replaced (update from a file,
// restore a version). Records keep their ids, so what hangs off them (later meetings' reviews of
// an action, undo) stays attached; records the file does not have are deleted the way the secretary
// deletes them (store/soft-delete.ts), and deleted ones the file has come back — each through its
// table's own delete and undo, which keep the search index in step with the minutes.

/** Names kept with an action or declaration in case the attendee is removed later. */
function guestNames(file: MeetingFile): Map<string, string> {
  return new Map(file.attendance.filter((entry) => !entry.memberId).map((entry) => [entry.id, entry.name]));
}

const ownerNameOf = (names: Map<string, string>, owner: Action['owner']) => ('attendeeId' in owner ? (names.get(owner.attendeeId) ?? '') : '');
const declarantName = (file: MeetingFile, names: Map<string, string>, who: MeetingFile['declarations'][number]['who']) =>
  'name' in who ? who.name : 'attendeeId' in who ? (names.get(who.attendeeId) ?? '') : memberLabel(file.members.find((member) => member.id === who.memberId));
const memberLabel = (member: MeetingFile['members'][number] | undefined) => (member ? personLabel(member) : '');

/** Adds the file's meeting content to a meeting row already inserted, in the caller's transaction. */
export function insertMeetingContent(context: HandlerContext, meetingId: string, file: MeetingFile): void {
  const { db } = context;
  const now = timestamp(context);
  const names = guestNames(file);
  file.agenda.forEach((item, position) => {
    insertAgendaItem(db, agendaItemRow(item, meetingId, position, now));
    if (item.part2) savePart2(db, item.id, item.part2);
    for (const override of item.sentenceOverrides) saveSentenceOverride(db, item.id, override);
    item.papers.forEach((paper, at) =>
      insertPaper(db, meetingId, { id: paper.id, itemId: item.id, title: paper.title, fileName: null, position: at }, now),
    );
  });
  file.attendance.forEach((entry, position) => insertAttendee(db, { ...entry, meetingId, position }));
  const positions = positionCounter();
  for (const resolution of file.resolutions) {
    insertResolution(db, meetingId, { ...resolution, position: positions(`r:${resolution.itemId}`), updatedAt: now });
  }
  for (const action of file.actions) {
    insertAction(db, meetingId, { ...action, position: positions(`a:${action.itemId}`), updatedAt: now }, ownerNameOf(names, action.owner));
  }
  file.declarations.forEach((declaration, position) =>
    insertDeclaration(db, { ...declaration, meetingId, position, updatedAt: now }, declarantName(file, names, declaration.who)),
  );
}

function agendaItemRow(item: MeetingFile['agenda'][number], meetingId: string, position: number, updatedAt: string): AgendaItem {
  const { id, parentId, kind, title, presenters, notes, postMeetingNote } = item;
  return { id, meetingId, parentId, position, kind, title, presenters, notes, postMeetingNote, updatedAt };
}

function positionCounter() {
  const positions = new Map<string, number>();
  return (key: string) => {
    const position = positions.get(key) ?? 0;
    positions.set(key, position + 1);
    return position;
  };
}

/**
 * The rest of an imported meeting, after its rows are in: the reviews of earlier actions (those
 * whose action is here become real reviews, the others are kept as the file words them), the link
 * to the previous meeting and the first minute number when this data folder would say otherwise,
 * the minutes' state, approval and version.
 */
export function settleImportedMeeting(context: HandlerContext, meetingId: string, file: MeetingFile, readVersion: number): void {
  const { db } = context;
  const meeting = found(findMeeting(db, meetingId), 'That meeting');
  const foreignReviews: ActionReview[] = [];
  file.actionReviews.forEach((review, position) => {
    const progress = {
      id: review.id,
      actionId: review.actionId,
      meetingId,
      itemId: review.itemId,
      status: review.status,
      note: review.note,
      recordedOn: review.recordedOn,
      position,
      updatedAt: timestamp(context),
    };
    if (findAction(db, review.actionId) && !findActionUpdate(db, review.id)) insertActionUpdate(db, progress);
    else if (!findAction(db, review.actionId)) {
      foreignReviews.push({
        ...progress,
        action: { ...review.action, id: review.actionId, itemId: review.origin.itemId, resolutionId: null, resolutionPart: null, position: 0, updatedAt: '' },
        origin: review.origin,
        ownerName: review.ownerName,
        ownerLabel: review.ownerLabel,
      });
    }
  });
  if (readVersion >= 2) {
    const local = previousMeetingOf(db, meeting);
    const wanted = file.meeting.previousMeeting;
    const committee = found(findCommittee(db, meeting.committeeId), 'That committee');
    const firstNumber = firstMinuteNumberOf(db, meeting, committee.minuteNumbering);
    const isSamePrevious = (local?.id ?? null) === (wanted?.id ?? null) && (local?.date ?? null) === (wanted?.date ?? null);
    if (!isSamePrevious || firstNumber !== file.meeting.firstMinuteNumber || foreignReviews.length > 0) {
      saveMeetingContext(db, meetingId, {
        ...(!isSamePrevious && { previousMeeting: wanted }),
        ...(firstNumber !== file.meeting.firstMinuteNumber && { firstMinuteNumber: file.meeting.firstMinuteNumber }),
        actionReviews: foreignReviews,
      });
    }
  }
  saveApprovals(db, meetingId, file.meeting.minutes.approval, file.meeting.minutes.confirmation);
  if (file.meeting.minutes.version > 0) {
    insertVersion(
      db,
      meetingId,
      {
        version: file.meeting.minutes.version,
        state: file.meeting.status,
        change: 'imported',
        at: timestamp(context),
        by: '',
        reason: 'Imported from a meeting file',
        hash: file.hash,
      },
      JSON.stringify(file),
    );
  }
}

/** Inserts the meeting row for a file's meeting (not its content). */
export function insertMeetingRow(context: HandlerContext, committeeId: string, file: MeetingFile, meetingId = file.meeting.id): void {
  const { previousMeeting, firstMinuteNumber: _first, minutes: _minutes, ...fields } = file.meeting;
  const now = timestamp(context);
  insertMeeting(context.db, {
    ...fields,
    id: meetingId,
    // Imported minutes arrive as a draft and take the file's state once their content is in: the lock would refuse the content otherwise.
    status: 'draft',
    committeeId,
    previousMeetingId: previousMeeting && findMeeting(context.db, previousMeeting.id) ? previousMeeting.id : null,
    createdAt: now,
    updatedAt: now,
  });
}

/** A row the file has again: brought back if it was deleted. */
function revive(db: HandlerContext['db'], table: DeletableTable, row: { deletedAt?: string | null } | undefined, id: string): void {
  if (row?.deletedAt) clearDeleted(db, table, [id]);
}

/** Replaces the content of a meeting here with a file's (same meeting), in the caller's transaction; the meeting must be editable. */
export function replaceMeetingContent(context: HandlerContext, meetingId: string, file: MeetingFile): void {
  const { db } = context;
  const now = timestamp(context);
  const meeting = found(findMeeting(db, meetingId), 'That meeting');
  if (file.meeting.id !== meetingId) throw new ApiError('invalid-input', 'That file is of another meeting.');
  const names = guestNames(file);

  const { previousMeeting: _previous, firstMinuteNumber: _first, minutes: _minutes, status: _status, id: _id, ...fields } = file.meeting;
  updateMeetingRow(db, { ...meeting, ...fields, updatedAt: now });

  const fileItemIds = new Set(file.agenda.map((item) => item.id));
  file.agenda.forEach((item, position) => {
    const fields = agendaItemRow(item, meetingId, position, now);
    const existing = findAgendaItem(db, item.id);
    if (existing && existing.meetingId !== meetingId) throw new ApiError('conflict', 'An item of that file belongs to another meeting here.');
    if (!existing) insertAgendaItem(db, fields);
    else {
      if (existing.deletedAt) clearAgendaItemsDeleted(db, [item.id]);
      updateAgendaItemRow(db, fields, existing);
    }
    clearPart2(db, item.id);
    if (item.part2) savePart2(db, item.id, item.part2);
    for (const override of listItemOverrides(db, item.id)) clearSentenceOverride(db, item.id, override.key);
    for (const override of item.sentenceOverrides) saveSentenceOverride(db, item.id, override);
  });
  writeAgendaOrder(db, file.agenda.map(({ id, parentId }) => ({ id, parentId })));
  const dropped = listAgenda(db, meetingId).filter((item) => !fileItemIds.has(item.id)).map((item) => item.id);
  if (dropped.length) markAgendaItemsDeleted(db, dropped, now);

  const filePapers = new Map(file.agenda.flatMap((item) => item.papers.map((paper, at) => [paper.id, { ...paper, itemId: item.id, position: at }] as const)));
  markDeleted(db, 'papers', listPapers(db, meetingId).filter((paper) => !filePapers.has(paper.id)).map((paper) => paper.id), now);
  for (const paper of filePapers.values()) {
    const existing = findPaper(db, paper.id);
    revive(db, 'papers', existing, paper.id);
    if (existing) updatePaperTitle(db, paper.id, paper.title);
    else insertPaper(db, meetingId, { ...paper, fileName: null }, now);
  }

  const fileAttendees = new Set(file.attendance.map((entry) => entry.id));
  file.attendance.forEach((entry, position) => {
    const attendee = { ...entry, meetingId, position };
    const existing = findAttendee(db, entry.id);
    revive(db, 'attendees', existing, entry.id);
    if (existing) updateAttendeeRow(db, attendee);
    else insertAttendee(db, attendee);
  });

  const positions = positionCounter();
  for (const resolution of file.resolutions) {
    const row = { ...resolution, position: positions(`r:${resolution.itemId}`), updatedAt: now };
    const existing = findResolution(db, resolution.id);
    if (existing?.deletedAt) clearResolutionDeleted(db, resolution.id);
    if (existing) updateResolutionRow(db, row);
    else insertResolution(db, meetingId, row);
  }
  for (const itemId of fileItemIds) {
    writeResolutionOrder(db, file.resolutions.filter((resolution) => resolution.itemId === itemId).map((resolution) => resolution.id));
  }
  const fileActions = new Set(file.actions.map((action) => action.id));
  for (const action of file.actions) {
    const row = { ...action, position: positions(`a:${action.itemId}`), updatedAt: now };
    const existing = findAction(db, action.id);
    if (existing?.deletedAt) clearActionsDeleted(db, [action.id]);
    if (existing) updateActionRow(db, row, ownerNameOf(names, action.owner));
    else insertAction(db, meetingId, row, ownerNameOf(names, action.owner));
  }
  markActionsDeleted(db, listActions(db, meetingId).filter((action) => !fileActions.has(action.id)).map((action) => action.id), now);
  const fileResolutions = new Set(file.resolutions.map((resolution) => resolution.id));
  for (const resolution of listResolutions(db, meetingId)) {
    if (!fileResolutions.has(resolution.id)) markResolutionDeleted(db, resolution.id, now);
  }
  markDeleted(db, 'attendees', listAttendees(db, meetingId).filter((attendee) => !fileAttendees.has(attendee.id)).map((attendee) => attendee.id), now);

  const fileDeclarations = new Set(file.declarations.map((declaration) => declaration.id));
  file.declarations.forEach((declaration, position) => {
    const row = { ...declaration, meetingId, position, updatedAt: now };
    const name = declarantName(file, names, declaration.who);
    const existing = findDeclaration(db, declaration.id);
    if (existing?.deletedAt) clearDeclarationDeleted(db, existing);
    if (existing) updateDeclarationRow(db, row, name);
    else insertDeclaration(db, row, name);
  });
  for (const declaration of listDeclarations(db, meetingId)) {
    if (!fileDeclarations.has(declaration.id)) markDeclarationDeleted(db, declaration, now);
  }

  file.actionReviews.forEach((review, position) => {
    const existing = findActionUpdate(db, review.id);
    if (existing && existing.meetingId === meetingId) {
      updateActionUpdateRow(db, { ...existing, itemId: review.itemId, status: review.status, note: review.note, position, updatedAt: now });
    }
  });
}
