import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { insertionPoint, type OrderEntry } from '../../../shared/agenda-order.ts';
import type { AgendaItem, AttendanceEntry, Meeting, MeetingDetail } from '../../../shared/domain.ts';
import type { MinutesStatus } from '../../../shared/minutes-state.ts';
import type { RichText } from '../../../shared/rich-text.ts';
import { emptyRichText } from '../../../shared/rich-text.ts';
import { api } from '../api.ts';
import { useLoad } from '../app/useLoad.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import { announceMeeting, forgetMeeting, publishMeeting } from './open-meeting.ts';
import { useActionReviews } from './useActionReviews.ts';
import { useDeclarations } from './useDeclarations.ts';
import { useActions } from '../actions/useActions.ts';
import { usePapers } from '../item-editor/usePapers.ts';
import { useItemWording } from '../item-editor/useItemWording.ts';
import { useResolutions } from '../resolutions/useResolutions.ts';
import { useItemRecords } from './item-records.ts';

export type ItemFields = Pick<AgendaItem, 'title' | 'presenters' | 'postMeetingNote' | 'kind'>;
export type AttendanceFields = Pick<AttendanceEntry, 'status' | 'arrivedAt' | 'arrivedDuringItemId' | 'leftAt' | 'leftDuringItemId'>;
export type UndoableDelete = { itemId: string; label: string; before: AgendaItem[] };

const orderOf = (items: AgendaItem[]): OrderEntry[] => items.map(({ id, parentId }) => ({ id, parentId }));

/**
 * The live meeting on screen. The screen changes at once; saving follows through the save queue,
 * structure changes in order, field edits debounced, so typing never waits for the disk.
 */
export function useMeeting(meetingId: string) {
  const queue = useSaveQueue();
  const { state, set } = useLoad(() => api.getMeeting({ meetingId }), [meetingId]);
  const [undoable, setUndoable] = useState<UndoableDelete | null>(null);
  // Notes live in the editor; a reader of each edited item's latest notes is kept here (not in
  // React state) so typing re-renders nothing but the editor itself.
  const notesReaders = useRef(new Map<string, () => RichText>());
  const structureKey = `agenda:${meetingId}`;
  const latestAgenda = useRef<AgendaItem[]>([]);
  const latestDetail = useRef<MeetingDetail | null>(null);
  if (state.status === 'ready') {
    latestAgenda.current = state.value.agenda;
    latestDetail.current = state.value;
    // Children rendered in this same pass (the item editor, the agenda list) read it at once.
    publishMeeting(meetingId, state.value);
  }
  useLayoutEffect(() => {
    if (state.status !== 'ready') return;
    publishMeeting(meetingId, state.value);
    announceMeeting(meetingId);
  }, [meetingId, state]);
  useEffect(() => () => forgetMeeting(meetingId), [meetingId]);

  const setAgenda = useCallback((update: (agenda: AgendaItem[]) => AgendaItem[]) => set((detail) => ({ ...detail, agenda: update(detail.agenda) })), [set]);

  const saveItemFields = useCallback(
    (item: AgendaItem, changes: Partial<ItemFields>) => {
      const next = { ...item, ...changes };
      setAgenda((agenda) => agenda.map((candidate) => (candidate.id === item.id ? { ...candidate, ...changes } : candidate)));
      const { title, presenters, postMeetingNote, kind } = next;
      queue.schedule(`item:${item.id}`, async () => {
        await queue.whenSaved(structureKey);
        return api.updateAgendaItem({ itemId: item.id, title, presenters, postMeetingNote, kind });
      });
    },
    [queue, setAgenda, structureKey],
  );

  const saveNotes = useCallback(
    (itemId: string, read: () => RichText) => {
      notesReaders.current.set(itemId, read);
      queue.schedule(`notes:${itemId}`, async () => {
        // Read now, while the editor is certainly there; send once structure changes are in.
        const notes = read();
        await queue.whenSaved(structureKey);
        return api.updateAgendaItem({ itemId, notes });
      });
    },
    [queue, structureKey],
  );

  const notesOf = useCallback((item: AgendaItem) => {
    const read = notesReaders.current.get(item.id);
    return read ? read() : item.notes;
  }, []);

  const addItem = useCallback(
    (afterItemId: string | undefined): string => {
      const itemId = crypto.randomUUID();
      setAgenda((agenda) => {
        const { insertAt, parentId } = insertionPoint(orderOf(agenda), afterItemId);
        const item: AgendaItem = {
          id: itemId,
          meetingId,
          parentId,
          position: insertAt,
          kind: 'general',
          title: '',
          presenters: [],
          notes: emptyRichText(),
          postMeetingNote: '',
          updatedAt: new Date().toISOString(),
        };
        return [...agenda.slice(0, insertAt), item, ...agenda.slice(insertAt)];
      });
      setUndoable(null);
      queue.enqueue(structureKey, () => api.addAgendaItem({ meetingId, itemId, afterItemId }));
      return itemId;
    },
    [meetingId, queue, setAgenda, structureKey],
  );

  const deleteItem = useCallback(
    (item: AgendaItem, label: string) => {
      const before = latestAgenda.current;
      setUndoable({ itemId: item.id, label, before });
      setAgenda((agenda) => agenda.filter((candidate) => candidate.id !== item.id && candidate.parentId !== item.id));
      queue.enqueue(structureKey, () => api.deleteAgendaItem({ itemId: item.id }));
    },
    [queue, setAgenda, structureKey],
  );

  const undoDelete = useCallback(() => {
    if (!undoable) return;
    setAgenda((agenda) => {
      // Back to the order before the delete, keeping any edits made since to the other items.
      const current = new Map(agenda.map((item) => [item.id, item]));
      return undoable.before.map((item) => current.get(item.id) ?? item);
    });
    setUndoable(null);
    queue.enqueue(structureKey, () => api.restoreAgendaItem({ itemId: undoable.itemId }));
  }, [queue, setAgenda, structureKey, undoable]);

  const applyOrder = useCallback(
    (order: OrderEntry[]) => {
      setAgenda((agenda) => {
        const byId = new Map(agenda.map((item) => [item.id, item]));
        return order.map((entry, position) => ({ ...byId.get(entry.id)!, parentId: entry.parentId, position }));
      });
      setUndoable(null);
      queue.enqueue(structureKey, () => api.reorderAgenda({ meetingId, order }));
    },
    [meetingId, queue, setAgenda, structureKey],
  );

  const saveAttendance = useCallback(
    (entry: AttendanceEntry, changes: Partial<AttendanceFields>) => {
      const next = { ...entry, ...changes };
      const key = entry.memberId ?? entry.attendeeId!;
      set((detail) => ({
        ...detail,
        attendance: detail.attendance.map((candidate) => ((candidate.memberId ?? candidate.attendeeId) === key ? next : candidate)),
      }));
      const who = entry.memberId ? { memberId: entry.memberId } : { attendeeId: entry.attendeeId! };
      const { status, arrivedAt, arrivedDuringItemId, leftAt, leftDuringItemId } = next;
      queue.schedule(
        `attendance:${key}`,
        async () => {
          await queue.whenSaved(structureKey);
          return api.setAttendance({ meetingId, who, status, arrivedAt, arrivedDuringItemId, leftAt, leftDuringItemId });
        },
        0,
      );
    },
    [meetingId, queue, set, structureKey],
  );

  const addedAttendee = useCallback(
    (entry: AttendanceEntry) =>
      set((detail) => ({
        ...detail,
        attendance: [
          ...detail.attendance.map((candidate) =>
            entry.substituteForMemberId && candidate.memberId === entry.substituteForMemberId && candidate.status === 'unmarked'
              ? { ...candidate, status: 'apologies' as const }
              : candidate,
          ),
          entry,
        ],
      })),
    [set],
  );

  const removedAttendee = useCallback(
    (attendeeId: string) => set((detail) => ({ ...detail, attendance: detail.attendance.filter((entry) => entry.attendeeId !== attendeeId) })),
    [set],
  );

  const saveMeeting = useCallback(
    (meeting: Meeting, changes: Partial<Pick<Meeting, 'date' | 'startTime' | 'venue' | 'isVirtual' | 'title' | 'startedAt' | 'endedAt' | 'nextMeetingDate'>>) => {
      const next = { ...meeting, ...changes };
      set((detail) => ({ ...detail, meeting: next }));
      const { date, startTime, venue, isVirtual, title, startedAt, endedAt, nextMeetingDate } = next;
      queue.schedule(
        `meeting:${meetingId}`,
        () => api.updateMeeting({ meetingId, date, startTime, venue, isVirtual, title, startedAt, endedAt, nextMeetingDate }),
        300,
      );
    },
    [meetingId, queue, set],
  );

  /** A move of the minutes (sent, approved, a new draft) answered with their new state. */
  const setMinutesStatus = useCallback((minutes: MinutesStatus) => set((detail) => ({ ...detail, minutes })), [set]);

  const latest = useCallback(() => latestDetail.current, []);
  // What the minutes hang on each item, one hook per feature over the same record and save line.
  const itemRecords = useItemRecords({ queue, set, latest, structureKey });
  const { flushItemMinutes, isSectionOpen, rememberSection } = itemRecords;
  const resolutions = useResolutions(itemRecords);
  const itemActions = useActions(itemRecords);
  const itemWording = useItemWording(itemRecords);
  const papers = usePapers(itemRecords);
  const declarations = useDeclarations({ queue, set, latest, structureKey });
  const actionReviews = useActionReviews({ queue, set, latest, structureKey });

  const actions = useMemo(
    () => ({
      saveItemFields,
      saveNotes,
      notesOf,
      addItem,
      deleteItem,
      undoDelete,
      applyOrder,
      saveAttendance,
      addedAttendee,
      removedAttendee,
      saveMeeting,
      setMinutesStatus,
      isSectionOpen,
      rememberSection,
      ...resolutions,
      ...itemActions,
      ...itemWording,
      ...papers,
      ...declarations,
      ...actionReviews,
    }),
    [saveItemFields, saveNotes, notesOf, addItem, deleteItem, undoDelete, applyOrder, saveAttendance, addedAttendee, removedAttendee, saveMeeting, setMinutesStatus, isSectionOpen, rememberSection, resolutions, itemActions, itemWording, papers, declarations, actionReviews],
  );
  const flushItem = (itemId: string) =>
    Promise.all([queue.flush(`notes:${itemId}`), queue.flush(`item:${itemId}`), flushItemMinutes(itemId)]);
  const dismissUndo = useCallback(() => setUndoable(null), []);
  return { state, actions, undoable, dismissUndo, flushItem };
}

export type MeetingActions = ReturnType<typeof useMeeting>['actions'];
export type { MeetingDetail };
