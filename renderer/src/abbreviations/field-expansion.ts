import { expansionBefore, type AbbreviationLookup } from '../../../shared/abbreviations.ts';

// Abbreviations in a one-line field (an item's title, a resolution and its parts, an action's
// wording), as in the notes: the character that finishes the word stays as typed, the word
// before it is replaced, and Ctrl+Z straight after puts the word back (a field's own undo cannot
// be trusted with a value the app set).

export type FieldText = { value: string; caret: number };
export type FieldExpansion = FieldText & { undo: FieldText };

/** The field once `typed`, the character just typed before `caret`, has expanded the word before it; null when it does not. */
export function expandTyped(value: string, caret: number, typed: string, lookup: AbbreviationLookup | null): FieldExpansion | null {
  if (!lookup || value.slice(caret - typed.length, caret) !== typed) return null;
  const before = value.slice(0, caret - typed.length);
  const expansion = expansionBefore(before, typed, value.slice(caret), lookup);
  if (!expansion) return null;
  const head = `${before.slice(0, expansion.start)}${expansion.text}${typed}`;
  return { value: `${head}${value.slice(caret)}`, caret: head.length, undo: { value, caret } };
}

/** Ctrl+Z (⌘Z on a Mac) with nothing else. */
export function isUndoKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
}
