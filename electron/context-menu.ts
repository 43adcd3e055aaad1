// The right-click menu of the app's window: spelling suggestions for a misspelt word (British
// English), "Add to dictionary", then Cut, Copy and Paste as the moment allows. Built as plain data
// from what Electron reports about the click, so it is tested without Electron; main.ts shows it.

/** The parts of Electron's context-menu parameters the menu needs. */
export type ClickedAt = {
  misspelledWord: string;
  dictionarySuggestions: string[];
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean };
};

export type MenuEntry =
  | { kind: 'suggestion'; label: string; word: string }
  | { kind: 'add-to-dictionary'; label: string; word: string }
  | { kind: 'role'; role: 'cut' | 'copy' | 'paste'; label: string; enabled: boolean }
  | { kind: 'separator' }
  | { kind: 'note'; label: string };

/** The languages the spelling checker uses: the app writes British English. */
export const spellCheckerLanguages = ['en-GB'];

export function contextMenuEntries(clicked: ClickedAt): MenuEntry[] {
  const entries: MenuEntry[] = [];
  if (clicked.misspelledWord) {
    const suggestions = clicked.dictionarySuggestions.slice(0, 6);
    if (suggestions.length === 0) entries.push({ kind: 'note', label: 'No spelling suggestions' });
    for (const word of suggestions) entries.push({ kind: 'suggestion', label: word, word });
    entries.push({ kind: 'add-to-dictionary', label: `Add “${clicked.misspelledWord}” to the dictionary`, word: clicked.misspelledWord });
    entries.push({ kind: 'separator' });
  }
  if (clicked.isEditable) entries.push({ kind: 'role', role: 'cut', label: 'Cut', enabled: clicked.editFlags.canCut });
  if (clicked.isEditable || clicked.selectionText) entries.push({ kind: 'role', role: 'copy', label: 'Copy', enabled: clicked.editFlags.canCopy });
  if (clicked.isEditable) entries.push({ kind: 'role', role: 'paste', label: 'Paste', enabled: clicked.editFlags.canPaste });
  return entries;
}
