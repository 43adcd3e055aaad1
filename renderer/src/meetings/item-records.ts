import { useCallback, useMemo, useRef } from 'react';
import { emptyItemRecord, type ItemRecord } from '../../../shared/domain.ts';
import type { MeetingStateAccess } from './meeting-state.ts';
import { recordOf } from './open-meeting.ts';

export const withPositions = <T extends { position: number }>(list: T[]) => list.map((entry, position) => ({ ...entry, position }));
export const byPosition = <T extends { position: number }>(list: T[]) => [...list].sort((a, b) => a.position - b.position);

/**
 * What the hooks of an item's minutes share (resolutions/, actions/, item-editor/): the item's
 * record on screen, its ordered line in the save queue (adds, deletes, moves, restores), delayed
 * saves of edits, and the records deleted on screen. A change shows at once; saving follows.
 */
export function useItemRecords({ queue, set, latest, structureKey }: MeetingStateAccess) {
  // Records deleted on screen: an edit still waiting for its quiet spell must not resurrect or
  // trip over them once the delete has gone out. A restore takes its records off again.
  const gone = useRef(new Set<string>());
  const openSections = useRef(new Map<string, boolean>());

  const updateRecord = useCallback(
    (itemId: string, update: (record: ItemRecord) => ItemRecord) =>
      set((detail) => ({ ...detail, byItem: { ...detail.byItem, [itemId]: update(detail.byItem[itemId] ?? emptyItemRecord()) } })),
    [set],
  );

  // One ordered line per item for what must not be merged or reordered: adds, deletes, moves.
  const minutesKey = (itemId: string) => `minutes:${itemId}`;

  const inOrder = useCallback(
    (itemId: string, operation: () => Promise<unknown>) =>
      queue.enqueue(minutesKey(itemId), async () => {
        // A new item reaches the data file first.
        await queue.whenSaved(structureKey);
        return operation();
      }),
    [queue, structureKey],
  );

  /** Runs in the item's ordered line, once the item itself is saved, and hands the answer back. */
  const answered = useCallback(
    <T>(itemId: string, make: () => Promise<T>) =>
      queue.answer(minutesKey(itemId), async () => {
        await queue.whenSaved(structureKey);
        return make();
      }),
    [queue, structureKey],
  );

  const saveLater = useCallback(
    (key: string, recordId: string, operation: () => Promise<unknown>, delayMs?: number) =>
      queue.schedule(
        key,
        async () => {
          if (gone.current.has(recordId)) return;
          await queue.whenSaved(structureKey);
          return operation();
        },
        delayMs,
      ),
    [queue, structureKey],
  );

  /** Sends the item's waiting edits now: leaving an item saves it at once rather than after the pause. */
  const flushItemMinutes = useCallback(
    (itemId: string) => {
      const record = recordOf(latest(), itemId);
      const keys = [
        `part2:${itemId}`,
        ...record.sentenceOverrides.map((override) => `sentence:${itemId}:${override.key}`),
        ...record.resolutions.map((resolution) => `resolution:${resolution.id}`),
        ...record.actions.map((action) => `action:${action.id}`),
        ...record.papers.map((paper) => `paper:${paper.id}`),
      ];
      return Promise.all(keys.map((key) => queue.flush(key)));
    },
    [latest, queue],
  );

  // How the item editor's sections were left on each item, for coming back to it.

  const isSectionOpen = useCallback((section: string): boolean | undefined => openSections.current.get(section), []);
  const rememberSection = useCallback((section: string, isOpen: boolean) => void openSections.current.set(section, isOpen), []);

  return useMemo(
    () => ({ queue, latest, gone, updateRecord, inOrder, answered, saveLater, flushItemMinutes, isSectionOpen, rememberSection }),
    [queue, latest, updateRecord, inOrder, answered, saveLater, flushItemMinutes, isSectionOpen, rememberSection],
  );
}

export type ItemRecords = ReturnType<typeof useItemRecords>;
