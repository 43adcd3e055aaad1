import { Extension } from '@tiptap/react';
import { closeHistory } from '@tiptap/pm/history';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { expansionBefore, type AbbreviationLookup } from '../../../shared/abbreviations.ts';

// Abbreviations in the notes, as Word's AutoCorrect expands them: "tvc" and a space reads "the
// Vice-Chairman ". The space (or full stop, or Enter) goes in as typed; the expansion is its own
// step in the undo history, so Ctrl+Z straight after gives back "tvc " and nothing else, and the
// typing that follows starts a step of its own. shared/abbreviations.ts decides what expands.

const expansionKey = new PluginKey('abbreviation-expansion');

/** Where in the document the abbreviation before `at` goes, and what replaces it, if `typed` finishes one. */
function expansionAt(state: EditorState, at: number, typed: string, lookup: AbbreviationLookup): { from: number; to: number; text: string } | null {
  const $at = state.doc.resolve(at);
  if (!$at.parent.isTextblock) return null;
  // One character per leaf (a line break), so offsets in the text are offsets in the paragraph.
  const before = $at.parent.textBetween(0, $at.parentOffset, undefined, '\ufffc');
  const after = $at.parent.textBetween($at.parentOffset, $at.parent.content.size, undefined, '\ufffc');
  const expansion = expansionBefore(before, typed, after, lookup);
  return expansion && { from: $at.start() + expansion.start, to: $at.start() + expansion.end, text: expansion.text };
}

/** The expansion as a step of its own in the undo history, and the typing after it as another. */
function expand(view: EditorView, expansion: { from: number; to: number; text: string }): void {
  view.dispatch(closeHistory(view.state.tr).insertText(expansion.text, expansion.from, expansion.to));
  view.dispatch(closeHistory(view.state.tr));
}

export type ExpansionOptions = { getAbbreviations: () => AbbreviationLookup | null };

export const AbbreviationExpansion = Extension.create<ExpansionOptions>({
  name: 'abbreviationExpansion',
  // Before completion (900) sees the character: a word just finished is expanded first, and a
  // full stop after a completion's space is left to completion (there is no word before it).
  priority: 950,
  addOptions() {
    return { getAbbreviations: () => null };
  },
  addProseMirrorPlugins() {
    const { getAbbreviations } = this.options;
    return [
      new Plugin({
        key: expansionKey,
        props: {
          handleTextInput(view, from, to, text) {
            const lookup = getAbbreviations();
            const expansion = lookup && from === to ? expansionAt(view.state, from, text, lookup) : null;
            if (!expansion) return false;
            // The character first, as the typing it is (the expansion ends before it).
            view.dispatch(view.state.tr.insertText(text, from, to));
            expand(view, expansion);
            return true;
          },
          handleKeyDown(view, event) {
            // Enter ends the word too; the new paragraph then follows as usual.
            if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || !view.state.selection.empty) return false;
            const lookup = getAbbreviations();
            const expansion = lookup && expansionAt(view.state, view.state.selection.from, '\n', lookup);
            if (expansion) expand(view, expansion);
            return false;
          },
        },
      }),
    ];
  },
});
