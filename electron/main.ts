import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, protocol, session, shell, type MenuItemConstructorOptions } from 'electron';
import { ipcChannels, type MenuCommand } from '../shared/api.ts';
import { contextMenuEntries, spellCheckerLanguages } from './context-menu.ts';
import { dataFileName, openBackend, type Backend } from './backend.ts';
import type { FileAccess, FileRequest } from './handlers/files.ts';
import { bindIpc } from './ipc.ts';
import { filesFromArgv } from './opened-files.ts';
import { contentSecurityPolicy, contentTypeOf, isRequestAllowed, isTrustedRendererUrl, rendererFileFor, rendererScheme, rendererUrl } from './security.ts';

// Lifecycle, the one window, the menu and the lock-down. Everything else lives in handlers.

const rendererDir = join(__dirname, '../renderer');
const preloadFile = join(__dirname, 'preload.cjs');
let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;
/** Review and response files handed over before the data file is open (the command line, macOS open-file at launch). */
const filesBeforeStart: string[] = filesFromArgv(process.argv.slice(1));

/** A review or response file from the system: queued for the screen, which is told to fetch it (takeOpenedFile). */
function handOver(path: string): void {
  if (!backend) {
    filesBeforeStart.push(path);
    return;
  }
  if (backend.openFile(path)) mainWindow?.webContents.send(ipcChannels.fileOpened);
}

// The renderer's own origin (app://proceedings), declared before the app is ready as Electron requires.
protocol.registerSchemesAsPrivileged([{ scheme: rendererScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    for (const path of filesFromArgv(argv.slice(1))) handOver(path);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS: a double-clicked file arrives as an event, also before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    handOver(path);
  });
  app.whenReady().then(start, (error) => fail(error));
}

function dataFolder(): string {
  // Tests and portable set-ups point the app at another folder.
  return process.env.PROCEEDINGS_DATA_DIR || app.getPath('userData');
}

function start(): void {
  lockDown();
  try {
    backend = openBackend(join(dataFolder(), dataFileName), { files: systemDialogs, onUnexpected: (error) => console.error(error) });
  } catch (error) {
    fail(error);
    return;
  }
  for (const path of filesBeforeStart.splice(0)) backend.openFile(path);
  serveRenderer();
  bindIpc(backend.dispatch, isTrustedRendererUrl);
  Menu.setApplicationMenu(buildMenu());
  createWindow();
}

const filters = (request: FileRequest) =>
  request.extensions.length ? [{ name: request.filterName, extensions: request.extensions }] : [{ name: 'All files', extensions: ['*'] }];

/** The system's own Save and Open dialogs: the only way a path reaches the handlers. */
const systemDialogs: FileAccess = {
  chooseSaveTarget: async (request) => {
    const options = { title: request.title, defaultPath: join(app.getPath('documents'), request.suggestedName), filters: filters(request) };
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  chooseSource: async (request) => {
    const options = { title: request.title, filters: filters(request), properties: ['openFile' as const] };
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  openWithSystem: async (path) => {
    const problem = await shell.openPath(path);
    if (problem) console.error(`Could not open ${path}: ${problem}`);
  },
};

function fail(error: unknown): void {
  dialog.showErrorBox('Proceedings cannot open its data', error instanceof Error ? error.message : String(error));
  app.exit(1);
}

/** app://proceedings/… answers with the built renderer's files and nothing else. */
function serveRenderer(): void {
  protocol.handle(rendererScheme, async (request) => {
    const file = rendererFileFor(request.url, rendererDir);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('Not found', { status: 404 });
    return new Response(body, {
      headers: { 'content-type': contentTypeOf(file), 'content-security-policy': contentSecurityPolicy, 'x-content-type-options': 'nosniff' },
    });
  });
}

function lockDown(): void {
  session.defaultSession.webRequest.onBeforeRequest((details, respond) =>
    respond({ cancel: !isRequestAllowed(details.url) }),
  );
  session.defaultSession.webRequest.onHeadersReceived((details, respond) =>
    respond({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } }),
  );
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, decide) => decide(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Proceedings',
    show: false,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.webContents.session.setSpellCheckerLanguages(spellCheckerLanguages);
  window.webContents.on('context-menu', (_event, params) => showContextMenu(window, params));
  void window.loadURL(rendererUrl);

  // Closing waits (briefly) for the renderer to save what is still being typed.
  let isReadyToClose = false;
  window.on('close', (event) => {
    if (isReadyToClose) return;
    event.preventDefault();
    const finish = () => {
      isReadyToClose = true;
      window.close();
    };
    const timer = setTimeout(finish, 3000);
    window.webContents.ipc.once(ipcChannels.readyToClose, () => {
      clearTimeout(timer);
      finish();
    });
    window.webContents.send(ipcChannels.beforeClose);
  });
  window.on('closed', () => {
    mainWindow = undefined;
  });
}

function showContextMenu(window: BrowserWindow, params: Electron.ContextMenuParams): void {
  const entries = contextMenuEntries(params);
  if (entries.length === 0) return;
  const template = entries.map((entry): MenuItemConstructorOptions => {
    if (entry.kind === 'separator') return { type: 'separator' };
    if (entry.kind === 'note') return { label: entry.label, enabled: false };
    if (entry.kind === 'suggestion') return { label: entry.label, click: () => window.webContents.replaceMisspelling(entry.word) };
    if (entry.kind === 'add-to-dictionary') return { label: entry.label, click: () => window.webContents.session.addWordToSpellCheckerDictionary(entry.word) };
    return { role: entry.role, label: entry.label, enabled: entry.enabled };
  });
  Menu.buildFromTemplate(template).popup({ window });
}

function sendCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(ipcChannels.menuCommand, command);
}

// The renderer handles these keys itself (so the preview behaves the same); the menu shows them
// and runs them when clicked, without registering the accelerators a second time.
function buildMenu(): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Meeting…', accelerator: 'CmdOrCtrl+Shift+N', registerAccelerator: false, click: () => sendCommand('new-meeting') },
        { type: 'separator' },
        { label: 'Export to Word…', accelerator: 'CmdOrCtrl+E', registerAccelerator: false, click: () => sendCommand('export-minutes') },
        { label: 'Export Meeting File…', click: () => sendCommand('export-meeting-file') },
        { label: 'Import Meeting File…', click: () => sendCommand('import-meeting-file') },
        { type: 'separator' },
        { label: 'Send to the Chairman…', click: () => sendCommand('send-to-chairman') },
        { label: 'Open Review…', click: () => sendCommand('open-review') },
        { label: 'Import the Chairman’s Response…', click: () => sendCommand('import-response') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Exit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&Meeting',
      submenu: [
        { label: 'Next Item', accelerator: 'Alt+Down', registerAccelerator: false, click: () => sendCommand('next-item') },
        { label: 'Previous Item', accelerator: 'Alt+Up', registerAccelerator: false, click: () => sendCommand('previous-item') },
        { label: 'Add Item', accelerator: 'CmdOrCtrl+Enter', registerAccelerator: false, click: () => sendCommand('add-item') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Minutes Preview', accelerator: 'CmdOrCtrl+Shift+P', registerAccelerator: false, click: () => sendCommand('toggle-preview') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [{ label: 'Keyboard Shortcuts', accelerator: 'F1', registerAccelerator: false, click: () => sendCommand('show-shortcuts') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}

app.on('window-all-closed', () => {
  backend?.close();
  app.quit();
});
