import type { KeyboardEvent, RefObject } from 'react';

/** Where the caret goes after parts are added or removed: a part, or the text the parts follow. */
export type PartFocus = { part: number | 'text' } | null;

type Props = {
  parts: string[];
  /** "resolution 2", "wording 5": for each field's and button's name. */
  name: string;
  className: string;
  partRefs: RefObject<(HTMLTextAreaElement | null)[]>;
  onChange: (parts: string[], focus: PartFocus) => void;
  /** Keys the parent handles first (the phrase bank's blanks); true when it did. */
  onKeyFirst?: (index: number, event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  /** Told of each edit before it is saved (the parent keeps its blanks in step). */
  onTyped?: (index: number, value: string) => void;
};

/** Enter with no modifier: the key that starts the next part. */
export const isPlainEnter = (event: KeyboardEvent) => event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;

/**
 * The numbered parts "1) …", "2) …" of a resolution or of a resolution wording in the phrase
 * bank: Enter starts the next part, Backspace in an empty part removes it, × removes one.
 */
export function NumberedPartsEditor({ parts, name, className, partRefs, onChange, onKeyFirst, onTyped }: Props) {
  const without = (index: number) => parts.filter((_, at) => at !== index);

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (onKeyFirst?.(index, event)) return;
    const value = parts[index] ?? '';
    if (isPlainEnter(event)) {
      event.preventDefault();
      // An empty part is where the list ends; Enter there adds nothing more.
      if (value.trim()) onChange([...parts.slice(0, index + 1), '', ...parts.slice(index + 1)], { part: index + 1 });
    } else if (event.key === 'Backspace' && value === '' && !event.altKey && !event.ctrlKey) {
      event.preventDefault();
      onChange(without(index), index > 0 ? { part: index - 1 } : { part: 'text' });
    }
  };

  return (
    <ol className={className} aria-label={`Parts of ${name}`}>
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
            onChange={(event) => {
              onTyped?.(index, event.target.value);
              onChange(
                parts.map((candidate, at) => (at === index ? event.target.value : candidate)),
                null,
              );
            }}
            onKeyDown={onKeyDown(index)}
          />
          <button
            type="button"
            className="icon quiet"
            aria-label={`Remove part ${index + 1} of ${name}`}
            onClick={() => onChange(without(index), parts.length > 1 ? { part: Math.max(0, index - 1) } : { part: 'text' })}
          >
            ×
          </button>
        </li>
      ))}
    </ol>
  );
}
