// Under test: electron/context-menu.ts — what the right-click menu offers: British spelling
// suggestions for a misspelt word, and Cut, Copy and Paste as the click allows.
import { describe, expect, it } from 'vitest';
import { contextMenuEntries, spellCheckerLanguages } from '../../electron/context-menu.ts';

const click = { misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '', editFlags: { canCut: false, canCopy: false, canPaste: true } };

describe('right-click menu', () => {
  it('checks spelling in British English and offers its suggestions first', () => {
    expect(spellCheckerLanguages).toEqual(['en-GB']);
    const entries = contextMenuEntries({ ...click, misspelledWord: 'organisaton', dictionarySuggestions: ['organisation', 'organisations'] });
    expect(entries.map((entry) => ('label' in entry ? entry.label : '—'))).toEqual([
      'organisation',
      'organisations',
      'Add “organisaton” to the dictionary',
      '—',
      'Cut',
      'Copy',
      'Paste',
    ]);
  });

  it('offers Cut, Copy and Paste in a field as the selection allows, and only Copy on text that cannot be edited', () => {
    expect(contextMenuEntries(click).map((entry) => entry.kind === 'role' && [entry.role, entry.enabled])).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
    ]);
    expect(contextMenuEntries({ ...click, isEditable: false, selectionText: 'minutes', editFlags: { canCut: false, canCopy: true, canPaste: false } })).toEqual([
      { kind: 'role', role: 'copy', label: 'Copy', enabled: true },
    ]);
    expect(contextMenuEntries({ ...click, isEditable: false })).toEqual([]);
  });
});
