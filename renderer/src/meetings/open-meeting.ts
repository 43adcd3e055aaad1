import { useCallback, useSyncExternalStore } from 'react';
import { emptyItemRecord, type ItemRecord, type MeetingDetail } from '../../../shared/domain.ts';

// The meeting on screen, as useMeeting holds it, for the parts of the live form that are handed an
// agenda item rather than the whole meeting (the item editor, the agenda list): what the minutes
// hang on an item lives in the meeting's `byItem`, and its generated sentences need the attendance.
// useMeeting stays the only writer; this only lets those parts read its latest state.

type Entry = { detail: MeetingDetail | null; listeners: Set<() => void> };

const entries = new Map<string, Entry>();

function entryFor(meetingId: string): Entry {
  let entry = entries.get(meetingId);
  if (!entry) {
    entry = { detail: null, listeners: new Set() };
    entries.set(meetingId, entry);
  }
  return entry;
}

/**
 * Sets the latest state without telling anyone: called while useMeeting renders, so the children
 * rendered in the same pass already read it. `announceMeeting` then tells the rest after the commit.
 */
export function publishMeeting(meetingId: string, detail: MeetingDetail): void {
  entryFor(meetingId).detail = detail;
}

export function announceMeeting(meetingId: string): void {
  for (const listener of entryFor(meetingId).listeners) listener();
}

export function forgetMeeting(meetingId: string): void {
  const entry = entries.get(meetingId);
  if (entry && entry.listeners.size === 0) entries.delete(meetingId);
  else if (entry) entry.detail = null;
}

/** The open meeting, or null while it loads (or once its screen has gone). */
export function useOpenMeeting(meetingId: string): MeetingDetail | null {
  const subscribe = useCallback(
    (listener: () => void) => {
      const entry = entryFor(meetingId);
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
        if (entry.listeners.size === 0 && entry.detail === null) entries.delete(meetingId);
      };
    },
    [meetingId],
  );
  return useSyncExternalStore(subscribe, () => entries.get(meetingId)?.detail ?? null);
}

/** What the minutes hold for one item; an item added in this session has an empty record until something is added. */
export function recordOf(detail: MeetingDetail | null, itemId: string): ItemRecord {
  return detail?.byItem[itemId] ?? emptyRecord;
}

// One shared empty record, so a component reading an empty item sees the same object every time.
const emptyRecord: ItemRecord = Object.freeze(emptyItemRecord()) as ItemRecord;
