import { createDispatch, type Dispatch } from './dispatch.ts';
import { createContext } from './handlers/context.ts';
import { createHandlerTable } from './handlers/index.ts';
import { openDatabase, type Db } from './store/database.ts';

export type Backend = { db: Db; dispatch: Dispatch; close: () => void };

/** The data file with the handler table over it: what Electron's IPC and the preview bridge both serve. */
export function openBackend(file: string, onUnexpected?: (error: unknown) => void): Backend {
  const db = openDatabase(file);
  const dispatch = createDispatch(createHandlerTable(createContext(db)), onUnexpected);
  return {
    db,
    dispatch,
    close: () => {
      if (db.open) db.close();
    },
  };
}

export const dataFileName = 'proceedings.sqlite';
