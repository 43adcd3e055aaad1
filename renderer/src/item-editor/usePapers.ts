import { useCallback, useMemo } from 'react';
import type { Paper } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import { withChosenFile } from '../app/chosen-file.ts';
import type { ItemRecords } from '../meetings/item-records.ts';
/** The papers listed under an item: a file chosen and copied in, retitled, taken off the list. */
export function usePapers({ answered, gone, inOrder, saveLater, updateRecord }: ItemRecords) {

  /** Asks for the file, then copies it in; null when the secretary cancelled the choice. */
  const attachPaper = useCallback(
    async (itemId: string): Promise<Paper | null> => {
      // The dialog is outside the ordered line: the secretary may take a while choosing.
      const paperId = crypto.randomUUID();
      const chosen = await withChosenFile({ purpose: 'paper' }, (source) => answered(itemId, () => api.addPaper({ itemId, paperId, source, title: '' })));
      if (!chosen) return null;
      const paper = chosen.value;
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
    [gone, inOrder, updateRecord],
  );

  return useMemo(() => ({ attachPaper, savePaperTitle, removePaper }), [attachPaper, savePaperTitle, removePaper]);
}
