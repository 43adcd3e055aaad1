import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { resolutionForms, type Resolution, type ResolutionForm } from '../../../shared/domain.ts';
import type { ResolutionFields } from '../meetings/useItemMinutes.ts';

export const leadWords: Record<ResolutionForm, string> = { resolved: 'RESOLVED', recommended: 'RECOMMENDED' };

// Secretaries type the lead word out of habit; the minutes print it already, so it moves into the choice.
const typedLead = /^\s*(resolved|recommended)\s*:?\s+/i;

type Props = {
  resolution: Resolution;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  /** Just added: the cursor goes to its text. */
  isNew: boolean;
  onSave: (changes: Partial<ResolutionFields>, delayMs?: number) => void;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
};

type Focus = { part: number | 'text' } | null;

/** Focus with the caret after the text, where typing carries on. */
function focusAtEnd(field: HTMLTextAreaElement | null | undefined) {
  field?.focus();
  field?.setSelectionRange(field.value.length, field.value.length);
}

/**
 * One resolution: the lead word (RESOLVED or RECOMMENDED) as a fixed prefix, its text, and its
 * numbered parts. Enter starts the next part, Backspace in an empty part removes it, and
 * Alt+Shift+↑/↓ moves the whole resolution, as on the agenda.
 */
export function ResolutionCard({ resolution, number, isFirst, isLast, isNew, onSave, onMove, onDelete }: Props) {
  const { form, text, parts } = resolution;
  const textRef = useRef<HTMLTextAreaElement>(null);
  const partRefs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const pendingFocus = useRef<Focus>(null);
  // Moving reorders the list's DOM, which drops the focus; it is put back where it was.
  const refocus = useRef<HTMLElement | null>(null);
  const name = `resolution ${number}`;

  useLayoutEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    focusAtEnd(focus.part === 'text' ? textRef.current : partRefs.current[focus.part]);
  });

  useLayoutEffect(() => {
    if (isNew) focusAtEnd(textRef.current);
  }, [isNew]);

  useLayoutEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (!target) return;
    if (target instanceof HTMLButtonElement && target.disabled) textRef.current?.focus();
    else target.focus();
  }, [number]);

  const move = (direction: -1 | 1) => {
    if ((direction < 0 && isFirst) || (direction > 0 && isLast)) return;
    if (document.activeElement instanceof HTMLElement) refocus.current = document.activeElement;
    onMove(direction);
  };

  const setParts = (next: string[], focus: Focus = null) => {
    pendingFocus.current = focus;
    onSave({ parts: next });
  };

  const addPart = (at: number) => setParts([...parts.slice(0, at), '', ...parts.slice(at)], { part: at });

  const onCardKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(event.key === 'ArrowUp' ? -1 : 1);
    }
  };

  const isPlainEnter = (event: KeyboardEvent) => event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;

  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!isPlainEnter(event)) return;
    event.preventDefault();
    if (parts.length === 0) addPart(0);
    else partRefs.current[0]?.focus();
  };

  const onPartKeyDown = (index: number) => (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const value = parts[index] ?? '';
    if (isPlainEnter(event)) {
      event.preventDefault();
      // An empty part is where the list ends; Enter there adds nothing more.
      if (value.trim()) addPart(index + 1);
    } else if (event.key === 'Backspace' && value === '' && !event.altKey && !event.ctrlKey) {
      event.preventDefault();
      setParts(
        parts.filter((_, at) => at !== index),
        index > 0 ? { part: index - 1 } : { part: 'text' },
      );
    }
  };

  const onTextChange = (value: string) => {
    const lead = typedLead.exec(value);
    if (lead) onSave({ text: value.slice(lead[0].length), form: lead[1]!.toLowerCase() as ResolutionForm });
    else onSave({ text: value });
  };

  return (
    <li className="resolution" aria-label={`Resolution ${number}`} onKeyDown={onCardKeyDown}>
      <div className="resolution-lead">
        <select
          className="resolution-form"
          aria-label={`Lead word of ${name}`}
          title="Printed in bold before the text"
          value={form}
          onChange={(event) => onSave({ form: event.target.value as ResolutionForm }, 0)}
        >
          {resolutionForms.map((candidate) => (
            <option key={candidate} value={candidate}>
              {leadWords[candidate]}
            </option>
          ))}
        </select>
        <textarea
          ref={textRef}
          className="resolution-text"
          aria-label={`Resolution ${number}`}
          rows={1}
          value={text}
          placeholder="that the update be noted."
          onChange={(event) => onTextChange(event.target.value)}
          onKeyDown={onTextKeyDown}
        />
      </div>
      {parts.length > 0 && (
        <ol className="resolution-parts" aria-label={`Parts of ${name}`}>
          {parts.map((part, index) => (
            <li key={index} className="resolution-part">
              <span className="part-label" aria-hidden="true">
                {index + 1})
              </span>
              <textarea
                ref={(element) => {
                  partRefs.current[index] = element;
                }}
                aria-label={`Part ${index + 1} of ${name}`}
                rows={1}
                value={part}
                onChange={(event) => setParts(parts.map((candidate, at) => (at === index ? event.target.value : candidate)))}
                onKeyDown={onPartKeyDown(index)}
              />
              <button
                type="button"
                className="icon quiet"
                aria-label={`Remove part ${index + 1} of ${name}`}
                onClick={() => setParts(parts.filter((_, at) => at !== index), parts.length > 1 ? { part: Math.max(0, index - 1) } : { part: 'text' })}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="resolution-tools">
        <button type="button" className="quiet" aria-label={`Add a numbered part to ${name}`} onClick={() => addPart(parts.length)}>
          + Numbered part
        </button>
        <span className="resolution-tools-end">
          <button type="button" className="icon quiet" aria-label={`Move ${name} up`} title="Alt+Shift+↑" disabled={isFirst} onClick={() => move(-1)}>
            ↑
          </button>
          <button type="button" className="icon quiet" aria-label={`Move ${name} down`} title="Alt+Shift+↓" disabled={isLast} onClick={() => move(1)}>
            ↓
          </button>
          <button type="button" className="quiet danger" aria-label={`Delete ${name}`} onClick={onDelete}>
            Delete
          </button>
        </span>
      </div>
    </li>
  );
}
