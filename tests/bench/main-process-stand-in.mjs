// For the start-up bench only: loads the main process bundle (dist/electron/main.cjs) under plain
// Node with a stand-in for the `electron` module, and prints `answered {…}` once the bundle's own
// IPC handler has answered a first call. Everything but Electron's module is the real bundle, so
// the figure is what the bundle costs to load and open its data; Chromium's start is not in it.
//
// The stand-in answers what main.ts asks at start (a single-instance lock, ready at once, paths,
// session hooks, a window that loads nothing); anything else it is asked for is a no-op, so new
// lock-down calls in main.ts do not break the measurement.
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';

const require = createRequire(import.meta.url);

const bundle = process.argv[2];
const handlers = new Map();

/** Callable, constructible, and every property is another such stand-in; never a thenable. */
function anything() {
  const target = function () {};
  return new Proxy(target, {
    get: (_target, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : anything()),
    apply: () => anything(),
    construct: () => anything(),
  });
}

function withDefaults(real) {
  return new Proxy(real, { get: (target, key) => (key in target ? target[key] : anything()) });
}

const electron = withDefaults({
  app: withDefaults({
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => process.env.PROCEEDINGS_DATA_DIR || tmpdir(),
    on: () => undefined,
    quit: () => undefined,
    exit: (code) => process.exit(code),
    isPackaged: false,
  }),
  ipcMain: withDefaults({
    handle: (channel, handler) => {
      handlers.set(channel, handler);
      setImmediate(answerFirstCall);
    },
  }),
  dialog: withDefaults({
    showErrorBox: (title, message) => {
      console.error(`${title}: ${message}`);
      process.exit(1);
    },
  }),
});

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'electron-stand-in' : resolveFilename.call(this, request, ...rest);
};
require.cache['electron-stand-in'] = { id: 'electron-stand-in', filename: 'electron-stand-in', loaded: true, exports: electron };

let isAnswered = false;
async function answerFirstCall() {
  const handler = handlers.get('proceedings:call');
  if (isAnswered || !handler) return;
  isAnswered = true;
  // The page the window loads: the renderer on its own app:// origin (electron/security.ts).
  const event = { senderFrame: { url: 'app://proceedings/index.html' } };
  const envelope = await handler(event, 'listCommittees', {});
  if (!envelope || !envelope.ok) {
    console.error(`The first call was refused: ${JSON.stringify(envelope)}`);
    process.exit(1);
  }
  process.stdout.write(`answered ${JSON.stringify({ atMs: performance.now() })}\n`);
  // Stay up, as the app would, until the bench has read the resident memory and ends this process.
  setInterval(() => {}, 60_000);
}

require(bundle);
