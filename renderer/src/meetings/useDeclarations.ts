import { useCallback, useMemo, useRef } from 'react';
import type { Declaration, MeetingDetail, Resolution } from '../../../shared/domain.ts';
import { emptyItemRecord } from '../../../shared/domain.ts';
import type { VoteInput } from '../../../shared/votes.ts';
import { api } from '../api.ts';
import type { MeetingStateAccess } from './meeting-state.ts';

export type DeclarationFields = Pick<Declaration, 'who' | 'itemId' | 'nature' | 'description' | 'leftRoom'>;
/** Who can be named on a new declaration: someone on the roster or at the meeting (a bare name only survives a removed guest). */
export type NewDeclaration = Omit<DeclarationFields, 'who'> & { who: { memberId: string } | { attendeeId: string } };
/** A deleted declaration as it was, so Undo can put it back. */
export type DeletedDeclaration = { declaration: Declaration; index: number };

/**
 * Declarations of interest and votes on resolutions, changed on screen at once and saved through
 * the save queue. Adding (which the main process may refuse: the person gone, say) and recording a
 * vote (which it may refuse as self-contradictory) wait for the answer and hand back a failure for
 * the form to show; edits and deletes are queued like the rest of the live form.
 */
export function useDeclarations({ queue, set, latest, structureKey }: MeetingStateAccess) {
  // Declarations deleted on screen: an edit still waiting for its quiet spell must not trip over them.
  const gone = useRef(new Set<string>());
  const sequenceKey = useCallback(() => `declarations:${latest()?.meeting.id ?? ''}`, [latest]);

  const setDeclarations = useCallback(
    (update: (declarations: Declaration[]) => Declaration[]) => set((detail) => ({ ...detail, declarations: update(detail.declarations ?? []) })),
    [set],
  );

  /** Runs after the agenda's own changes (the item concerned may be new) and hands the answer back. */
  const answered = useCallback(
    <T>(key: string, make: () => Promise<T>) =>
      queue.answer(key, async () => {
        await queue.whenSaved(structureKey);
        return make();
      }),
    [queue, structureKey],
  );

  const addDeclaration = useCallback(
    async (fields: NewDeclaration): Promise<Declaration> => {
      const meetingId = latest()?.meeting.id;
      if (!meetingId) throw new Error('The meeting is not open.');
      const declarationId = crypto.randomUUID();
      const declaration = await answered(sequenceKey(), () => api.addDeclaration({ meetingId, declarationId, ...fields }));
      setDeclarations((declarations) => [...declarations, declaration]);
      return declaration;
    },
    [answered, latest, sequenceKey, setDeclarations],
  );

  const saveDeclaration = useCallback(
    (declaration: Declaration, changes: Partial<DeclarationFields>, delayMs?: number) => {
      const next = { ...declaration, ...changes };
      setDeclarations((declarations) => declarations.map((candidate) => (candidate.id === declaration.id ? { ...candidate, ...changes } : candidate)));
      const { who, itemId, nature, description, leftRoom } = next;
      // A removed guest's declaration keeps their name; it is not sent back as a person to look up.
      const person = 'name' in who ? undefined : who;
      queue.schedule(
        `declaration:${declaration.id}`,
        async () => {
          if (gone.current.has(declaration.id)) return;
          await queue.whenSaved(structureKey);
          return api.updateDeclaration({ declarationId: declaration.id, who: person, itemId, nature, description, leftRoom });
        },
        delayMs,
      );
    },
    [queue, setDeclarations, structureKey],
  );

  const deleteDeclaration = useCallback(
    (declaration: Declaration): DeletedDeclaration => {
      const current = latest()?.declarations ?? [];
      const index = current.findIndex((candidate) => candidate.id === declaration.id);
      gone.current.add(declaration.id);
      setDeclarations((declarations) => declarations.filter((candidate) => candidate.id !== declaration.id));
      queue.enqueue(sequenceKey(), async () => {
        // An edit already on its way goes first, so it cannot arrive after the delete and fail.
        await queue.flush(`declaration:${declaration.id}`);
        return api.deleteDeclaration({ declarationId: declaration.id });
      });
      return { declaration: current[index] ?? declaration, index: Math.max(index, 0) };
    },
    [latest, queue, sequenceKey, setDeclarations],
  );

  /** The same declaration back, in the order it was made. */
  const restoreDeclaration = useCallback(
    async ({ declaration: old }: DeletedDeclaration): Promise<Declaration> => {
      const declaration = await answered(sequenceKey(), () => api.restoreDeclaration({ declarationId: old.id }));
      gone.current.delete(declaration.id);
      setDeclarations((declarations) =>
        [...declarations.filter((candidate) => candidate.id !== declaration.id), declaration].sort((a, b) => a.position - b.position),
      );
      return declaration;
    },
    [answered, sequenceKey, setDeclarations],
  );

  const setVote = useCallback(
    async (resolution: Resolution, vote: VoteInput | null): Promise<Resolution> => {
      const saved = await answered(`vote:${resolution.id}`, async () => {
        // Wording typed just before goes first, so the two saves cannot cross.
        await queue.flush(`resolution:${resolution.id}`);
        return api.setVote({ resolutionId: resolution.id, vote });
      });
      set((detail: MeetingDetail) => {
        const record = detail.byItem[resolution.itemId] ?? emptyItemRecord();
        const resolutions = record.resolutions.map((candidate) => (candidate.id === resolution.id ? { ...candidate, vote: saved.vote } : candidate));
        return { ...detail, byItem: { ...detail.byItem, [resolution.itemId]: { ...record, resolutions } } };
      });
      return saved;
    },
    [answered, queue, set],
  );

  return useMemo(
    () => ({ addDeclaration, saveDeclaration, deleteDeclaration, restoreDeclaration, setVote }),
    [addDeclaration, saveDeclaration, deleteDeclaration, restoreDeclaration, setVote],
  );
}
