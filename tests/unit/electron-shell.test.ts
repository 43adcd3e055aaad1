// Under test: the Electron shell as written — electron/main.ts (window, session, protocol, IPC
// binding), electron/security.ts, renderer/index.html's CSP and electron-builder.yml's fuses — read
// as code, since the Electron binary cannot run here. Threat (issue 9, failure 9): a setting of the
// lock-down quietly dropped or loosened (sandbox off, a loadFile back, a fuse left at its default).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isRequestAllowed, isTrustedRendererUrl, rendererFileFor, rendererUrl } from '../../electron/security.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const mainSource = read('electron/main.ts');
const main = ts.createSourceFile('main.ts', mainSource, ts.ScriptTarget.Latest, true);

/** Every call in main.ts whose callee reads like `name` (e.g. "protocol.handle"), as source text. */
function callsTo(name: string): ts.CallExpression[] {
  const found: ts.CallExpression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.getText().replace(/\s+/g, '').endsWith(name)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(main);
  return found;
}

/** The object literal of `new BrowserWindow({...})`'s webPreferences, as name → source text. */
function webPreferences(): Record<string, string> {
  let preferences: Record<string, string> | null = null;
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow') {
      const options = node.arguments?.[0];
      if (options && ts.isObjectLiteralExpression(options)) {
        const property = options.properties.find((candidate) => candidate.name?.getText() === 'webPreferences');
        if (property && ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(property.initializer)) {
          preferences = Object.fromEntries(
            property.initializer.properties.filter(ts.isPropertyAssignment).map((entry) => [entry.name.getText(), entry.initializer.getText()]),
          );
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(main);
  return preferences ?? {};
}

describe('the window', () => {
  it('is isolated and sandboxed, without Node, webviews or insecure content', () => {
    const preferences = webPreferences();
    expect(preferences).toMatchObject({ contextIsolation: 'true', sandbox: 'true', nodeIntegration: 'false', webSecurity: 'true' });
    for (const loosened of ['webviewTag', 'allowRunningInsecureContent', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'experimentalFeatures']) {
      expect(preferences[loosened], loosened).toBeUndefined();
    }
    expect(mainSource.split('new BrowserWindow(').length - 1).toBe(1);
  });

  it('loads the renderer from app://proceedings, never from file://', () => {
    expect(callsTo('.loadFile')).toEqual([]);
    expect(callsTo('.loadURL').map((call) => call.arguments[0]?.getText())).toEqual(['rendererUrl']);
    expect(rendererUrl).toBe('app://proceedings/index.html');
    const registered = callsTo('protocol.registerSchemesAsPrivileged').map((call) => call.arguments[0]!.getText().replace(/\s+/g, ' '));
    expect(registered).toEqual(['[{ scheme: rendererScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]']);
    expect(callsTo('protocol.handle').map((call) => call.arguments[0]!.getText())).toEqual(['rendererScheme']);
  });

  it('denies navigation, new windows, webviews and every permission, and blocks network requests', () => {
    const body = (name: string) => callsTo(name).map((call) => call.getText().replace(/\s+/g, ' '));
    expect(body('contents.on').join('\n')).toContain("contents.on('will-navigate', (event) => event.preventDefault())");
    expect(body('contents.on').join('\n')).toContain("contents.on('will-attach-webview', (event) => event.preventDefault())");
    expect(body('contents.setWindowOpenHandler')).toEqual(["contents.setWindowOpenHandler(() => ({ action: 'deny' }))"]);
    expect(body('session.defaultSession.setPermissionRequestHandler')).toEqual([
      'session.defaultSession.setPermissionRequestHandler((_contents, _permission, decide) => decide(false))',
    ]);
    expect(body('session.defaultSession.setPermissionCheckHandler')).toEqual(['session.defaultSession.setPermissionCheckHandler(() => false)']);
    expect(body('session.defaultSession.webRequest.onBeforeRequest').join('')).toContain('respond({ cancel: !isRequestAllowed(details.url) })');
  });

  it('accepts IPC only from a frame on exactly the renderer’s origin', () => {
    expect(callsTo('bindIpc').map((call) => call.getText())).toEqual(['bindIpc(backend.dispatch, isTrustedRendererUrl)']);
    expect(isTrustedRendererUrl('app://proceedings/index.html')).toBe(true);
    expect(isTrustedRendererUrl('app://proceedings/index.html#/meetings/1')).toBe(true);
    for (const stranger of [
      'app://evil/index.html',
      'app://proceedings.evil/index.html',
      'app://user@proceedings/index.html',
      'app://proceedings:8080/index.html',
      'file:///opt/Proceedings/resources/app.asar/dist/renderer/index.html',
      'http://127.0.0.1:5173/index.html',
      'https://proceedings/index.html',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
    ]) {
      expect({ stranger, trusted: isTrustedRendererUrl(stranger) }).toEqual({ stranger, trusted: false });
    }
  });
});

describe('requests', () => {
  it('lets only the renderer’s own scheme, dev tools and inline data through', () => {
    for (const url of ['app://proceedings/assets/index.js', 'devtools://devtools/x', 'data:image/png;base64,AA', 'blob:app://proceedings/1']) {
      expect({ url, allowed: isRequestAllowed(url) }).toEqual({ url, allowed: true });
    }
    for (const url of ['http://example.com/', 'https://fonts.googleapis.com/css', 'ws://127.0.0.1:9229/', 'wss://x/', 'ftp://x/', 'file:///etc/passwd', 'HTTPS://EXAMPLE.COM/', 'chrome-extension://x/']) {
      expect({ url, allowed: isRequestAllowed(url) }).toEqual({ url, allowed: false });
    }
  });

  it('serves files of the built renderer only, never a path that climbs out of it', () => {
    const dir = '/opt/app/dist/renderer';
    expect(rendererFileFor('app://proceedings/index.html', dir)).toBe(`${dir}/index.html`);
    expect(rendererFileFor('app://proceedings/', dir)).toBe(`${dir}/index.html`);
    expect(rendererFileFor('app://proceedings/assets/index-abc.js', dir)).toBe(`${dir}/assets/index-abc.js`);
    // Dot segments are resolved by the URL parser itself, so they stay inside; encoded slashes are caught here.
    expect(rendererFileFor('app://proceedings/../../etc/passwd', dir)).toBe(`${dir}/etc/passwd`);
    for (const url of ['app://proceedings/%2F..%2F..%2F..%2Fetc%2Fpasswd', 'app://proceedings/..%2F..%2Fetc%2Fpasswd', 'app://proceedings/assets/%00.js', 'app://other/index.html', 'app://proceedings/%E0%A4%A']) {
      expect({ url, file: rendererFileFor(url, dir) }).toEqual({ url, file: null });
    }
  });

  it('keeps a CSP without unsafe-eval or unsafe-inline for scripts, in the header and in index.html', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('renderer/index.html'))?.[1];
    for (const policy of [contentSecurityPolicy, meta!]) {
      const scripts = policy.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('script-src'));
      expect(scripts).toBe("script-src 'self'");
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
      expect(policy).toContain("object-src 'none'");
    }
    expect(meta).toBe(contentSecurityPolicy);
  });
});

describe('the packaged binary', () => {
  it('has the fuses set in electron-builder.yml', () => {
    const config = read('electron-builder.yml');
    const block = /^electronFuses:\n((?: {2}\S.*\n)+)/m.exec(config)?.[1] ?? '';
    const fuses = Object.fromEntries(block.trim().split('\n').map((line) => line.trim().split(/:\s*/) as [string, string]));
    expect(fuses).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });
});
