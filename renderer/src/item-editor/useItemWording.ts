import { useCallback, useMemo } from 'react';
import { isCompletePart2, type Part2 } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import type { ItemRecords } from '../meetings/item-records.ts';
/** An item's Part 2 mark and its reworded generated sentences, saved after a quiet spell like the notes. */
export function useItemWording({ saveLater, updateRecord }: ItemRecords) {

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

  return useMemo(() => ({ setPart2, setSentenceOverride }), [setPart2, setSentenceOverride]);
}
