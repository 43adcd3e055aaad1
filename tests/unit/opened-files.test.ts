// Under test: electron/opened-files.ts and Backend.openFile → takeOpenedFile — how a double-clicked
// review or response file reaches the screen (main.ts passes argv, second-instance argv and macOS
// open-file here; the preview host passes --open). Threat: any other file, or a path the renderer
// chose, getting a grant.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend.ts';
import { filesFromArgv, openedFilePurpose } from '../../electron/opened-files.ts';
import { tempFolder } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('files handed to the app by the system', () => {
  it('takes only existing review and response files from a command line', () => {
    const folder = tempFolder();
    const review = join(folder, 'Board 2021-03-25 v2.proceedings-review');
    const response = join(folder, 'Board 2021-03-25 v2.PROCEEDINGS-RESPONSE');
    const other = join(folder, 'notes.docx');
    for (const path of [review, response, other]) writeFileSync(path, '{}');
    expect(filesFromArgv(['--inspect', review, other, response, join(folder, 'gone.proceedings-review')])).toEqual([review, response]);
    expect(openedFilePurpose(response)).toBe('response-open');
    expect(openedFilePurpose(other)).toBeNull();
  });

  it('queues them for takeOpenedFile, one grant each, oldest first', () => {
    const folder = tempFolder();
    const backend = openBackend(join(folder, 'proceedings.sqlite'));
    try {
      const review = join(folder, 'a.proceedings-review');
      writeFileSync(review, '{}');
      expect(backend.openFile(join(folder, 'minutes.docx'))).toBe(false);
      expect(backend.openFile(review)).toBe(true);
      const taken = backend.dispatch('takeOpenedFile', {});
      expect(taken).toMatchObject({ ok: true, value: { purpose: 'review-open', fileName: 'a.proceedings-review', grantId: expect.any(String) } });
      expect(backend.dispatch('takeOpenedFile', {})).toEqual({ ok: true, value: null });
    } finally {
      backend.close();
    }
  });

  it('electron-builder registers both file types', () => {
    const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/fileAssociations:\n\s+- ext: proceedings-review\n[\s\S]*- ext: proceedings-response\n/);
  });
});
