import { useId, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { describeError } from '../api.ts';
import { useModalDialog } from '../app/useModalDialog.ts';

type Props = {
  title: string;
  onClose: () => void;
  /** The form's main button; resolves when done (the dialog then closes), throws to show why not. */
  submitLabel: string;
  onSubmit: () => Promise<void> | void;
  children: ReactNode;
  /** Words under the title. */
  lead?: ReactNode;
  isSubmitDisabled?: boolean;
  className?: string;
  /** The field the secretary will want first, focused as the dialog opens (as `autoFocus` does in a browser, and wherever the dialog element is only marked open). */
  initialFocus?: RefObject<HTMLElement | null>;
};

/**
 * A modal form for one move of the minutes (send, approve, start a new draft…): the system's own
 * dialog element, so Escape closes it and the focus stays inside; a refusal is shown in it.
 */
export function ModalDialog({ title, onClose, submitLabel, onSubmit, children, lead, isSubmitDisabled = false, className = '', initialFocus }: Props) {
  const { ref: dialog } = useModalDialog(true, { initialFocus });
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [isWorking, setWorking] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setWorking(true);
    try {
      await onSubmit();
      setWorking(false);
      onClose();
    } catch (failure) {
      setError(describeError(failure).message);
      setWorking(false);
    }
  };
  return (
    <dialog ref={dialog} className={`export-dialog move-dialog ${className}`} aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <form onSubmit={submit} className="move-form">
        <h2 id={`${id}-title`}>{title}</h2>
        {lead && <div className="hint">{lead}</div>}
        {children}
        {error && (
          <p role="alert" className="error-message">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={isWorking || isSubmitDisabled}>
            {isWorking ? 'Working…' : submitLabel}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
