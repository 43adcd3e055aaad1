import type { HandlerTable } from '../../shared/api.ts';
import type { HandlerContext } from './context.ts';

// The data file itself: its state, its backups, and putting a backup back. These answer even
// when the file is missing or damaged, which is when they matter most.

export const storeMethodNames: ReadonlySet<string> = new Set(['getStoreStatus', 'listBackups', 'backUpNow', 'restoreBackup']);

type StoreHandlers = Pick<HandlerTable, 'getStoreStatus' | 'listBackups' | 'backUpNow' | 'restoreBackup'>;

export function storeHandlers({ store }: HandlerContext): StoreHandlers {
  return {
    getStoreStatus: () => store.status(),
    listBackups: () => store.listBackups(),
    backUpNow: () => store.backUpNow(),
    restoreBackup: ({ name }) => store.restore(name),
  };
}
