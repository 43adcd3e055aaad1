import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { HandlerTable } from '../../shared/api.ts';
import { ApiError } from '../../shared/errors.ts';
import { filePurposeSettings, safeFileName, type FilePurpose } from '../../shared/files.ts';
import type { HandlerContext } from './context.ts';

// The renderer never hands the main process a path. It asks for a dialog (chooseFile); the main
// process keeps the chosen path and gives back a one-use grant for the method that needs it.

export type FileRequest = { purpose: FilePurpose; title: string; suggestedName: string; extensions: string[]; filterName: string };

/** The system's file dialogs, supplied by the host: Electron's in the app, folders in the preview. */
export type FileAccess = {
  chooseSaveTarget: (request: FileRequest) => Promise<string | null>;
  chooseSource: (request: FileRequest) => Promise<string | null>;
  openWithSystem: (path: string) => Promise<void>;
};

export const noFileAccess: FileAccess = {
  chooseSaveTarget: async () => null,
  chooseSource: async () => null,
  openWithSystem: async () => {},
};

type Grant = { path: string; purpose: FilePurpose; expiresAt: number };

const grantLifetimeMs = 10 * 60 * 1000;

export type FileGrants = ReturnType<typeof createFileGrants>;

export function createFileGrants(now: () => number = Date.now) {
  const grants = new Map<string, Grant>();
  return {
    issue(path: string, purpose: FilePurpose): string {
      const grantId = randomUUID();
      grants.set(grantId, { path, purpose, expiresAt: now() + grantLifetimeMs });
      return grantId;
    },
    /** The path behind a grant, once: a second use, another purpose or an old grant is refused. */
    take(grantId: string, purpose: FilePurpose): string {
      const grant = grants.get(grantId);
      grants.delete(grantId);
      if (!grant || grant.purpose !== purpose || grant.expiresAt < now()) {
        throw new ApiError('invalid-input', 'That file choice has expired; please choose the file again.');
      }
      return grant.path;
    },
  };
}

export function fileHandlers(context: HandlerContext): Pick<HandlerTable, 'chooseFile'> {
  return {
    chooseFile: async ({ purpose, suggestedName }) => {
      const settings = filePurposeSettings[purpose];
      const request: FileRequest = {
        purpose,
        title: settings.title,
        suggestedName: settings.mode === 'save' ? safeFileName(suggestedName, settings.extensions[0] ?? '') : '',
        extensions: settings.extensions,
        filterName: settings.filterName,
      };
      const path = settings.mode === 'save' ? await context.files.chooseSaveTarget(request) : await context.files.chooseSource(request);
      if (!path) return { cancelled: true as const };
      return { grantId: context.grants.issue(path, purpose), fileName: basename(path) };
    },
  };
}
