import { useCallback, useMemo } from 'react';
import type { Action, ActionOwner } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import { byPosition, type ItemRecords } from '../meetings/item-records.ts';
import { recordOf } from '../meetings/open-meeting.ts';

export type ActionFields = Pick<Action, 'resolutionId' | 'resolutionPart' | 'description' | 'owner' | 'dueDate' | 'status'>;
export type NewAction = { resolutionId: string | null; resolutionPart?: number | null; description: string; owner: ActionOwner; dueDate: string | null };
export type DeletedAction = { action: Action; index: number };

/** An item's actions: added under an id chosen here, edited through the save queue, deleted and restored by Undo. */
export function useActions({ answered, gone, inOrder, latest, saveLater, updateRecord }: ItemRecords) {

  const addAction = useCallback(
    async (itemId: string, fields: NewAction): Promise<Action> => {
      const actionId = crypto.randomUUID();
      const action = await answered(itemId, () => api.addAction({ itemId, actionId, ...fields }));
      updateRecord(itemId, (record) => ({ ...record, actions: [...record.actions, action] }));
      return action;
    },
    [answered, updateRecord],
  );

  const saveAction = useCallback(
    (action: Action, changes: Partial<ActionFields>, delayMs?: number) => {
      const next = { ...action, ...changes };
      updateRecord(action.itemId, (record) => ({
        ...record,
        actions: record.actions.map((candidate) => (candidate.id === action.id ? { ...candidate, ...changes } : candidate)),
      }));
      const { resolutionId, resolutionPart, description, owner, dueDate, status } = next;
      saveLater(`action:${action.id}`, action.id, () => api.updateAction({ actionId: action.id, resolutionId, resolutionPart, description, owner, dueDate, status }), delayMs);
    },
    [saveLater, updateRecord],
  );

  const deleteAction = useCallback(
    (action: Action): DeletedAction => {
      const index = recordOf(latest(), action.itemId).actions.findIndex((candidate) => candidate.id === action.id);
      gone.current.add(action.id);
      updateRecord(action.itemId, (record) => ({ ...record, actions: record.actions.filter((candidate) => candidate.id !== action.id) }));
      inOrder(action.itemId, () => api.deleteAction({ actionId: action.id }));
      return { action, index: Math.max(index, 0) };
    },
    [gone, inOrder, latest, updateRecord],
  );

  /** The same action back, with its history; on the item itself if its resolution has gone since. */
  const restoreAction = useCallback(
    async ({ action: old }: DeletedAction): Promise<Action> => {
      const action = await answered(old.itemId, () => api.restoreAction({ actionId: old.id }));
      gone.current.delete(action.id);
      updateRecord(old.itemId, (record) => ({ ...record, actions: byPosition([...record.actions.filter((candidate) => candidate.id !== action.id), action]) }));
      return action;
    },
    [answered, gone, updateRecord],
  );

  return useMemo(() => ({ addAction, saveAction, deleteAction, restoreAction }), [addAction, saveAction, deleteAction, restoreAction]);
}
