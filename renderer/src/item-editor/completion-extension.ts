import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Completer } from '../../../shared/completion.ts';

// Ghost text in the notes: the rest of the word (and of a phrase the committee always writes the
// same way) shown in grey after the caret. Tab takes all of it, Ctrl+→ one word of it, Escape
// hides it; typing on simply replaces it. A word taken with Tab is followed by a space, which a
// full stop or comma typed next takes the place of, so "Partners" + Tab + "." reads "Partners.".
// The suggestion is worked out in the same transaction as the keystroke: the model's lookups cost
// microseconds (shared/completion.ts), far inside a frame.

type GhostState = { ghost: string; at: number; autoSpaceAt: number | null };
const none: GhostState = { ghost: '', at: -1, autoSpaceAt: null };
const completionKey = new PluginKey<GhostState>('completion');

const startsWithWordCharacter = /^[\p{L}\p{N}]/u;
const endsWithWordCharacter = /[\p{L}\p{N}]$/u;
const wordSeparator = /^[^\p{L}\p{N}'’-]/u;
/**
 * Punctuation that closes up to the word before it, taking the place of the space after a
 * completion. Not an apostrophe or a dash: those also open a quotation or an aside.
 */
export const closingPunctuation = /^[.,;:)!?]$/;

function textBeforeCaret(state: EditorState): string | null {
  const { $from, empty } = state.selection;
  if (!empty || !$from.parent.isTextblock) return null;
  const after = $from.parent.textBetween($from.parentOffset, $from.parent.content.size, undefined, '\ufffc');
  // In the middle of a word there is nothing to finish.
  if (startsWithWordCharacter.test(after)) return null;
  return $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc');
}

function suggestionAt(state: EditorState, completer: Completer | null): GhostState {
  const before = completer ? textBeforeCaret(state) : null;
  if (before === null || !completer) return none;
  const ghost = completer.suggest(before);
  return ghost ? { ghost, at: state.selection.from, autoSpaceAt: null } : none;
}

/** The first word of a ghost, with what comes before it: " (Trading" from " (Trading Standards". */
export function firstWordOf(ghost: string): string {
  return /^[^\p{L}\p{N}]*[\p{L}\p{N}'’-]*/u.exec(ghost)?.[0] ?? ghost;
}

function accept(view: EditorView, completer: Completer | null, text: string) {
  const { state } = view;
  const at = state.selection.from;
  const after = state.selection.$from.parent.textBetween(state.selection.$from.parentOffset, state.selection.$from.parent.content.size);
  const before = textBeforeCaret(state) ?? '';
  const isWordEnd = endsWithWordCharacter.test(text) && !/^\s/.test(after);
  const inserted = isWordEnd ? `${text} ` : text;
  const tr = state.tr.insertText(inserted, at);
  completer?.learnLastWord(`${before}${text}`);
  const next = tr.doc.resolve(at + inserted.length);
  const followOn = completer && isWordEnd ? completer.suggest(`${before}${inserted}`) : '';
  tr.setMeta(completionKey, {
    ghost: followOn && !startsWithWordCharacter.test(next.parent.textBetween(next.parentOffset, next.parent.content.size)) ? followOn : '',
    at: at + inserted.length,
    autoSpaceAt: isWordEnd ? at + inserted.length : null,
  } satisfies GhostState);
  view.dispatch(tr.scrollIntoView());
}

export type CompletionOptions = { getCompleter: () => Completer | null };

export const Completion = Extension.create<CompletionOptions>({
  name: 'completion',
  // Below the phrase bank's blanks (whose Tab moves between them), above the list keymap's Tab.
  priority: 900,
  addOptions() {
    return { getCompleter: () => null };
  },
  addProseMirrorPlugins() {
    const { getCompleter } = this.options;
    return [
      new Plugin<GhostState>({
        key: completionKey,
        state: {
          init: () => none,
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(completionKey) as GhostState | undefined;
            if (meta) return meta;
            // Only typing brings a suggestion; moving the caret or pasting a document does not.
            if (!tr.docChanged) return tr.selectionSet ? none : value;
            if (tr.getMeta('paste') || tr.getMeta('uiEvent') === 'paste') return none;
            return suggestionAt(state, getCompleter());
          },
        },
        props: {
          handleDOMEvents: {
            // A suggestion is for the caret in front of it: it goes when the notes lose the focus.
            blur(view) {
              if (completionKey.getState(view.state)?.ghost) view.dispatch(view.state.tr.setMeta(completionKey, none));
              return false;
            },
          },
          decorations(state) {
            const value = completionKey.getState(state);
            if (!value?.ghost || value.at !== state.selection.from) return null;
            const ghost = value.ghost;
            return DecorationSet.create(state.doc, [
              Decoration.widget(
                value.at,
                () => {
                  const span = document.createElement('span');
                  span.className = 'completion-ghost';
                  // Not part of the text: typing at the caret must never go into the suggestion.
                  span.contentEditable = 'false';
                  // Drawn by CSS from the attribute, so it is never in the text read, copied or saved.
                  // Screen readers are told once, by the hint below the editor, not on every keystroke.
                  span.setAttribute('aria-hidden', 'true');
                  span.dataset.completion = ghost;
                  return span;
                },
                { side: 1, key: `ghost:${ghost}`, ignoreSelection: true },
              ),
            ]);
          },
          handleKeyDown(view, event) {
            const value = completionKey.getState(view.state);
            // A new paragraph straight after a completion does not keep its space.
            if (event.key === 'Enter' && value?.autoSpaceAt === view.state.selection.from && view.state.selection.empty) {
              view.dispatch(view.state.tr.delete(value.autoSpaceAt - 1, value.autoSpaceAt).setMeta(completionKey, none));
              return false;
            }
            if (!value?.ghost || value.at !== view.state.selection.from) return false;
            const hasModifier = event.altKey || event.metaKey || event.shiftKey;
            if (event.key === 'Tab' && !hasModifier && !event.ctrlKey) {
              accept(view, getCompleter(), value.ghost);
              return true;
            }
            if (event.key === 'ArrowRight' && event.ctrlKey && !hasModifier) {
              accept(view, getCompleter(), firstWordOf(value.ghost));
              return true;
            }
            if (event.key === 'Escape') {
              view.dispatch(view.state.tr.setMeta(completionKey, none));
              return true;
            }
            return false;
          },
          handleTextInput(view, from, to, text) {
            const value = completionKey.getState(view.state);
            if (value?.autoSpaceAt === from && from === to && closingPunctuation.test(text)) {
              const tr = view.state.tr.insertText(text, from - 1, from);
              tr.setMeta(completionKey, none);
              view.dispatch(tr);
              return true;
            }
            // A word just finished: the meeting's own words are suggested from now on.
            if (wordSeparator.test(text)) {
              const $from = view.state.doc.resolve(from);
              if ($from.parent.isTextblock) getCompleter()?.learnLastWord($from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc'));
            }
            return false;
          },
        },
      }),
    ];
  },
});
