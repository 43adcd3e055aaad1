import type { KeyboardEvent, RefObject } from 'react';
import { openAbbreviations } from '../abbreviations/committee-abbreviations.ts';
import { openMeetingCompleter } from '../item-editor/meeting-completer.ts';
import { useFieldCompletion, withoutCompletion } from '../item-editor/useFieldCompletion.tsx';

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
  /**
   * Parts typed in a meeting (a resolution's) complete and expand abbreviations as the resolution's
   * text does; a wording in the phrase bank has no meeting's words to draw on, and keeps what is typed.
   */
  isInMeeting?: boolean;
};

/** Enter with no modifier: the key that starts the next part. */
export const isPlainEnter = (event: KeyboardEvent) => event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;

const noAbbreviations = () => null;

/**
 * The numbered parts "1) …", "2) …" of a resolution or of a resolution wording in the phrase
 * bank: Enter starts the next part, Backspace in an empty part removes it, × removes one; in a
 * meeting, each part offers completion as the resolution's text does (Tab takes it).
 */
export function NumberedPartsEditor({ parts, name, className, partRefs, onChange, onKeyFirst, onTyped, isInMeeting = false }: Props) {
  const without = (index: number) => parts.filter((_, at) => at !== index);
  const setPart = (index: number, value: string) => {
    onTyped?.(index, value);
    onChange(
      parts.map((candidate, at) => (at === index ? value : candidate)),
      null,
    );
  };

  const onKeyDown = (index: number, event: KeyboardEvent<HTMLTextAreaElement>) => {
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
          <PartField
            value={part}
            label={`Part ${index + 1} of ${name}`}
            fieldRef={(element) => {
              partRefs.current[index] = element;
            }}
            isInMeeting={isInMeeting}
            onValue={(value) => setPart(index, value)}
            onKeyFirst={(event) => onKeyFirst?.(index, event) ?? false}
            onKeyDown={(event) => onKeyDown(index, event)}
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

type PartFieldProps = {
  value: string;
  label: string;
  fieldRef: (element: HTMLTextAreaElement | null) => void;
  isInMeeting: boolean;
  onValue: (value: string) => void;
  onKeyFirst: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
};

/** One part's field, with its own suggestion (each part is a field of its own, as the text is). */
function PartField({ value, label, fieldRef, isInMeeting, onValue, onKeyFirst, onKeyDown }: PartFieldProps) {
  const completion = useFieldCompletion(onValue, isInMeeting ? openMeetingCompleter : withoutCompletion, isInMeeting ? openAbbreviations : noAbbreviations);
  return (
    <span className="resolution-part-field">
      <textarea
        ref={fieldRef}
        aria-label={label}
        rows={1}
        value={value}
        onChange={(event) => {
          onValue(event.target.value);
          completion.onChange(event);
        }}
        // As in the resolution's text: the parent's keys (a wording's blanks) first, then a suggestion's.
        onKeyDown={(event) => onKeyFirst(event) || completion.onKeyDown(event) || onKeyDown(event)}
        onBlur={completion.onBlur}
      />
      {completion.tip}
    </span>
  );
}
