import { useEffect, useState } from 'react';
import type { AgendaItem, ItemRecord, MeetingDetail } from '../../../shared/domain.ts';
import type { FilledText } from '../../../shared/phrases.ts';
import { describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { MinutesSection, useSectionOpen } from '../item-editor/MinutesSection.tsx';
import { UndoNotice } from '../item-editor/UndoNotice.tsx';
import type { DeletedResolution } from './useResolutions.ts';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import { ResolutionCard } from './ResolutionCard.tsx';

/** A resolution just inserted from the phrase bank: its text and parts as filled, blanks and all. */
export type InsertedResolution = { resolutionId: string; fields: FilledText[] };

type Props = {
  item: AgendaItem;
  record: ItemRecord;
  detail: MeetingDetail;
  actions: MeetingActions;
  inserted?: InsertedResolution | null;
  /** The inserted resolution has taken the focus: it is an ordinary one from now on. */
  onInsertHandled?: () => void;
};

/** The item's decisions, kept as data so the minutes print them "RESOLVED that …" with numbered parts. */
export function ResolutionsSection({ item, record, detail, actions, inserted, onInsertHandled }: Props) {
  const [isOpen, setOpen] = useSectionOpen(item.id, 'resolutions', actions, record.resolutions.length > 0);
  const [isAdding, setAdding] = useState(false);
  const [newId, setNewId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<DeletedResolution | null>(null);
  const [isUndoing, setUndoing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { resolutions } = record;

  // A wording from the phrase bank lands here even when the section was closed.
  useEffect(() => {
    if (inserted) setOpen(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inserted]);

  const add = async () => {
    if (isAdding) return;
    setOpen(true);
    setAdding(true);
    setError(null);
    try {
      const resolution = await actions.addResolution(item.id);
      setNewId(resolution.id);
    } catch (failure) {
      setError(`The resolution could not be added: ${describeError(failure).message}`);
    } finally {
      setAdding(false);
    }
  };

  const undo = async () => {
    if (!deleted) return;
    setUndoing(true);
    setError(null);
    try {
      // The same record comes back, its vote and actions with it.
      const restored = await actions.restoreResolution(deleted);
      setDeleted(null);
      setNewId(restored.id);
    } catch (failure) {
      setError(`The resolution could not be put back: ${describeError(failure).message}`);
    } finally {
      setUndoing(false);
    }
  };

  const tools = (
    <button type="button" onClick={() => void add()} aria-disabled={isAdding} aria-busy={isAdding}>
      Add resolution
    </button>
  );

  return (
    <MinutesSection title="Resolutions" count={resolutions.length} isOpen={isOpen} onToggle={setOpen} tools={tools} className="resolutions-section">
      {resolutions.length > 0 ? (
        <>
          <ol className="resolution-list" aria-label="Resolutions">
            {resolutions.map((resolution, index) => (
              <ResolutionCard
                key={resolution.id}
                resolution={resolution}
                number={index + 1}
                isFirst={index === 0}
                isLast={index === resolutions.length - 1}
                isNew={resolution.id === newId}
                inserted={inserted?.resolutionId === resolution.id ? inserted.fields : undefined}
                onInsertHandled={onInsertHandled}
                attendance={detail.attendance}
                onSave={(changes, delayMs) => actions.saveResolution(resolution, changes, delayMs)}
                onSetVote={(vote) => actions.setVote(resolution, vote)}
                onMove={(direction) => actions.moveResolution(resolution, direction)}
                onDelete={() => {
                  setError(null);
                  setDeleted(actions.deleteResolution(resolution));
                }}
              />
            ))}
          </ol>
          <p className="hint keys-hint">
            <kbd>Enter</kbd> starts the next numbered part · <kbd>Shift</kbd>+<kbd>Enter</kbd> a new line · <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> moves a
            resolution
          </p>
        </>
      ) : (
        <p className="hint">No resolutions on this item. The minutes print each one as “RESOLVED that …”.</p>
      )}
      {deleted && (
        <UndoNotice
          key={deleted.resolution.id}
          message={`Deleted resolution ${deleted.index + 1}${deleted.actions.length ? ` and its ${deleted.actions.length === 1 ? 'action' : `${deleted.actions.length} actions`}` : ''}.`}
          undoLabel={`Undo deleting resolution ${deleted.index + 1}`}
          isBusy={isUndoing}
          onUndo={() => void undo()}
          onDismiss={() => setDeleted(null)}
        />
      )}
      {error && <ErrorMessage message={error} />}
    </MinutesSection>
  );
}
