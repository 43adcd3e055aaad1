import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { HandlerTable } from '../../shared/api.ts';
import type { FilePurpose } from '../../shared/files.ts';
import { createDispatch, type Dispatch } from '../../electron/dispatch.ts';
import { createContext } from '../../electron/handlers/context.ts';
import { createHandlerTable } from '../../electron/handlers/index.ts';
import { openDatabase, type Db } from '../../electron/store/database.ts';

export type TestApp = {
  file: string;
  db: Db;
  handlers: HandlerTable;
  dispatch: Dispatch;
  /** What a file dialog would hand over after the secretary chose `path`. */
  grant: (path: string, purpose: FilePurpose) => string;
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'proceedings-test-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** A real data file in a temp folder with the real handler table over it. */
export function openTestApp(file = join(tempFolder(), 'proceedings.sqlite'), clock?: () => Date): TestApp {
  const db = openDatabase(file);
  cleanups.push(() => db.open && db.close());
  const context = createContext(db, clock ? { clock } : {});
  const handlers = createHandlerTable(context);
  return { file, db, handlers, dispatch: createDispatch(handlers), grant: (path, purpose) => context.grants.issue(path, purpose) };
}

/** A committee with a small roster and one meeting built from the default agenda. */
export function seedMeeting(app: TestApp) {
  const { handlers } = app;
  const committee = handlers.createCommittee({
    name: 'Safer Bromley Partnership Strategic Group',
    defaultVenue: 'Bromley Civic Centre',
    defaultStartTime: '10:00',
  });
  const roster = [
    { name: 'Councillor Kate Lymer', role: 'Portfolio Holder for Public Protection and Enforcement', chairRole: 'chairman' as const },
    { name: 'Joanne Stowell', role: 'LBB Assistant Director: Public Protection', chairRole: 'vice-chairman' as const },
    { name: 'Rachel Pankhurst', role: 'LBB Early Intervention and Family Support', chairRole: null },
    { name: 'Inspector Stuart Baker', role: '', organisation: 'Met Police', chairRole: null },
  ].map((member) =>
    handlers.addMember({ committeeId: committee.id, organisation: '', initials: '', ...member }),
  );
  const meeting = handlers.createMeeting({
    committeeId: committee.id,
    date: '2021-03-25',
    startTime: '10:00',
    venue: '',
    isVirtual: true,
    title: '',
  });
  return { committee, roster, meeting };
}
