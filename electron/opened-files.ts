import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { responseFileExtension, reviewFileExtension } from '../shared/review-file.ts';

// Files the system hands to the app (a double-click, "Open with", the command line): only review
// and response files, only ones that exist. Kept free of Electron so it is tested on Node.

export type OpenedFilePurpose = 'review-open' | 'response-open';

export function openedFilePurpose(path: string): OpenedFilePurpose | null {
  const extension = extname(path).slice(1).toLowerCase();
  if (extension === reviewFileExtension) return 'review-open';
  if (extension === responseFileExtension) return 'response-open';
  return null;
}

/** The review and response files named on a command line (the app's own arguments and switches are skipped). */
export function filesFromArgv(argv: readonly string[]): string[] {
  return argv.filter((argument) => !argument.startsWith('-') && openedFilePurpose(argument) !== null && existsSync(argument));
}
