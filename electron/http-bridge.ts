import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { methodNames } from '../shared/api.ts';
import type { Dispatch } from './dispatch.ts';

// Preview and end-to-end tests only — never part of the packaged app. The same handler table as
// IPC, over loopback HTTP with a random port and token; the built renderer is served alongside
// with a tiny client that defines window.proceedings.

export type Bridge = { url: string; token: string; close: () => Promise<void> };

const clientPath = '/__proceedings/client.js';
const callPrefix = '/__proceedings/call/';
const maxBodyBytes = 64 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

export async function startBridge(options: { dispatch: Dispatch; rendererDir: string; port?: number }): Promise<Bridge> {
  const token = randomBytes(24).toString('hex');
  let origin = '';
  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, 'text/plain', 'Internal error'));
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const path = new URL(request.url ?? '/', origin).pathname;
    if (path.startsWith(callPrefix)) return call(request, response, decodeURIComponent(path.slice(callPrefix.length)));
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'Method not allowed');
    if (path === clientPath) {
      // The script carries the token: only our own page may load it (browsers say where a request
      // comes from; a page on another origin gets nothing).
      const site = request.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin') return send(response, 403, 'text/plain', 'Forbidden');
      return send(response, 200, contentTypes['.js']!, clientScript(token));
    }
    const file = path === '/' ? 'index.html' : path.slice(1);
    const resolved = normalize(join(options.rendererDir, file));
    if (!resolved.startsWith(options.rendererDir + sep)) return send(response, 404, 'text/plain', 'Not found');
    try {
      let body: Buffer | string = await readFile(resolved);
      if (file === 'index.html') {
        body = body.toString('utf8').replace('<head>', `<head>\n    <script src="${clientPath}"></script>`);
      }
      send(response, 200, contentTypes[extname(resolved)] ?? 'application/octet-stream', body);
    } catch {
      send(response, 404, 'text/plain', 'Not found');
    }
  }

  async function call(request: IncomingMessage, response: ServerResponse, method: string) {
    // Another site open in the same browser must not reach the data: same origin and our token only.
    const given = Buffer.from(String(request.headers['x-proceedings-token'] ?? ''));
    const expected = Buffer.from(token);
    const isTokenValid = given.length === expected.length && timingSafeEqual(given, expected);
    if (request.method !== 'POST' || request.headers.origin !== origin || !isTokenValid) {
      request.resume();
      return send(response, 403, 'text/plain', 'Forbidden');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBodyBytes) return send(response, 413, 'text/plain', 'Too large');
      chunks.push(chunk);
    }
    let input: unknown;
    try {
      input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      return sendJson(response, { ok: false, error: { code: 'invalid-input', message: 'The request was not valid JSON.' } });
    }
    sendJson(response, await options.dispatch(method, input));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The preview host did not get a port.');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}/`,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, value: unknown) {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The browser-side twin of the preload: same method names, same envelope unwrapping. */
function clientScript(token: string): string {
  return `'use strict';
(() => {
  const token = ${JSON.stringify(token)};
  const call = async (method, input) => {
    let response;
    try {
      response = await fetch(${JSON.stringify(callPrefix)} + method, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-proceedings-token': token },
        body: JSON.stringify(input === undefined ? {} : input),
      });
    } catch {
      throw Object.assign(new Error('Proceedings is not responding.'), { code: 'transport' });
    }
    if (!response.ok) throw Object.assign(new Error('Proceedings refused the request (' + response.status + ').'), { code: 'transport' });
    const envelope = await response.json();
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return envelope.value;
  };
  const api = { on: () => () => {} };
  for (const name of ${JSON.stringify(methodNames)}) api[name] = (input) => call(name, input);
  window.proceedings = Object.freeze(api);
})();
`;
}
