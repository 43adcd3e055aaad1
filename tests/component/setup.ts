import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ProceedingsBridge } from '../../shared/api.ts';
import { createClient } from '../../shared/client.ts';
import { currentBackend } from './backend.ts';

// The renderer talks to the real handler table on a real SQLite file, in process. Values are
// cloned both ways, as IPC does, so the screen cannot share objects with the store.
window.proceedings = {
  ...createClient(async (method, input) => structuredClone(await currentBackend().dispatch(method, structuredClone(input)))),
  on: () => () => {},
} satisfies ProceedingsBridge;

// jsdom has no layout; ProseMirror asks for rectangles when it scrolls the caret into view.
const noRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
Range.prototype.getClientRects = noRects;
Range.prototype.getBoundingClientRect = () => new DOMRect();
Element.prototype.scrollIntoView = () => {};
document.elementFromPoint = () => null;

afterEach(() => {
  cleanup();
  window.location.hash = '';
});
