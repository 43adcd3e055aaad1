type Props = { message: string; undoLabel: string; onUndo: () => void; onDismiss: () => void; isBusy?: boolean };

/**
 * "Deleted resolution 2." with Undo, as the agenda does it. Undo takes the focus when it appears,
 * so a slip of the key is put right with Enter.
 */
export function UndoNotice({ message, undoLabel, onUndo, onDismiss, isBusy = false }: Props) {
  return (
    <div role="status" className="undo-toast minutes-undo">
      <span>{message}</span>
      <button type="button" aria-label={undoLabel} onClick={onUndo} disabled={isBusy} autoFocus>
        {isBusy ? 'Undoing…' : 'Undo'}
      </button>
      <button type="button" className="icon" aria-label={`Dismiss: ${message}`} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
