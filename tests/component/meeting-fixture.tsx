import { render } from '@testing-library/react';
import { App } from '../../renderer/src/app/App.tsx';
import { startBackend } from './backend.ts';

/** A committee of four, a meeting from the default agenda, and the app open on its live form. */
/** `prepare` records what the meeting holds before the screen first loads it. */
export function openLiveMeeting(prepare?: (handlers: ReturnType<typeof startBackend>['handlers'], meetingId: string) => void) {
  const backend = startBackend();
  const { handlers } = backend;
  const committee = handlers.createCommittee({ name: 'Governing Board', defaultVenue: 'School library', defaultStartTime: '18:00' });
  const members = [
    ['Councillor Kate Lymer', 'chairman'],
    ['Joanne Stowell', 'vice-chairman'],
    ['Rachel Pankhurst', null],
    ['Stuart Baker', null],
  ].map(([name, chairRole]) =>
    handlers.addMember({ committeeId: committee.id, name: name!, role: '', organisation: '', initials: '', chairRole: chairRole as 'chairman' | null }),
  );
  const meeting = handlers.createMeeting({ committeeId: committee.id, date: '2026-11-26', startTime: '18:00', venue: 'School library', isVirtual: false, title: '' });
  prepare?.(handlers, meeting.id);
  window.location.hash = `#/meetings/${meeting.id}`;
  const view = render(<App />);
  const saved = () => handlers.getMeeting({ meetingId: meeting.id });
  return { ...view, backend, handlers, committee, members, meeting, saved };
}
