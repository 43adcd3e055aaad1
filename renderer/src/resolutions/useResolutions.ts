import { useCallback, useMemo } from 'react';
import type { Action, Resolution } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import { byPosition, withPositions, type ItemRecords } from '../meetings/item-records.ts';
import { recordOf } from '../meetings/open-meeting.ts';

export type ResolutionFields = Pick<Resolution, 'form' | 'text' | 'parts'>;
/** A deleted resolution as it was, for the Undo notice; Undo asks the main process to restore it. */
export type DeletedResolution = { resolution: Resolution; actions: Action[]; index: number };

/**
 * An item's resolutions on screen and in the data file: added under an id chosen here (waiting for
 * the main process to accept it), edited and moved through the save queue, deleted with the
 * actions beside them and restored, the same records, by Undo.
 */
export function useResolutions({ answered, gone, inOrder, latest, saveLater, updateRecord }: ItemRecords) {


  /** An empty resolution to type into, or one with its wording already (from the phrase bank). */
  const addResolution = useCallback(
    async (itemId: string, afterResolutionId?: string, fields: ResolutionFields = { form: 'resolved', text: '', parts: [] }): Promise<Resolution> => {
      const resolutionId = crypto.randomUUID();
      const resolution = await answered(itemId, () => api.addResolution({ itemId, resolutionId, ...fields, afterResolutionId }));
      updateRecord(itemId, (record) => {
        const after = afterResolutionId ? record.resolutions.findIndex((candidate) => candidate.id === afterResolutionId) : -1;
        const at = after >= 0 ? after + 1 : record.resolutions.length;
        return { ...record, resolutions: withPositions([...record.resolutions.slice(0, at), resolution, ...record.resolutions.slice(at)]) };
      });
      return resolution;
    },
    [answered, updateRecord],
  );

  const saveResolution = useCallback(
    (resolution: Resolution, changes: Partial<ResolutionFields>, delayMs?: number) => {
      const next = { ...resolution, ...changes };
      updateRecord(resolution.itemId, (record) => ({
        ...record,
        resolutions: record.resolutions.map((candidate) => (candidate.id === resolution.id ? { ...candidate, ...changes } : candidate)),
      }));
      const { form, text, parts } = next;
      saveLater(`resolution:${resolution.id}`, resolution.id, () => api.updateResolution({ resolutionId: resolution.id, form, text, parts }), delayMs);
    },
    [saveLater, updateRecord],
  );

  const moveResolution = useCallback(
    (resolution: Resolution, direction: -1 | 1) => {
      const order = recordOf(latest(), resolution.itemId).resolutions.map((candidate) => candidate.id);
      const from = order.indexOf(resolution.id);
      const to = from + direction;
      if (from < 0 || to < 0 || to >= order.length) return;
      [order[from], order[to]] = [order[to]!, order[from]!];
      updateRecord(resolution.itemId, (record) => {
        const byId = new Map(record.resolutions.map((candidate) => [candidate.id, candidate]));
        return { ...record, resolutions: withPositions(order.flatMap((id) => byId.get(id) ?? [])) };
      });
      inOrder(resolution.itemId, () => api.reorderResolutions({ itemId: resolution.itemId, resolutionIds: order }));
    },
    [inOrder, latest, updateRecord],
  );

  const deleteResolution = useCallback(
    (resolution: Resolution): DeletedResolution => {
      const record = recordOf(latest(), resolution.itemId);
      const index = record.resolutions.findIndex((candidate) => candidate.id === resolution.id);
      const actions = record.actions.filter((action) => action.resolutionId === resolution.id);
      for (const id of [resolution.id, ...actions.map((action) => action.id)]) gone.current.add(id);
      updateRecord(resolution.itemId, (current) => ({
        ...current,
        resolutions: withPositions(current.resolutions.filter((candidate) => candidate.id !== resolution.id)),
        actions: current.actions.filter((action) => action.resolutionId !== resolution.id),
      }));
      inOrder(resolution.itemId, () => api.deleteResolution({ resolutionId: resolution.id }));
      return { resolution: record.resolutions[index] ?? resolution, actions, index: Math.max(index, 0) };
    },
    [gone, inOrder, latest, updateRecord],
  );

  /** Puts a deleted resolution back where it was: the same record, its vote and its actions (their history too). */
  const restoreResolution = useCallback(
    async ({ resolution: old }: DeletedResolution): Promise<Resolution> => {
      const { itemId } = old;
      const restored = await answered(itemId, () => api.restoreResolution({ resolutionId: old.id }));
      for (const id of [restored.resolution.id, ...restored.actions.map((action) => action.id)]) gone.current.delete(id);
      updateRecord(itemId, (record) => {
        const at = Math.min(restored.resolution.position, record.resolutions.length);
        const others = record.actions.filter((action) => !restored.actions.some((back) => back.id === action.id));
        return {
          ...record,
          resolutions: withPositions([...record.resolutions.slice(0, at), restored.resolution, ...record.resolutions.slice(at)]),
          actions: byPosition([...others, ...restored.actions]),
        };
      });
      return restored.resolution;
    },
    [answered, gone, updateRecord],
  );

  return useMemo(() => ({ addResolution, saveResolution, moveResolution, deleteResolution, restoreResolution }), [addResolution, saveResolution, moveResolution, deleteResolution, restoreResolution]);
}
