import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels, type AppEventListener, type AppEvents, type ProceedingsBridge } from '../shared/api.ts';
import { createClient } from '../shared/client.ts';
import type { Envelope } from '../shared/errors.ts';

// The renderer's only door to the main process: the contract's methods and three events, nothing else.

const beforeCloseListeners = new Set<AppEventListener<'before-close'>>();
const menuListeners = new Set<AppEventListener<'menu-command'>>();
const fileOpenedListeners = new Set<AppEventListener<'file-opened'>>();
const listenersOf = { 'before-close': beforeCloseListeners, 'menu-command': menuListeners, 'file-opened': fileOpenedListeners };

ipcRenderer.on(ipcChannels.menuCommand, (_event, command: AppEvents['menu-command']) => {
  for (const listener of menuListeners) void listener(command);
});
ipcRenderer.on(ipcChannels.fileOpened, () => {
  for (const listener of fileOpenedListeners) void listener(undefined);
});
ipcRenderer.on(ipcChannels.beforeClose, async () => {
  await Promise.allSettled([...beforeCloseListeners].map((listener) => listener(undefined)));
  ipcRenderer.send(ipcChannels.readyToClose);
});

const proceedings = {
  ...createClient((method, input) => ipcRenderer.invoke(ipcChannels.call, method, input) as Promise<Envelope<unknown>>),
  on<E extends keyof AppEvents>(event: E, listener: AppEventListener<E>) {
    const listeners = listenersOf[event] as Set<AppEventListener<E>>;
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
} satisfies ProceedingsBridge;

contextBridge.exposeInMainWorld('proceedings', proceedings);
