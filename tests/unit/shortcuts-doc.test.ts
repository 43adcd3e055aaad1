// Under test: docs/keyboard-shortcuts.md against renderer/src/shortcuts/shortcut-list.ts — the
// document a secretary prints must list exactly what the on-screen list (F1) shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shortcutGroups } from '../../renderer/src/shortcuts/shortcut-list.ts';

const doc = readFileSync(new URL('../../docs/keyboard-shortcuts.md', import.meta.url), 'utf8');

describe('keyboard shortcuts document', () => {
  it('has a section per group with every shortcut row, and no others', () => {
    for (const group of shortcutGroups) {
      const section = doc.split(`## ${group.heading}`)[1]?.split('\n## ')[0];
      expect(section, group.heading).toBeDefined();
      const rows = [...section!.matchAll(/^\| (?!Keys|---)(.+?) \| (.+?) \|$/gm)].map((match) => ({ keys: match[1], action: match[2] }));
      expect(rows).toEqual(group.shortcuts);
    }
  });
});
