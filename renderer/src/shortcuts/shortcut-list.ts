// The one list of keyboard shortcuts: the on-screen list (F1) and docs/keyboard-shortcuts.md match it.

export type Shortcut = { keys: string; action: string };
export type ShortcutGroup = { heading: string; shortcuts: Shortcut[] };

export const shortcutGroups: ShortcutGroup[] = [
  {
    heading: 'Anywhere in a meeting',
    shortcuts: [
      { keys: 'Alt+↓', action: 'Next agenda item' },
      { keys: 'Alt+↑', action: 'Previous agenda item' },
      { keys: 'Ctrl+Enter', action: 'Add an item after the current one' },
      { keys: 'Enter (in an item’s title)', action: 'Go to its notes' },
      { keys: 'F6 / Shift+F6', action: 'Move between agenda, item and attendance' },
      { keys: 'Ctrl+S', action: 'Save now (saving is automatic)' },
      { keys: 'Ctrl+Shift+P', action: 'Show or hide the minutes preview' },
      { keys: 'Ctrl+E', action: 'Export to Word' },
      { keys: 'Ctrl+Shift+N', action: 'New meeting of this committee' },
      { keys: 'Ctrl+Shift+Space', action: 'Insert a wording from the phrase bank' },
      { keys: 'F1', action: 'Show this list' },
    ],
  },
  {
    heading: 'Search',
    shortcuts: [
      { keys: 'Ctrl+Shift+F', action: 'Search all committees’ minutes (on any screen)' },
      { keys: '↑ / ↓', action: 'Previous or next result' },
      { keys: 'Enter', action: 'Open the item' },
      { keys: 'Escape', action: 'Close the results; again to clear the search' },
    ],
  },
  {
    heading: 'Agenda list',
    shortcuts: [
      { keys: '↑ / ↓', action: 'Previous or next item' },
      { keys: 'Enter', action: 'Write the item’s notes' },
      { keys: 'Alt+Shift+↑ / Alt+Shift+↓', action: 'Move the item up or down' },
      { keys: 'Alt+Shift+→', action: 'Make it a sub-item (7a) of the item above' },
      { keys: 'Alt+Shift+←', action: 'Make it a main item again' },
      { keys: 'Delete', action: 'Delete the item' },
      { keys: 'Ctrl+Z', action: 'Undo the delete' },
    ],
  },
  {
    heading: 'Notes',
    shortcuts: [
      { keys: 'Ctrl+B', action: 'Bold' },
      { keys: 'Ctrl+I', action: 'Italic' },
      { keys: 'Ctrl+U', action: 'Underline' },
      { keys: 'Ctrl+Shift+8', action: 'Bulleted list' },
      { keys: 'Ctrl+Shift+7', action: 'Numbered list' },
      { keys: 'Tab / Shift+Tab', action: 'Indent or outdent a list item' },
      { keys: 'Ctrl+Z / Ctrl+Y', action: 'Undo / redo typing' },
      { keys: 'Tab', action: 'Take the suggestion shown in grey (in titles, resolutions and their numbered parts too)' },
      { keys: 'Ctrl+→', action: 'Take one word of the suggestion' },
      { keys: 'Escape', action: 'Hide the suggestion' },
      { keys: 'Space or punctuation after an abbreviation', action: 'Write it out in full (in titles, resolutions and actions too)' },
      { keys: 'Ctrl+Z straight after', action: 'Put the abbreviation back' },
      { keys: 'Ctrl+Shift+A', action: 'Make the sentence at the caret an action, its owner guessed from the names in it' },
    ],
  },
  {
    heading: 'Inserting a wording',
    shortcuts: [
      { keys: 'Type words', action: 'Show only the wordings containing them' },
      { keys: '↑ / ↓', action: 'Previous or next wording' },
      { keys: 'Enter', action: 'Insert it: a resolution, or a sentence in the notes' },
      { keys: 'Escape', action: 'Close without inserting' },
      { keys: 'Tab / Shift+Tab', action: 'Next or previous blank to fill in' },
    ],
  },
  {
    heading: 'Resolutions',
    shortcuts: [
      { keys: 'Enter', action: 'Start the next numbered part (1), 2)…)' },
      { keys: 'Shift+Enter', action: 'New line within a part' },
      { keys: 'Backspace', action: 'In an empty part: remove it' },
      { keys: 'Alt+Shift+↑ / Alt+Shift+↓', action: 'Move the resolution up or down' },
    ],
  },
  {
    heading: 'Phrase bank',
    shortcuts: [{ keys: 'Alt+Shift+↑ / Alt+Shift+↓', action: 'Move the wording up or down' }],
  },
  {
    heading: 'Reviewing minutes (the chairman’s review and review mode)',
    shortcuts: [
      { keys: 'Alt+↓', action: 'Next minute' },
      { keys: 'Alt+↑', action: 'Previous minute' },
      { keys: 'Ctrl+Alt+M', action: 'Comment on the minute, or on the words selected' },
      { keys: 'Ctrl+Shift+E', action: 'Propose new wording for a passage' },
      { keys: 'Ctrl+Enter', action: 'Save the comment or the new wording' },
      { keys: 'Escape', action: 'Put it away without saving' },
      { keys: 'F1', action: 'Show this list' },
    ],
  },
  {
    heading: 'Attendance list',
    shortcuts: [
      { keys: 'P', action: 'Present, and on to the next person' },
      { keys: 'A', action: 'Apologies, and on to the next person' },
      { keys: 'X', action: 'Absent, and on to the next person' },
      { keys: 'U', action: 'Not marked' },
      { keys: '↑ / ↓', action: 'Previous or next person' },
      { keys: 'T', action: 'Arrival and departure times' },
    ],
  },
];
