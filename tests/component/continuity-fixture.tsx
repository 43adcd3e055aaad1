import { render } from '@testing-library/react';
import { App } from '../../renderer/src/app/App.tsx';
import type { RichText } from '../../shared/rich-text.ts';
import { startBackend } from './backend.ts';

export const notesOf = (text: string): RichText => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/**
 * A committee with two meetings a month apart: the first raised three actions (two people's and a
 * group's) and the second was created as its next meeting, so the open ones wait in its Matters
 * arising. Nothing is rendered until `open(hash)`.
 */
export function seedTwoMeetings() {
  const backend = startBackend();
  const { handlers } = backend;
  const committee = handlers.createCommittee({ name: 'Safer Bromley Partnership', defaultVenue: 'Bromley Civic Centre', defaultStartTime: '10:00' });
  const [joanne, stuart] = [
    ['Joanne Stowell', 'vice-chairman'],
    ['Stuart Baker', null],
  ].map(([name, chairRole]) =>
    handlers.addMember({ committeeId: committee.id, name: name!, role: '', organisation: '', initials: '', chairRole: chairRole as 'vice-chairman' | null }),
  );
  const first = handlers.createMeeting({ committeeId: committee.id, date: '2026-09-10', startTime: '10:00', venue: 'Bromley Civic Centre', isVirtual: false, title: '' });
  const firstAgenda = handlers.getMeeting({ meetingId: first.id }).agenda;
  const aob = firstAgenda.find((item) => item.kind === 'any-other-business')!;
  const circulate = handlers.addAction({ itemId: aob.id, resolutionId: null, description: 'Circulate the crime figures', owner: { memberId: joanne!.id }, dueDate: '2026-09-30' });
  const book = handlers.addAction({ itemId: aob.id, resolutionId: null, description: 'Book the room for the workshop', owner: { group: 'Partners' }, dueDate: null });
  const report = handlers.addAction({ itemId: aob.id, resolutionId: null, description: 'Report back on the burglary campaign', owner: { memberId: stuart!.id }, dueDate: null });
  const second = handlers.createNextMeeting({ meetingId: first.id, date: '2026-10-15' });
  const secondAgenda = handlers.getMeeting({ meetingId: second.id }).agenda;

  const open = (hash: string) => {
    window.location.hash = hash;
    return render(<App />);
  };
  return { backend, handlers, committee, members: { joanne: joanne!, stuart: stuart! }, first, firstAgenda, aob, second, secondAgenda, actions: { circulate, book, report }, open };
}
