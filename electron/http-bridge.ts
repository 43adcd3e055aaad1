import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { methodNames } from '../shared/api.ts';
import type { Dispatch } from './dispatch.ts';
import { contentTypeOf } from './security.ts';

// Preview and end-to-end tests only — never part of the packaged app. The same handler table as
// IPC, over loopback HTTP with a random port and token; the built renderer is served alongside
// with a tiny client that defines window.proceedings.

export type Bridge = { url: string; token: string; close: () => Promise<void> };

const clientPath = '/__proceedings/client.js';
/** The current token, for a page whose host was restarted (a new token) while it stayed open. */
const tokenPath = '/__proceedings/token';
const callPrefix = '/__proceedings/call/';
const maxBodyBytes = 64 * 1024 * 1024;


export async function startBridge(options: { dispatch: Dispatch; rendererDir: string; port?: number }): Promise<Bridge> {
  const token = randomBytes(24).toString('hex');
  let origin = '';
  let host = '';
  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, 'text/plain', 'Internal error'));
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    // A page on any site can point a name it controls at 127.0.0.1 (DNS rebinding): it then
    // counts as our origin, but its requests still carry its own name in Host.
    if (request.headers.host !== host) {
      request.resume();
      return send(response, 421, 'text/plain', 'Misdirected request');
    }
    const path = new URL(request.url ?? '/', origin).pathname;
    if (path.startsWith(callPrefix)) return call(request, response, path.slice(callPrefix.length));
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'Method not allowed');
    if (path === clientPath || path === tokenPath) {
      // These carry the token: only our own page may read them. A browser says where a request
      // comes from; anything that does not say so (another program on this machine) gets nothing.
      if (request.headers['sec-fetch-site'] !== 'same-origin') return send(response, 403, 'text/plain', 'Forbidden');
      if (path === tokenPath) return sendJson(response, { token });
      return send(response, 200, contentTypeOf('client.js'), clientScript(token));
    }
    const file = path === '/' ? 'index.html' : path.slice(1);
    const resolved = normalize(join(options.rendererDir, file));
    if (!resolved.startsWith(options.rendererDir + sep)) return send(response, 404, 'text/plain', 'Not found');
    try {
      let body: Buffer | string = await readFile(resolved);
      if (file === 'index.html') {
        body = body.toString('utf8').replace('<head>', `<head>\n    <script src="${clientPath}"></script>`);
      }
      send(response, 200, contentTypeOf(resolved), body);
    } catch {
      send(response, 404, 'text/plain', 'Not found');
    }
  }

  async function call(request: IncomingMessage, response: ServerResponse, encodedMethod: string) {
    // Another site open in the same browser must not reach the data: same origin and our token only.
    const given = Buffer.from(String(request.headers['x-proceedings-token'] ?? ''));
    const expected = Buffer.from(token);
    const isTokenValid = given.length === expected.length && timingSafeEqual(given, expected);
    if (request.method !== 'POST' || request.headers.origin !== origin || !isTokenValid) {
      request.resume();
      return send(response, 403, 'text/plain', 'Forbidden');
    }
    let method: string;
    try {
      method = decodeURIComponent(encodedMethod);
    } catch {
      request.resume();
      return sendJson(response, { ok: false, error: { code: 'unknown-method', message: 'There is no method by that name.' } }, 400);
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
  host = `127.0.0.1:${address.port}`;
  origin = `http://${host}`;
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

function sendJson(response: ServerResponse, value: unknown, status = 200) {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The browser-side twin of the preload: same method names, same envelope unwrapping. */
function clientScript(token: string): string {
  return `'use strict';
(() => {
  let token = ${JSON.stringify(token)};
  const send = (method, input) =>
    fetch(${JSON.stringify(callPrefix)} + method, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-proceedings-token': token },
      body: JSON.stringify(input === undefined ? {} : input),
    });
  // A host started again since this page loaded has a new token: read it (as only this page
  // can) and try once more, so text still waiting on the page is saved without a reload.
  const renewToken = async () => {
    const reply = await fetch(${JSON.stringify(tokenPath)}, { cache: 'no-store' });
    if (!reply.ok) return false;
    const renewed = (await reply.json()).token;
    if (typeof renewed !== 'string' || renewed === token) return false;
    token = renewed;
    return true;
  };
  const call = async (method, input) => {
    let response;
    try {
      response = await send(method, input);
      if (response.status === 403 && (await renewToken())) response = await send(method, input);
    } catch {
      throw Object.assign(new Error('Proceedings is not responding.'), { code: 'transport' });
    }
    const isEnvelope = (response.headers.get('content-type') || '').startsWith('application/json');
    if (!isEnvelope) throw Object.assign(new Error('Proceedings refused the request (' + response.status + ').'), { code: 'transport' });
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
