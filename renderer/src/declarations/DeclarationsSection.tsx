import { useEffect, useMemo, useRef, useState } from 'react';
import type { Declaration, MeetingDetail } from '../../../shared/domain.ts';
import { numberAgenda } from '../../../shared/numbering.ts';
import type { NumberedItem } from '../agenda/AgendaPanel.tsx';
import { describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { MinutesSection, useSectionOpen } from '../item-editor/MinutesSection.tsx';
import { UndoNotice } from '../item-editor/UndoNotice.tsx';
import { useOpenMeeting } from '../meetings/open-meeting.ts';
import type { DeletedDeclaration } from '../meetings/useDeclarations.ts';
import type { MeetingActions } from '../meetings/useMeeting.ts';
import { DeclarationRow } from './DeclarationRow.tsx';
import { declarationWordings, personChoices, personName } from './declarants.ts';
import { NewDeclarationForm } from './NewDeclarationForm.tsx';
import './declarations.css';

type Props = { item: NumberedItem; actions: MeetingActions };

/**
 * Declarations of interest recorded at this meeting. The Declarations item lists them all; any
 * other item lists those concerning it, so an interest declared when the item comes up is recorded
 * on the spot (and minuted under Declarations of interest all the same).
 */
export function DeclarationsSection({ item, actions }: Props) {
  const detail = useOpenMeeting(item.meetingId);
  if (!detail) return null;
  return <Declarations item={item} detail={detail} actions={actions} />;
}

function Declarations({ item, detail, actions }: Props & { detail: MeetingDetail }) {
  const isDeclarationsItem = item.kind === 'declarations';
  const all = detail.declarations ?? [];
  const shown = isDeclarationsItem ? all : all.filter((declaration) => declaration.itemId === item.id);
  const [isOpen, setOpen] = useSectionOpen(item.id, 'declarations', actions, shown.length > 0 || isDeclarationsItem);
  const [isAdding, setAdding] = useState(false);
  const [deleted, setDeleted] = useState<DeletedDeclaration | null>(null);
  const [isUndoing, setUndoing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const shouldFocusAdd = useRef(false);

  const agenda = useMemo(() => numberAgenda(detail.agenda, { firstNumber: detail.firstMinuteNumber }), [detail.agenda, detail.firstMinuteNumber]);
  const people = useMemo(() => personChoices(detail.attendance), [detail.attendance]);
  const wordings = useMemo(() => declarationWordings(detail), [detail]);

  useEffect(() => {
    if (isAdding || !shouldFocusAdd.current) return;
    shouldFocusAdd.current = false;
    addButton.current?.focus();
  }, [isAdding]);

  const undo = async () => {
    if (!deleted) return;
    setUndoing(true);
    setError(null);
    try {
      await actions.restoreDeclaration(deleted);
      setDeleted(null);
    } catch (failure) {
      setError(`The declaration could not be put back: ${describeError(failure).message}`);
    } finally {
      setUndoing(false);
    }
  };

  const remove = (declaration: Declaration) => {
    setError(null);
    setDeleted(actions.deleteDeclaration(declaration));
  };

  const tools = !isAdding && (
    <button
      type="button"
      ref={addButton}
      onClick={() => {
        setOpen(true);
        setAdding(true);
      }}
    >
      Declare an interest
    </button>
  );

  return (
    <MinutesSection
      title="Declarations of interest"
      count={shown.length}
      isOpen={isOpen}
      onToggle={(next) => {
        setOpen(next);
        if (!next) setAdding(false);
      }}
      tools={tools}
      className="declarations-section"
    >
      {shown.length > 0 ? (
        <ol className="declaration-list" aria-label="Declarations of interest">
          {shown.map((declaration) => {
            const number = all.indexOf(declaration) + 1;
            return (
              <DeclarationRow
                key={declaration.id}
                declaration={declaration}
                number={number}
                people={people}
                agenda={agenda}
                wording={wordings.get(declaration.id) ?? ''}
                onSave={(changes, delayMs) => actions.saveDeclaration(declaration, changes, delayMs)}
                onDelete={() => remove(declaration)}
              />
            );
          })}
        </ol>
      ) : (
        !isAdding && (
          <p className="hint">
            {isDeclarationsItem
              ? 'No declarations recorded. With none, and no notes on this item, the minutes say “There were no declarations of interest.”'
              : 'No interest declared in this item. One declared here is minuted under Declarations of interest too.'}
          </p>
        )
      )}
      {isAdding && (
        <NewDeclarationForm
          people={people}
          agenda={agenda}
          defaultItemId={isDeclarationsItem ? null : item.id}
          onAdd={(fields) => actions.addDeclaration(fields)}
          onClose={() => {
            shouldFocusAdd.current = true;
            setAdding(false);
          }}
        />
      )}
      {deleted && (
        <UndoNotice
          key={deleted.declaration.id}
          message={`Deleted the declaration by ${personName(deleted.declaration.who, detail.attendance)}.`}
          undoLabel="Undo deleting the declaration"
          isBusy={isUndoing}
          onUndo={() => void undo()}
          onDismiss={() => setDeleted(null)}
        />
      )}
      {error && <ErrorMessage message={error} />}
    </MinutesSection>
  );
}
