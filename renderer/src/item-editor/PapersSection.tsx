import { useState } from 'react';
import type { AgendaItem, ItemRecord, Paper } from '../../../shared/domain.ts';
import { describeError } from '../api.ts';
import { FormOutcome } from '../app/Layout.tsx';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import { MinutesSection, useSectionOpen } from './MinutesSection.tsx';

type Props = { item: AgendaItem; record: ItemRecord; actions: MeetingActions };

/** The item's papers: a copy of each file kept with the meeting, named in the minutes as "Additional documents". */
export function PapersSection({ item, record, actions }: Props) {
  const [isOpen, setOpen] = useSectionOpen(item.id, 'papers', actions, record.papers.length > 0);
  const [isAttaching, setAttaching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attached, setAttached] = useState('');

  const attach = async () => {
    if (isAttaching) return;
    setAttaching(true);
    setError(null);
    try {
      const paper = await actions.attachPaper(item.id);
      if (paper) {
        setOpen(true);
        setAttached(`Attached “${paper.title}”.`);
      }
    } catch (failure) {
      setOpen(true);
      setError(`The paper could not be attached: ${describeError(failure).message}`);
    } finally {
      setAttaching(false);
    }
  };

  const tools = (
    <button type="button" onClick={() => void attach()} aria-disabled={isAttaching} aria-busy={isAttaching}>
      Attach a paper…
    </button>
  );

  return (
    <MinutesSection title="Papers" count={record.papers.length} isOpen={isOpen} onToggle={setOpen} tools={tools} className="papers-section">
      {record.papers.length > 0 ? (
        <ol className="paper-list" aria-label="Papers">
          {record.papers.map((paper, index) => (
            <PaperRow key={paper.id} paper={paper} number={index + 1} actions={actions} />
          ))}
        </ol>
      ) : (
        <p className="hint">No papers. Attached papers are kept with the meeting and listed in the minutes as “Additional documents”.</p>
      )}
      <FormOutcome error={error} done={attached} />
    </MinutesSection>
  );
}

function PaperRow({ paper, number, actions }: { paper: Paper; number: number; actions: MeetingActions }) {
  // A paper always has a title: a cleared field is shown as typed but only a real title is saved.
  const [draft, setDraft] = useState(paper.title);
  return (
    <li className="paper-row">
      <span className="paper-icon" aria-hidden="true" />
      <input
        aria-label={`Title of paper ${number}`}
        value={draft}
        maxLength={300}
        onChange={(event) => {
          setDraft(event.target.value);
          if (event.target.value.trim()) actions.savePaperTitle(paper, event.target.value);
        }}
        onBlur={() => {
          if (!draft.trim()) setDraft(paper.title);
        }}
      />
      <button type="button" className="quiet danger" aria-label={`Remove paper ${number}: ${paper.title}`} onClick={() => actions.removePaper(paper)}>
        Remove
      </button>
    </li>
  );
}
