// Under test: electron/handlers/files.ts and electron/folder-files.ts — paths reach the handlers
// only through a file dialog's answer, never from the renderer.
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/dispatch.ts';
import { folderFileAccess } from '../../electron/folder-files.ts';
import { createContext } from '../../electron/handlers/context.ts';
import { createHandlerTable } from '../../electron/handlers/index.ts';
import { openDatabase } from '../../electron/store/database.ts';
import { safeFileName } from '../../shared/files.ts';
import { tempFolder } from './harness.ts';

function appWithFolderDialogs() {
  const folder = tempFolder();
  const db = openDatabase(join(folder, 'proceedings.sqlite'));
  const handlers = createHandlerTable(createContext(db, { files: folderFileAccess(folder) }));
  return { folder, db, handlers, dispatch: createDispatch(handlers) };
}

describe('choosing files', () => {
  it('suggests a safe name, writes the minutes where the dialog said, and reports the file name', async () => {
    const app = appWithFolderDialogs();
    const committee = app.handlers.createCommittee({ name: 'Governors', defaultVenue: '', defaultStartTime: '18:00' });
    const meeting = app.handlers.createMeeting({ committeeId: committee.id, date: '2026-11-26', startTime: '18:00', venue: '', isVirtual: true, title: '' });
    const chosen = await app.handlers.chooseFile({ purpose: 'minutes', suggestedName: 'Governors: minutes 2026/11/26' });
    expect(chosen).toEqual({ grantId: expect.any(String), fileName: 'Governors minutes 2026 11 26.docx' });
    if ('cancelled' in chosen) throw new Error('cancelled');
    const saved = await app.handlers.exportMinutes({ meetingId: meeting.id, mode: 'full', target: chosen.grantId, openAfterwards: false });
    expect(saved.targetPath).toBe(join(app.folder, 'exports', 'Governors minutes 2026 11 26.docx'));
    expect(readFileSync(saved.targetPath).subarray(0, 2).toString()).toBe('PK');
    app.db.close();
  });

  it('cancels an import when there is nothing to choose, and otherwise takes the newest file', async () => {
    const app = appWithFolderDialogs();
    expect(await app.handlers.chooseFile({ purpose: 'meeting-file-open', suggestedName: '' })).toEqual({ cancelled: true });
    mkdirSync(join(app.folder, 'inbox'));
    writeFileSync(join(app.folder, 'inbox', 'older.json'), '{}');
    utimesSync(join(app.folder, 'inbox', 'older.json'), new Date('2020-01-01'), new Date('2020-01-01'));
    writeFileSync(join(app.folder, 'inbox', 'newer.json'), '{}');
    writeFileSync(join(app.folder, 'inbox', 'newest.txt'), 'not a meeting file');
    utimesSync(join(app.folder, 'inbox', 'newer.json'), new Date('2021-01-01'), new Date('2021-01-01'));
    expect(await app.handlers.chooseFile({ purpose: 'meeting-file-open', suggestedName: '' })).toMatchObject({ fileName: 'newer.json' });
    expect(await app.handlers.chooseFile({ purpose: 'paper', suggestedName: '' })).toMatchObject({ fileName: 'newest.txt' });
    app.db.close();
  });

  it('refuses an unknown purpose', async () => {
    const app = appWithFolderDialogs();
    expect(await app.dispatch('chooseFile', { purpose: 'anywhere', suggestedName: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    app.db.close();
  });
});

describe('safe file names', () => {
  it('keeps names a secretary would recognise and drops what file systems refuse', () => {
    expect(safeFileName('Safer Bromley minutes 2021-03-25', 'docx')).toBe('Safer Bromley minutes 2021-03-25.docx');
    expect(safeFileName('../../etc/passwd', 'docx')).toBe('etc passwd.docx');
    expect(safeFileName('a\u0000b<c>d:"e|f?g*', 'json')).toBe('a b c d e f g.json');
    expect(safeFileName('', 'docx')).toBe('Untitled.docx');
    expect(safeFileName('minutes.DOCX', 'docx')).toBe('minutes.DOCX');
  });
});
