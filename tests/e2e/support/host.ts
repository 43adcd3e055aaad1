import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataFileName } from '../../../electron/backend.ts';

// The preview host (electron/preview-host.ts) as a child process, the way a secretary's app
// would run: a real process that can be killed without warning and started again on the same
// data folder. No vitest here, so benchmarks can use it too; lifecycle.ts wires the clean-up.
//
// It is started from its bundle, as `npm run preview` starts it: the sources unbundled cost four
// times the CPU at every start (0.6 s against 0.14 s), and the end-to-end files start some 25 hosts.
// Whoever starts hosts makes the bundle fresh first (e2e: fresh-host.ts; `npm run soak`, `npm run bench`).

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const previewHostBundle = join(repoRoot, 'dist', 'node', 'preview-host.js');

export type Host = {
  /** The renderer's address, e.g. http://127.0.0.1:40123/ */
  url: string;
  origin: string;
  dataDir: string;
  dataFile: string;
  pid: number;
  /** Everything the host printed, for failure messages. */
  output: () => string;
  isRunning: () => boolean;
  /** Sends the signal (SIGKILL unless told) and waits for the process to be gone. */
  kill: (signal?: NodeJS.Signals) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, so the host closes the database itself; SIGKILL if it has not gone within 5 s. */
  stop: () => Promise<void>;
  /** Kills this host if it is still running and starts a new one (a new token) on the same data folder and port. */
  restart: () => Promise<Host>;
};

const running = new Set<ChildProcess>();

// Last resort when a test run dies without its afterAll: never leave a host holding the file.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

const urlPattern = /Proceedings preview: (http:\/\/127\.0\.0\.1:\d+\/)/;

/** `port` fixes the port (a restart keeps it, so a page left open can reach the new host). */
export async function startHost(options: { dataDir: string; timeoutMs?: number; port?: number }): Promise<Host> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  if (!existsSync(previewHostBundle)) throw new Error(`${previewHostBundle} is missing: run node scripts/fresh-bundle.mjs preview-host`);
  const child = spawn(process.execPath, [previewHostBundle, '--exit-with-stdin'], {
    cwd: repoRoot,
    env: { ...process.env, PROCEEDINGS_DATA_DIR: options.dataDir, PORT: String(options.port ?? 0) },
    // The host ends when this pipe closes, that is when the test process goes, however it goes.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The preview host printed no URL within ${timeoutMs} ms.`)), timeoutMs);
      const look = () => {
        const match = urlPattern.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', look);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`The preview host exited (code ${code}, signal ${signal}) before it was ready.`));
      });
    });
    await waitUntilAnswering(url, timeoutMs);

    const host: Host = {
      url,
      origin: new URL(url).origin,
      dataDir: options.dataDir,
      dataFile: join(options.dataDir, dataFileName),
      pid: child.pid!,
      output: () => output,
      isRunning: () => running.has(child),
      kill: async (signal = 'SIGKILL') => {
        if (running.has(child)) child.kill(signal);
        return exited;
      },
      stop: async () => {
        if (!running.has(child)) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      },
      restart: async () => {
        await host.kill('SIGKILL');
        return startHost({ ...options, port: Number(new URL(url).port) });
      },
    };
    return host;
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw new Error(`${(error as Error).message}\nHost output:\n${output}`, { cause: error });
  }
}

/** The bridge's client script is always served, built renderer or not: it shows the host is up. */
async function waitUntilAnswering(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      // As the page's own script tag asks for it: the bridge hands its token to nothing else.
      const response = await fetch(new URL('__proceedings/client.js', url), { headers: { 'sec-fetch-site': 'same-origin' } });
      await response.arrayBuffer();
      if (response.ok) return;
      lastError = new Error(`HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The preview host at ${url} did not answer: ${String(lastError)}`);
}

/** Stops every host this process started that is still running. */
export async function stopAllHosts(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
  running.clear();
}
