import { createDispatch, type Dispatch } from './dispatch.ts';
import { createContext } from './handlers/context.ts';
import { noFileAccess, type FileAccess } from './handlers/files.ts';
import { createHandlerTable } from './handlers/index.ts';
import { checkpointWhenIdle, openDatabase, type Db } from './store/database.ts';

export type Backend = { db: Db; dispatch: Dispatch; close: () => void };

/** The data file with the handler table over it: what Electron's IPC and the preview bridge both serve. */
export function openBackend(file: string, options: { files?: FileAccess; onUnexpected?: (error: unknown) => void } = {}): Backend {
  const db = openDatabase(file);
  const handle = createDispatch(createHandlerTable(createContext(db, { files: options.files ?? noFileAccess })), options.onUnexpected);
  const checkpoint = checkpointWhenIdle(db);
  // Cast: Dispatch is overloaded (the Word export answers with a Promise); this passes either through.
  const dispatch = ((method: unknown, input: unknown) => {
    checkpoint.touch();
    return handle(method, input);
  }) as Dispatch;
  return {
    db,
    dispatch,
    close: () => {
      checkpoint.stop();
      if (db.open) db.close();
    },
  };
}

export const dataFileName = 'proceedings.sqlite';
