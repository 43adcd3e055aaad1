import { Extension, type Editor } from '@tiptap/react';
import { Plugin, PluginKey, Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { FilledText } from '../../../shared/phrases.ts';

// A wording inserted into the notes keeps its blanks ({body}, "…") as stops: the first is
// selected for typing over, Tab goes to the next, and after the last Tab puts the caret at the end
// of the inserted sentence. ProseMirror maps the stops through every edit; a stop that has been
// typed into is no longer a blank and drops out. Moving the caret out of the inserted sentence, or
// Escape, ends it, so Tab goes back to indenting lists and leaving the editor.

type Stop = { from: number; to: number; text: string };
type Stops = { stops: Stop[]; start: number; end: number };

const stopsKey = new PluginKey<Stops | null>('placeholder-stops');

function mapped(value: Stops, tr: Transaction, state: EditorState): Stops {
  if (!tr.docChanged) return value;
  const stops = value.stops.flatMap((stop) => {
    const from = tr.mapping.map(stop.from, 1);
    const to = tr.mapping.map(stop.to, -1);
    return to - from === stop.text.length && state.doc.textBetween(from, to) === stop.text ? [{ ...stop, from, to }] : [];
  });
  return { stops, start: tr.mapping.map(value.start, -1), end: tr.mapping.map(value.end, 1) };
}

function select(state: EditorState, dispatch: ((tr: Transaction) => void) | undefined, from: number, to: number, next: Stops | null) {
  dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, from, to)).setMeta(stopsKey, next).scrollIntoView());
  return true;
}

export const PlaceholderStops = Extension.create({
  name: 'placeholderStops',
  // Before the list keymap, whose Tab indents a list item.
  priority: 1000,
  addProseMirrorPlugins() {
    return [
      new Plugin<Stops | null>({
        key: stopsKey,
        state: {
          init: () => null,
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(stopsKey) as Stops | null | undefined;
            if (meta !== undefined) return meta;
            if (!value) return null;
            const next = mapped(value, tr, state);
            const { from, to } = state.selection;
            return from < next.start || to > next.end ? null : next;
          },
        },
        props: {
          decorations(state) {
            const value = stopsKey.getState(state);
            if (!value || value.stops.length === 0) return null;
            return DecorationSet.create(
              state.doc,
              value.stops.map((stop) => Decoration.inline(stop.from, stop.to, { class: 'placeholder-stop' })),
            );
          },
          handleKeyDown(view, event) {
            const value = stopsKey.getState(view.state);
            if (!value || event.altKey || event.ctrlKey || event.metaKey) return false;
            const { from, to } = view.state.selection;
            if (event.key === 'Escape') {
              view.dispatch(view.state.tr.setMeta(stopsKey, null));
              return true;
            }
            if (event.key !== 'Tab') return false;
            if (event.shiftKey) {
              const previous = [...value.stops].reverse().find((stop) => stop.to <= from);
              if (!previous) return false;
              event.preventDefault();
              return select(view.state, view.dispatch, previous.from, previous.to, value);
            }
            event.preventDefault();
            const next = value.stops.find((stop) => stop.from >= to);
            if (next) return select(view.state, view.dispatch, next.from, next.to, value);
            return select(view.state, view.dispatch, value.end, value.end, null);
          },
        },
      }),
    ];
  },
});

/**
 * Inserts a filled wording as a sentence: at the caret when the secretary has been writing in the
 * notes, else as a new paragraph at the end. Its first blank is selected; with none, the caret
 * goes after it.
 */
export function insertSentence(editor: Editor, filled: FilledText, { atCaret }: { atCaret: boolean }): void {
  const { view } = editor;
  const tr = view.state.tr;
  // A sentence is one line of the notes (newlines would be stray characters inside a paragraph).
  const text = filled.text.replace(/[\r\n]+/g, ' ');
  let { from, to } = tr.selection;
  if (!atCaret || !tr.selection.$from.parent.isTextblock || !tr.selection.$to.parent.isTextblock) {
    // An empty last paragraph takes it; otherwise (text or a list) a new paragraph does.
    const last = tr.doc.lastChild;
    if (!last || last.type.name !== 'paragraph' || last.content.size > 0) {
      tr.insert(tr.doc.content.size, view.state.schema.nodes.paragraph!.create());
    }
    from = to = Selection.atEnd(tr.doc).from;
  }
  const $from = tr.doc.resolve(from);
  const before = $from.parentOffset > 0 ? tr.doc.textBetween(from - 1, from) : '';
  const $to = tr.doc.resolve(to);
  const after = $to.parentOffset < $to.parent.content.size ? tr.doc.textBetween(to, to + 1) : '';
  // Words either side stay words: a space is added where the sentence would run into them.
  const lead = before && !/\s/.test(before) ? ' ' : '';
  const trail = after && !/[\s.,;:!?)]/.test(after) ? ' ' : '';
  tr.insertText(`${lead}${text}${trail}`, from, to);
  const start = from + lead.length;
  const stops = filled.placeholders.map(({ start: offset, end }) => ({ from: start + offset, to: start + end, text: text.slice(offset, end) }));
  const end = start + text.length;
  const first = stops[0];
  tr.setSelection(TextSelection.create(tr.doc, first?.from ?? end, first?.to ?? end));
  tr.setMeta(stopsKey, stops.length > 0 ? { stops, start, end } : null);
  view.dispatch(tr.scrollIntoView());
  view.focus();
}
