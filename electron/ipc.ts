import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../shared/api.ts';
import type { Dispatch } from './dispatch.ts';

const callChannel = ipcChannels.call;

/** Binds the handler table to IPC; only frames showing our own bundled page may call it. */
export function bindIpc(dispatch: Dispatch, isTrustedUrl: (url: string) => boolean): () => void {
  ipcMain.handle(callChannel, (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    if (!event.senderFrame || !isTrustedUrl(event.senderFrame.url)) {
      return { ok: false, error: { code: 'unknown-method', message: 'Calls are only accepted from Proceedings itself.' } };
    }
    return dispatch(method, input);
  });
  return () => ipcMain.removeHandler(callChannel);
}
