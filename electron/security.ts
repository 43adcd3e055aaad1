import { pathToFileURL } from 'node:url';

// Pure rules behind the window's lock-down (rule 6), kept apart from Electron so they are tested.

/** Only our own bundled renderer, loaded from disk, is trusted. */
export function isTrustedRendererUrl(url: string, rendererIndexFile: string): boolean {
  try {
    const expected = pathToFileURL(rendererIndexFile);
    const actual = new URL(url);
    return actual.protocol === 'file:' && actual.pathname === expected.pathname;
  } catch {
    return false;
  }
}

/** The app never talks to a network: anything but local files and dev tools is refused. */
export function isRequestAllowed(url: string): boolean {
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return scheme === 'file:' || scheme === 'devtools:' || scheme === 'data:' || scheme === 'blob:';
}

export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";
