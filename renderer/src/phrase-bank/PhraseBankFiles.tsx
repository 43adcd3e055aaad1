import { useState } from 'react';
import type { Committee, Phrase } from '../../../shared/domain.ts';
import { api, describeError } from '../api.ts';
import { withChosenFile } from '../app/chosen-file.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import { forgetAbbreviations } from '../abbreviations/committee-abbreviations.ts';

type Outcome = { kind: 'idle' } | { kind: 'working'; message: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

type Props = {
  committee: Committee;
  /** The bank's ordered line in the save queue: an import waits for the adds, moves and deletes before it. */
  orderKey: string;
  /** How many wordings the bank has now. */
  count: () => number;
  onImported: (phrases: Phrase[]) => void;
};

/** A phrase bank file out and in: to another committee or another computer. */
export function PhraseBankFiles({ committee, orderKey, count: wordingCount, onImported }: Props) {
  const queue = useSaveQueue();
  const committeeId = committee.id;
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [shouldReplace, setReplace] = useState(false);

  const exportBank = async () => {
    setOutcome({ kind: 'working', message: 'Exporting…' });
    try {
      await queue.flush();
      const saved = await withChosenFile({ purpose: 'phrase-bank-save', suggestedName: `${committee.name} phrase bank` }, (target) =>
        api.exportPhraseBank({ committeeId, target }),
      );
      if (!saved) return setOutcome({ kind: 'idle' });
      setOutcome({ kind: 'done', message: `Exported ${wordingCount()} wordings as “${saved.fileName}”.` });
    } catch (failure) {
      setOutcome({ kind: 'failed', message: `The phrase bank was not exported: ${describeError(failure).message}` });
    }
  };

  const importBank = async () => {
    setOutcome({ kind: 'working', message: 'Importing…' });
    try {
      await queue.flush();
      const before = wordingCount();
      const chosen = await withChosenFile({ purpose: 'phrase-bank-open' }, (source) =>
        queue.answer(orderKey, () => api.importPhraseBank({ committeeId, source, replace: shouldReplace })),
      );
      if (!chosen) return setOutcome({ kind: 'idle' });
      const imported = chosen.value;
      // The file's abbreviations came in too; the meetings' editors read them again.
      forgetAbbreviations(committeeId);
      onImported(imported);
      const count = (n: number) => `${n} ${n === 1 ? 'wording' : 'wordings'}`;
      setOutcome({
        kind: 'done',
        message: shouldReplace
          ? `Replaced the phrase bank with the ${count(imported.length)} in “${chosen.fileName}”.`
          : `Added ${count(imported.length - before)} from “${chosen.fileName}” (wordings already in the bank were skipped).`,
      });
    } catch (failure) {
      setOutcome({ kind: 'failed', message: `The phrase bank was not imported: ${describeError(failure).message}` });
    }
  };

  return (
    <div className="phrase-files" role="group" aria-label="Phrase bank file">
      <h3>Share the phrase bank</h3>
      <p className="hint">A phrase bank file carries this committee’s wordings and abbreviations to another committee or another computer.</p>
      <div className="form-row">
        <button type="button" onClick={() => void exportBank()} disabled={outcome.kind === 'working'}>
          Export phrase bank…
        </button>
        <button type="button" onClick={() => void importBank()} disabled={outcome.kind === 'working'}>
          Import phrase bank…
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={shouldReplace} onChange={(event) => setReplace(event.target.checked)} />
          When importing, replace all the wordings above and the abbreviations (instead of adding the new ones)
        </label>
      </div>
      <p role="status" className="phrase-files-outcome">
        {outcome.kind === 'working' || outcome.kind === 'done' ? outcome.message : ''}
      </p>
      {outcome.kind === 'failed' && <ErrorMessage message={outcome.message} />}
    </div>
  );
}
