import { useCallback, useMemo, useRef } from 'react';
import type { Action, ActionOwner, ItemRecord, MeetingDetail, Paper, Part2, Resolution } from '../../../shared/domain.ts';
import { emptyItemRecord, isCompletePart2 } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import type { SaveQueue } from '../saving/save-queue.ts';
import { recordOf } from './open-meeting.ts';

export type ResolutionFields = Pick<Resolution, 'form' | 'text' | 'parts'>;
export type ActionFields = Pick<Action, 'resolutionId' | 'resolutionPart' | 'description' | 'owner' | 'dueDate' | 'status'>;
export type NewAction = { resolutionId: string | null; resolutionPart?: number | null; description: string; owner: ActionOwner; dueDate: string | null };

/** A deleted resolution as it was, so Undo can put it (and the actions that went with it) back. */
export type DeletedResolution = { resolution: Resolution; actions: Action[]; index: number };
export type DeletedAction = { action: Action; index: number };

type Options = {
  queue: SaveQueue;
  set: (update: (detail: MeetingDetail) => MeetingDetail) => void;
  /** The state as last rendered: moves and undos are worked out from what the secretary sees. */
  latest: () => MeetingDetail | null;
  structureKey: string;
};

/**
 * The minute-taking records of an item (resolutions, actions, papers, Part 2, sentence wording),
 * changed on screen at once and saved through the save queue like the rest of the live form.
 * Adding a resolution, action or paper (under an id chosen here) waits for the main process to
 * accept it and tells the caller if it did not; everything after that is queued as usual. Undo
 * asks the main process to restore the deleted record itself, with what went with it.
 */
export function useItemMinutes({ queue, set, latest, structureKey }: Options) {
  // Records deleted on screen: an edit still waiting for its quiet spell must not resurrect or
  // trip over them once the delete has gone out.
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

  // ── resolutions ──

  const withPositions = <T extends { position: number }>(list: T[]) => list.map((entry, position) => ({ ...entry, position }));
  const byPosition = <T extends { position: number }>(list: T[]) => [...list].sort((a, b) => a.position - b.position);

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
    [inOrder, latest, updateRecord],
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
    [answered, updateRecord],
  );

  // ── actions ──

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
    [inOrder, latest, updateRecord],
  );

  /** The same action back, with its history; on the item itself if its resolution has gone since. */
  const restoreAction = useCallback(
    async ({ action: old }: DeletedAction): Promise<Action> => {
      const action = await answered(old.itemId, () => api.restoreAction({ actionId: old.id }));
      gone.current.delete(action.id);
      updateRecord(old.itemId, (record) => ({ ...record, actions: byPosition([...record.actions.filter((candidate) => candidate.id !== action.id), action]) }));
      return action;
    },
    [answered, updateRecord],
  );

  // ── Part 2 and generated sentences ──

  const setPart2 = useCallback(
    (itemId: string, part2: Part2 | null, delayMs?: number) => {
      updateRecord(itemId, (record) => ({ ...record, part2 }));
      // Ticked but with neither a paragraph nor a reason yet: shown, not sent (the contract refuses it).
      if (part2 && !isCompletePart2(part2)) return;
      saveLater(`part2:${itemId}`, itemId, () => api.setItemPart2({ itemId, part2 }), delayMs);
    },
    [saveLater, updateRecord],
  );

  const setSentenceOverride = useCallback(
    (itemId: string, key: string, text: string | null, delayMs?: number) => {
      updateRecord(itemId, (record) => {
        const others = record.sentenceOverrides.filter((override) => override.key !== key);
        return { ...record, sentenceOverrides: text === null ? others : [...others, { key, text }] };
      });
      saveLater(`sentence:${itemId}:${key}`, itemId, () => api.setSentenceOverride({ itemId, key, text }), delayMs);
    },
    [saveLater, updateRecord],
  );

  // ── papers ──

  /** Asks for the file, then copies it in; null when the secretary cancelled the choice. */
  const attachPaper = useCallback(
    async (itemId: string): Promise<Paper | null> => {
      // The dialog is outside the ordered line: the secretary may take a while choosing.
      const choice = await api.chooseFile({ purpose: 'paper' });
      if ('cancelled' in choice) return null;
      const paperId = crypto.randomUUID();
      const paper = await answered(itemId, () => api.addPaper({ itemId, paperId, source: choice.grantId, title: '' }));
      updateRecord(itemId, (record) => ({ ...record, papers: [...record.papers, paper] }));
      return paper;
    },
    [answered, updateRecord],
  );

  const savePaperTitle = useCallback(
    (paper: Paper, title: string) => {
      updateRecord(paper.itemId, (record) => ({ ...record, papers: record.papers.map((candidate) => (candidate.id === paper.id ? { ...candidate, title } : candidate)) }));
      saveLater(`paper:${paper.id}`, paper.id, () => api.updatePaper({ paperId: paper.id, title }));
    },
    [saveLater, updateRecord],
  );

  const removePaper = useCallback(
    (paper: Paper) => {
      gone.current.add(paper.id);
      updateRecord(paper.itemId, (record) => ({ ...record, papers: record.papers.filter((candidate) => candidate.id !== paper.id) }));
      inOrder(paper.itemId, () => api.removePaper({ paperId: paper.id }));
    },
    [inOrder, updateRecord],
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

  // ── how the item editor's sections were left on each item, for coming back to it ──

  const isSectionOpen = useCallback((section: string): boolean | undefined => openSections.current.get(section), []);
  const rememberSection = useCallback((section: string, isOpen: boolean) => void openSections.current.set(section, isOpen), []);

  return useMemo(
    () => ({
      addResolution,
      saveResolution,
      moveResolution,
      deleteResolution,
      restoreResolution,
      addAction,
      saveAction,
      deleteAction,
      restoreAction,
      setPart2,
      setSentenceOverride,
      attachPaper,
      savePaperTitle,
      removePaper,
      flushItemMinutes,
      isSectionOpen,
      rememberSection,
    }),
    [
      addResolution,
      saveResolution,
      moveResolution,
      deleteResolution,
      restoreResolution,
      addAction,
      saveAction,
      deleteAction,
      restoreAction,
      setPart2,
      setSentenceOverride,
      attachPaper,
      savePaperTitle,
      removePaper,
      flushItemMinutes,
      isSectionOpen,
      rememberSection,
    ],
  );
}
