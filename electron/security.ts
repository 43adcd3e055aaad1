import { extname, join, normalize, sep } from 'node:path';

// Pure rules behind the window's lock-down (rule 6), kept apart from Electron so they are tested.

/**
 * The renderer is served from its own scheme, registered as standard and secure, rather than
 * file://: a page on file:// may read any other file:// URL, and every local file shares its origin.
 */
export const rendererScheme = 'app';
export const rendererHost = 'proceedings';
export const rendererUrl = `${rendererScheme}://${rendererHost}/index.html`;

/** Only our own renderer, on exactly its own origin, is trusted (the IPC sender check). */
export function isTrustedRendererUrl(url: string): boolean {
  try {
    const actual = new URL(url);
    // URL.origin is "null" for schemes the URL standard does not know: compare scheme and host.
    return actual.protocol === `${rendererScheme}:` && actual.host === rendererHost && actual.username === '' && actual.port === '';
  } catch {
    return false;
  }
}

/** The app never talks to a network: anything but its own scheme, dev tools and inline data is refused. */
export function isRequestAllowed(url: string): boolean {
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return scheme === `${rendererScheme}:` || scheme === 'devtools:' || scheme === 'data:' || scheme === 'blob:';
}

/** The file of the built renderer an app:// request asks for, or null (another host, or a path that climbs out). */
export function rendererFileFor(url: string, rendererDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isTrustedRendererUrl(url)) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path));
  return file.startsWith(rendererDir + sep) ? file : null;
}

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

export const contentTypeOf = (file: string) => contentTypes[extname(file)] ?? 'application/octet-stream';

export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";
