import { useEffect, useMemo, useRef, useState } from 'react';
import type { AgendaItem, ItemRecord, MeetingDetail } from '../../../shared/domain.ts';
import { describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { MinutesSection, useSectionOpen } from '../item-editor/MinutesSection.tsx';
import { UndoNotice } from '../item-editor/UndoNotice.tsx';
import type { DeletedAction } from './useActions.ts';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import { ActionRow } from './ActionRow.tsx';
import { NewActionForm, type ActionDraft } from './NewActionForm.tsx';
import { actionOwnerLabel } from '../../../shared/compose/index.ts';
import { ownerChoices } from './owners.ts';

type Props = {
  item: AgendaItem;
  record: ItemRecord;
  detail: MeetingDetail;
  actions: MeetingActions;
  /** A sentence of the notes to make an action of (Ctrl+Shift+A in the notes). */
  draft?: ActionDraft | null;
  onDraftTaken?: () => void;
};

/** The item's actions, its resolutions' included: who does what by when. */
export function ActionsSection({ item, record, detail, actions, draft = null, onDraftTaken }: Props) {
  const [isOpen, setOpen] = useSectionOpen(item.id, 'actions', actions, record.actions.length > 0);
  const [isAdding, setAdding] = useState(false);
  const [deleted, setDeleted] = useState<DeletedAction | null>(null);
  const [isUndoing, setUndoing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const shouldFocusAdd = useRef(false);
  const choices = useMemo(() => ownerChoices(detail.members, detail.attendance, record.actions), [detail.members, detail.attendance, record.actions]);

  useEffect(() => {
    if (isAdding || !shouldFocusAdd.current) return;
    shouldFocusAdd.current = false;
    addButton.current?.focus();
  }, [isAdding]);

  // A draft opens the form with it; a new draft while the form is open starts it again.
  const [formDraft, setFormDraft] = useState<ActionDraft | null>(null);
  useEffect(() => {
    if (!draft) return;
    // The request is taken once: the form shows it from now on.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFormDraft(draft);
    setOpen(true);
    setAdding(true);
    onDraftTaken?.();
  }, [draft, onDraftTaken, setOpen]);

  const startAdding = () => {
    setOpen(true);
    setAdding(true);
  };

  const undo = async () => {
    if (!deleted) return;
    setUndoing(true);
    setError(null);
    try {
      await actions.restoreAction(deleted);
      setDeleted(null);
    } catch (failure) {
      setError(`The action could not be put back: ${describeError(failure).message}`);
    } finally {
      setUndoing(false);
    }
  };

  const tools = !isAdding && (
    <button type="button" ref={addButton} onClick={startAdding}>
      Add action
    </button>
  );

  return (
    <MinutesSection
      title="Actions"
      count={record.actions.length}
      isOpen={isOpen}
      onToggle={(next) => {
        setOpen(next);
        if (!next) setAdding(false);
      }}
      tools={tools}
      className="actions-section"
    >
      {record.actions.length > 0 ? (
        <ol className="action-list" aria-label="Actions">
          {record.actions.map((action, index) => (
            <ActionRow
              key={action.id}
              action={action}
              number={index + 1}
              short={actionOwnerLabel(action.owner, detail.members, detail.attendance)}
              choices={choices}
              resolutions={record.resolutions}
              onSave={(changes, delayMs) => actions.saveAction(action, changes, delayMs)}
              onDelete={() => {
                setDeleted(actions.deleteAction(action));
                setError(null);
              }}
            />
          ))}
        </ol>
      ) : (
        !isAdding && <p className="hint">No actions on this item. The owner’s initials go in the minutes’ Action column.</p>
      )}
      {isAdding && (
        <NewActionForm
          key={formDraft ? formDraft.description : 'new'}
          initial={formDraft}
          choices={choices}
          resolutions={record.resolutions}
          onAdd={(fields) => actions.addAction(item.id, fields)}
          onClose={() => {
            shouldFocusAdd.current = true;
            setFormDraft(null);
            setAdding(false);
          }}
        />
      )}
      {deleted && (
        <UndoNotice
          key={deleted.action.id}
          message={`Deleted the action${deleted.action.description.trim() ? ` “${deleted.action.description.trim()}”` : ''}.`}
          undoLabel="Undo deleting the action"
          isBusy={isUndoing}
          onUndo={() => void undo()}
          onDismiss={() => setDeleted(null)}
        />
      )}
      {error && <ErrorMessage message={error} />}
    </MinutesSection>
  );
}
