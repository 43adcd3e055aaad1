import { join } from 'node:path';
import { dataFileName, openBackend } from '../../../electron/backend.ts';
import { createContext } from '../../../electron/handlers/context.ts';
import { createHandlerTable } from '../../../electron/handlers/index.ts';
import type { HandlerTable } from '../../../shared/api.ts';

// Data a spec starts from, written straight through the handlers into the data folder before its
// host starts, so the browser steps are only the ones the spec is about.

export type SeededMeeting = { committeeId: string; meetingId: string };

/**
 * The Safer Bromley Partnership Strategic Group with a small roster (a Chairman, a Vice-Chairman,
 * a police inspector) and its virtual meeting of 25 March 2021; `more` adds to it with the same handlers.
 */
export function seedMarchMeeting<T = void>(dataDir: string, more?: (handlers: HandlerTable, seeded: SeededMeeting) => T): SeededMeeting & { more: T } {
  const backend = openBackend(join(dataDir, dataFileName));
  try {
    const handlers = createHandlerTable(createContext(backend.db));
    const committee = handlers.createCommittee({ name: 'Safer Bromley Partnership Strategic Group', defaultVenue: '', defaultStartTime: '10:00' });
    for (const [name, chairRole] of [
      ['Councillor Kate Lymer', 'chairman'],
      ['Joanne Stowell', 'vice-chairman'],
      ['Inspector Stuart Baker', null],
    ] as const) {
      handlers.addMember({ committeeId: committee.id, name, role: '', organisation: '', initials: '', chairRole });
    }
    const meeting = handlers.createMeeting({ committeeId: committee.id, date: '2021-03-25', startTime: '10:00', venue: '', isVirtual: true, title: '' });
    const seeded = { committeeId: committee.id, meetingId: meeting.id };
    return { ...seeded, more: more ? more(handlers, seeded) : (undefined as T) };
  } finally {
    backend.close();
  }
}
