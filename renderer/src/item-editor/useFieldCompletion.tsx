import { useLayoutEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { AbbreviationLookup } from '../../../shared/abbreviations.ts';
import type { Completer } from '../../../shared/completion.ts';
import { openAbbreviations } from '../abbreviations/committee-abbreviations.ts';
import { expandTyped, isUndoKey, type FieldExpansion } from '../abbreviations/field-expansion.ts';
import { closingPunctuation, firstWordOf } from './completion-extension.ts';
import { openMeetingCompleter } from './meeting-completer.ts';

// Completion in a one-line field (an item's title, a resolution and its parts) as in the notes:
// the suggestion is shown as a tip under the field (as Word's AutoComplete shows its tip), Tab
// takes it, Ctrl+→ one word of it, Escape hides it, and a full stop typed straight after takes the
// place of the space that follows a word taken. The committee's abbreviations expand here too
// (abbreviations/field-expansion.ts); a field with no completer (an action's wording) has only those.

type Field = HTMLInputElement | HTMLTextAreaElement;
type Ghost = { text: string; at: number } | null;

const startsWithWordCharacter = /^[\p{L}\p{N}]/u;
const endsWithWordCharacter = /[\p{L}\p{N}]$/u;

/** For a field that has the committee's abbreviations but no completion (an action's wording: Tab goes on to its owner). */
export const withoutCompletion = (): Completer | null => null;

export function useFieldCompletion(
  setValue: (value: string) => void,
  getCompleter: () => Completer | null = openMeetingCompleter,
  getAbbreviations: () => AbbreviationLookup | null = openAbbreviations,
) {
  const [ghost, setGhost] = useState<Ghost>(null);
  const autoSpaceAt = useRef<number | null>(null);
  /** The expansion just made, while Ctrl+Z can still take it back. */
  const lastExpansion = useRef<FieldExpansion | null>(null);
  const pendingCaret = useRef<{ field: Field; at: number } | null>(null);

  const suggestFor = (value: string, caret: number): Ghost => {
    const completer = getCompleter();
    if (!completer || startsWithWordCharacter.test(value.slice(caret))) return null;
    const text = completer.suggest(value.slice(0, caret));
    return text ? { text, at: caret } : null;
  };

  const take = (field: Field, text: string) => {
    const at = field.selectionStart ?? field.value.length;
    const isWordEnd = endsWithWordCharacter.test(text) && !/^\s/.test(field.value.slice(at));
    const inserted = isWordEnd ? `${text} ` : text;
    const value = `${field.value.slice(0, at)}${inserted}${field.value.slice(at)}`;
    getCompleter()?.learnLastWord(`${field.value.slice(0, at)}${text}`);
    autoSpaceAt.current = isWordEnd ? at + inserted.length : null;
    pendingCaret.current = { field, at: at + inserted.length };
    setValue(value);
    setGhost(isWordEnd ? suggestFor(value, at + inserted.length) : null);
  };

  // Once React has put the new value in (which leaves the caret at the end), the caret goes after
  // what was taken — before the next key is handled, so no typing lands anywhere else.
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (!caret || caret.field.value.length < caret.at) return;
    pendingCaret.current = null;
    caret.field.setSelectionRange(caret.at, caret.at);
  });

  const onChange = (event: ChangeEvent<Field>) => {
    const field = event.currentTarget;
    const caret = field.selectionStart ?? field.value.length;
    const typed = field.value.slice(caret - 1, caret);
    autoSpaceAt.current = null;
    lastExpansion.current = null;
    // Typed, one character: a paste or a completion taken does not expand.
    const data = (event.nativeEvent as InputEvent | undefined)?.data;
    const expansion = data === typed ? expandTyped(field.value, caret, typed, getAbbreviations()) : null;
    if (expansion) {
      lastExpansion.current = expansion;
      pendingCaret.current = { field, at: expansion.caret };
      setValue(expansion.value);
      setGhost(suggestFor(expansion.value, expansion.caret));
      return;
    }
    if (/^[^\p{L}\p{N}'’-]$/u.test(typed)) getCompleter()?.learnLastWord(field.value.slice(0, caret - 1));
    setGhost(suggestFor(field.value, caret));
  };

  /** True when the key was the completion's: the field's own handler should then leave it alone. */
  const onKeyDown = (event: KeyboardEvent<Field>): boolean => {
    const field = event.currentTarget;
    const caret = field.selectionStart ?? 0;
    const hasModifier = event.altKey || event.metaKey || event.shiftKey;
    const expansion = lastExpansion.current;
    if (expansion && isUndoKey(event) && field.value === expansion.value && caret === expansion.caret) {
      event.preventDefault();
      lastExpansion.current = null;
      pendingCaret.current = { field, at: expansion.undo.caret };
      setValue(expansion.undo.value);
      setGhost(null);
      return true;
    }
    if (autoSpaceAt.current === caret && closingPunctuation.test(event.key) && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      autoSpaceAt.current = null;
      pendingCaret.current = { field, at: caret };
      setValue(`${field.value.slice(0, caret - 1)}${event.key}${field.value.slice(caret)}`);
      setGhost(null);
      return true;
    }
    if (!ghost || ghost.at !== caret) return false;
    if (event.key === 'Tab' && !hasModifier && !event.ctrlKey) {
      event.preventDefault();
      take(field, ghost.text);
      return true;
    }
    if (event.key === 'ArrowRight' && event.ctrlKey && !hasModifier) {
      event.preventDefault();
      take(field, firstWordOf(ghost.text));
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setGhost(null);
      return true;
    }
    return false;
  };

  const tip = ghost ? (
    <span className="field-completion completion-ghost" aria-hidden="true" data-completion={ghost.text}>
      …{ghost.text} <kbd>Tab</kbd>
    </span>
  ) : null;

  return { onChange, onKeyDown, onBlur: () => setGhost(null), tip };
}
