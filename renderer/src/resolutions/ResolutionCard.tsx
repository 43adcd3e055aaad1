import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { resolutionForms, type AttendanceEntry, type Resolution, type ResolutionForm } from '../../../shared/domain.ts';
import type { FilledText } from '../../../shared/phrases.ts';
import type { VoteInput } from '../../../shared/votes.ts';
import { leadWords } from '../../../shared/wording.ts';
import type { ResolutionFields } from './useResolutions.ts';
import { mapStops, nextStop, previousStop, stopsOf, type Stop } from '../phrase-bank/placeholder-stops.ts';
import { isPlainEnter, NumberedPartsEditor, type PartFocus } from './NumberedPartsEditor.tsx';
import { VoteForm, VoteSummary } from './VoteForm.tsx';
import './resolutions.css';
import { useFieldCompletion } from '../item-editor/useFieldCompletion.tsx';
import { MoveAndDeleteButtons } from '../app/MoveAndDeleteButtons.tsx';

// Secretaries type the lead word out of habit; the minutes print it already, so it moves into the choice.
const typedLead = /^\s*(resolved|recommended)\s*:?\s+/i;

type Props = {
  resolution: Resolution;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  /** Just added: the cursor goes to its text. */
  isNew: boolean;
  /**
   * Just inserted from the phrase bank: its text and parts as filled, with the blanks left for
   * typing. The first blank is selected; Tab moves to the next.
   */
  inserted?: FilledText[];
  onInsertHandled?: () => void;
  /** The people at the meeting, for a recorded (named) vote. */
  attendance: AttendanceEntry[];
  onSave: (changes: Partial<ResolutionFields>, delayMs?: number) => void;
  onSetVote: (vote: VoteInput | null) => Promise<unknown>;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
};

type Focus = PartFocus;

/** Focus with the caret after the text, where typing carries on. */
function focusAtEnd(field: HTMLTextAreaElement | null | undefined) {
  field?.focus();
  field?.setSelectionRange(field.value.length, field.value.length);
}

/**
 * One resolution: the lead word (RESOLVED or RECOMMENDED) as a fixed prefix, its text, and its
 * numbered parts. Enter starts the next part, Backspace in an empty part removes it, and
 * Alt+Shift+↑/↓ moves the whole resolution, as on the agenda. One inserted from the phrase bank
 * has its blanks selected in turn with Tab. A vote, when recorded, is shown as the minutes word it.
 */
export function ResolutionCard({ resolution, number, isFirst, isLast, isNew, inserted, onInsertHandled, attendance, onSave, onSetVote, onMove, onDelete }: Props) {
  const { form, text, parts } = resolution;
  const [isVoting, setVoting] = useState(false);
  const voteButton = useRef<HTMLButtonElement>(null);
  // The vote form or the vote's Clear button goes away with what it did; the focus goes back to the vote button.
  const shouldFocusVoteButton = useRef(false);
  const closeVoting = () => {
    shouldFocusVoteButton.current = true;
    setVoting(false);
  };
  useLayoutEffect(() => {
    if (!shouldFocusVoteButton.current || !voteButton.current) return;
    shouldFocusVoteButton.current = false;
    voteButton.current.focus();
  });
  // The blanks of a wording from the phrase bank, across the text (field 0) and the parts (1, 2…),
  // and where the caret goes after the last: the end of the inserted wording.
  const stops = useRef<Stop[]>([]);
  const finalStop = useRef<{ field: number } | null>(null);
  const pendingInsert = useRef<FilledText[] | null>(null);
  const handledInsert = useRef<FilledText[] | null>(null);
  if (inserted && inserted !== handledInsert.current) {
    handledInsert.current = inserted;
    pendingInsert.current = inserted;
  }
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

  const fieldElement = (field: number) => (field === 0 ? textRef.current : partRefs.current[field - 1]);
  const fieldValue = (field: number) => (field === 0 ? text : (parts[field - 1] ?? ''));
  const selectStop = (stop: Stop) => {
    const element = fieldElement(stop.field);
    element?.focus();
    element?.setSelectionRange(stop.start, stop.end);
  };

  // Selects the first blank once the inserted wording is on screen (its text and parts rendered).
  useLayoutEffect(() => {
    const filled = pendingInsert.current;
    if (!filled) return;
    const isShown = filled.length === parts.length + 1 && filled.every((field, index) => field.text === fieldValue(index));
    if (!isShown) return;
    pendingInsert.current = null;
    stops.current = stopsOf(filled);
    finalStop.current = stops.current.length > 0 ? { field: filled.length - 1 } : null;
    const first = stops.current[0];
    if (first) selectStop(first);
    else focusAtEnd(fieldElement(filled.length - 1));
    onInsertHandled?.();
  });

  const endStops = () => {
    stops.current = [];
    finalStop.current = null;
  };

  /** Tab and Shift+Tab through the blanks; false when there is nowhere to go, so Tab moves on as usual. */
  const onStopKey = (field: number, event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!finalStop.current || event.altKey || event.ctrlKey || event.metaKey) return false;
    if (event.key === 'Escape') {
      endStops();
      return false;
    }
    if (event.key !== 'Tab') return false;
    const { selectionStart, selectionEnd } = event.currentTarget;
    if (event.shiftKey) {
      const previous = previousStop(stops.current, field, selectionStart);
      if (!previous) return false;
      event.preventDefault();
      selectStop(previous);
      return true;
    }
    event.preventDefault();
    const next = nextStop(stops.current, field, selectionEnd);
    if (next) selectStop(next);
    else {
      focusAtEnd(fieldElement(finalStop.current.field));
      endStops();
    }
    return true;
  };

  const onFieldChange = (field: number, value: string) => {
    if (stops.current.length > 0) stops.current = mapStops(stops.current, field, fieldValue(field), value);
  };

  // Leaving the resolution ends the round of blanks: Tab elsewhere does what it always does.
  const onCardBlur = (event: FocusEvent<HTMLLIElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) endStops();
  };

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
    // Parts added or removed renumber the fields the blanks are counted in.
    if (next.length !== parts.length) endStops();
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

  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!isPlainEnter(event)) return;
    event.preventDefault();
    if (parts.length === 0) addPart(0);
    else partRefs.current[0]?.focus();
  };

  const onTextChange = (value: string) => {
    onFieldChange(0, value);
    const lead = typedLead.exec(value);
    if (lead) onSave({ text: value.slice(lead[0].length), form: lead[1]!.toLowerCase() as ResolutionForm });
    else onSave({ text: value });
  };
  const textCompletion = useFieldCompletion((value) => onTextChange(value));

  return (
    <li className="resolution" aria-label={`Resolution ${number}`} data-resolution-id={resolution.id} onKeyDown={onCardKeyDown} onBlur={onCardBlur}>
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
          onChange={(event) => {
            onTextChange(event.target.value);
            textCompletion.onChange(event);
          }}
          // While a wording's blanks are being filled, Tab goes to the next blank; otherwise it takes a suggestion.
          onKeyDown={(event) => onStopKey(0, event) || textCompletion.onKeyDown(event) || onTextKeyDown(event)}
          onBlur={textCompletion.onBlur}
        />
        {textCompletion.tip}
      </div>
      {parts.length > 0 && (
        <NumberedPartsEditor
          parts={parts}
          name={name}
          className="resolution-parts"
          partRefs={partRefs}
          onChange={setParts}
          onKeyFirst={(index, event) => onStopKey(index + 1, event)}
          onTyped={(index, value) => onFieldChange(index + 1, value)}
          isInMeeting
        />
      )}
      {resolution.vote && !isVoting && (
        <VoteSummary
          vote={resolution.vote}
          name={name}
          onClear={async () => {
            await onSetVote(null);
            // The Clear button goes with the vote; the vote button stays where it was.
            voteButton.current?.focus();
          }}
        />
      )}
      {isVoting && (
        <VoteForm
          vote={resolution.vote}
          name={name}
          attendance={attendance}
          onSave={async (vote) => {
            await onSetVote(vote);
            closeVoting();
          }}
          onClose={closeVoting}
        />
      )}
      <div className="resolution-tools">
        <span className="resolution-tools-start">
          <button type="button" className="quiet" aria-label={`Add a numbered part to ${name}`} onClick={() => addPart(parts.length)}>
            + Numbered part
          </button>
          {!isVoting && (
            <button type="button" className="quiet" ref={voteButton} aria-label={`${resolution.vote ? 'Change the vote on' : 'Record a vote on'} ${name}`} onClick={() => setVoting(true)}>
              {resolution.vote ? 'Change vote' : 'Record a vote'}
            </button>
          )}
        </span>
        <MoveAndDeleteButtons name={name} className="resolution-tools-end" isFirst={isFirst} isLast={isLast} onMove={move} onDelete={onDelete} />
      </div>
    </li>
  );
}
