import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FileAccess } from './handlers/files.ts';

/**
 * File "dialogs" for the preview host, where no system dialog can be shown: exports are written to
 * `<data folder>/exports/` under the suggested name, and a file to import or attach is the newest
 * suitable one in `<data folder>/inbox/` (none there means the choice is cancelled).
 */
export function folderFileAccess(dataDir: string): FileAccess {
  return {
    chooseSaveTarget: async ({ suggestedName }) => {
      const folder = join(dataDir, 'exports');
      mkdirSync(folder, { recursive: true });
      return join(folder, suggestedName);
    },
    chooseSource: async ({ extensions }) => {
      const folder = join(dataDir, 'inbox');
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        return null;
      }
      const candidates = names
        .filter((name) => extensions.length === 0 || extensions.includes(extname(name).slice(1).toLowerCase()))
        .map((name) => ({ path: join(folder, name), modified: statSync(join(folder, name)).mtimeMs }))
        .sort((a, b) => b.modified - a.modified);
      return candidates[0]?.path ?? null;
    },
    openWithSystem: async () => {},
  };
}
