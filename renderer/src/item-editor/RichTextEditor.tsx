import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, type ReactNode } from 'react';
import type { AbbreviationLookup } from '../../../shared/abbreviations.ts';
import type { Completer } from '../../../shared/completion.ts';
import { AbbreviationExpansion } from '../abbreviations/expansion-extension.ts';
import { sentenceAt } from '../actions/guess-owner.ts';
import { Completion } from './completion-extension.ts';
import type { FilledText } from '../../../shared/phrases.ts';
import type { RichText } from '../../../shared/rich-text.ts';
import { insertSentence, PlaceholderStops } from '../phrase-bank/notes-placeholders.ts';
import './notes-tools.css';
import { useIsReadOnly } from '../review/read-only.ts';

// Only what the minutes can carry: paragraphs, bold, italic, underline, bulleted and numbered
// lists. Pasted headings, links or code arrive as plain paragraphs.
const extensions = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    codeBlock: false,
    code: false,
    horizontalRule: false,
    strike: false,
    link: false,
  }),
  PlaceholderStops,
];

/** What the item editor can do with the notes besides typing: insert a phrase-bank sentence, or take the focus back. */
export type NotesHandle = {
  insertSentence: (filled: FilledText) => void;
  /** Focuses the notes with the caret (or selection) where it was. */
  focus: () => void;
  contains: (node: Node | null) => boolean;
  /** The sentence the caret is in (or the one just finished), for an action made from it. */
  sentenceAtCaret: () => string;
};

type Props = {
  label: string;
  initialContent: RichText;
  /**
   * Called on every change with a way to read the document, not the document itself: turning a
   * long item into JSON on each keystroke would cost the typist frames. The reader is used when
   * the save actually goes out.
   */
  onChange: (read: () => RichText) => void;
  onBlur: () => void;
  autoFocus?: boolean;
  registerFocus?: (focus: () => void) => void;
  registerHandle?: (handle: NotesHandle | null) => void;
  /** Buttons beside the formatting toolbar. */
  tools?: ReactNode;
  /** Where suggestions come from (ghost text, Tab to accept); none while it is null. */
  getCompleter?: () => Completer | null;
  /** The committee's abbreviations, expanded as they are typed; none while it is null. */
  getAbbreviations?: () => AbbreviationLookup | null;
};

export function RichTextEditor({ label, initialContent, onChange, onBlur, autoFocus, registerFocus, registerHandle, tools, getCompleter, getAbbreviations }: Props) {
  const latestOnChange = useRef(onChange);
  latestOnChange.current = onChange;
  const latestCompleter = useRef(getCompleter);
  latestCompleter.current = getCompleter;
  const latestAbbreviations = useRef(getAbbreviations);
  latestAbbreviations.current = getAbbreviations;
  const isDirty = useRef(false);
  // Until the secretary has been in the notes, the caret sits at the very start, where a sentence
  // from the phrase bank would not be wanted.
  const hasBeenFocused = useRef(false);
  const isReadOnly = useIsReadOnly();
  const editor = useEditor({
    editable: !isReadOnly,
    extensions: [
      ...extensions,
      Completion.configure({ getCompleter: () => latestCompleter.current?.() ?? null }),
      AbbreviationExpansion.configure({ getAbbreviations: () => latestAbbreviations.current?.() ?? null }),
    ],
    content: initialContent,
    // Styles come from our own stylesheet: the CSP allows no injected <style>.
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    autofocus: autoFocus ? 'end' : false,
    editorProps: {
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'notes-editor', spellcheck: 'true' },
    },
    onUpdate: ({ editor: current }) => {
      isDirty.current = true;
      latestOnChange.current(() => current.getJSON() as RichText);
    },
    onFocus: () => {
      hasBeenFocused.current = true;
    },
    onBlur: () => onBlur(),
  });

  useEffect(() => {
    // Without emitting an update: switching the editor off is not an edit, and must not send a save.
    if (editor && editor.isEditable === isReadOnly) editor.setEditable(!isReadOnly, false);
  }, [editor, isReadOnly]);

  useEffect(() => {
    if (!editor || !registerHandle) return;
    registerHandle({
      insertSentence: (filled) => insertSentence(editor, filled, { atCaret: hasBeenFocused.current }),
      // ProseMirror's own focus puts the selection back at once (the editor command waits a frame).
      focus: () => editor.view.focus(),
      contains: (node) => !!node && editor.view.dom.contains(node),
      sentenceAtCaret: () => {
        const { $from } = editor.state.selection;
        return sentenceAt($from.parent.textContent, $from.parentOffset);
      },
    });
    return () => registerHandle(null);
  }, [editor, registerHandle]);

  useEffect(() => {
    registerFocus?.(() => editor?.commands.focus('end'));
  }, [editor, registerFocus]);

  // Leaving: hand over a fixed copy, since the editor is about to go and a save may still be waiting.
  useEffect(() => {
    if (!editor) return;
    return () => {
      if (!isDirty.current) return;
      const final = editor.getJSON() as RichText;
      latestOnChange.current(() => final);
    };
  }, [editor]);

  return (
    <div className="rich-text">
      <div className="rich-text-bar">
        {editor && <FormattingToolbar editor={editor} />}
        {tools && <div className="rich-text-tools">{tools}</div>}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}

function FormattingToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
    }),
  });
  const buttons = [
    { name: 'Bold', keys: 'Ctrl+B', isActive: active.bold, run: () => editor.chain().focus().toggleBold().run(), face: <b>B</b> },
    { name: 'Italic', keys: 'Ctrl+I', isActive: active.italic, run: () => editor.chain().focus().toggleItalic().run(), face: <i>I</i> },
    { name: 'Underline', keys: 'Ctrl+U', isActive: active.underline, run: () => editor.chain().focus().toggleUnderline().run(), face: <u>U</u> },
    { name: 'Bulleted list', keys: 'Ctrl+Shift+8', isActive: active.bulletList, run: () => editor.chain().focus().toggleBulletList().run(), face: <>•≡</> },
    { name: 'Numbered list', keys: 'Ctrl+Shift+7', isActive: active.orderedList, run: () => editor.chain().focus().toggleOrderedList().run(), face: <>1.≡</> },
  ];
  return (
    <div role="toolbar" aria-label="Formatting" className="formatting-toolbar">
      {buttons.map((button) => (
        <button
          key={button.name}
          type="button"
          className="icon"
          aria-label={button.name}
          aria-pressed={button.isActive}
          title={`${button.name} (${button.keys})`}
          // Keep the selection in the editor when a button is clicked.
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.run}
        >
          {button.face}
        </button>
      ))}
    </div>
  );
}
