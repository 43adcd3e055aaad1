// Under test: renderer/src/review/VersionsScreen.tsx — bringing an older version of the minutes back
// from the keyboard: asked first, the draft as it stood kept as a version, and what happened said;
// approved minutes offer no restore until a new draft is started.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App.tsx';
import { startBackend } from './backend.ts';

function meetingWithVersions() {
  const backend = startBackend();
  const { handlers } = backend;
  const committee = handlers.createCommittee({ name: 'Safer Bromley Partnership Strategic Group', defaultVenue: '', defaultStartTime: '10:00' });
  handlers.addMember({ committeeId: committee.id, name: 'Councillor Kate Lymer', role: '', organisation: '', initials: '', chairRole: 'chairman' });
  const meeting = handlers.createMeeting({ committeeId: committee.id, date: '2021-03-25', startTime: '10:00', venue: '', isVirtual: true, title: '' });
  const item = handlers.getMeeting({ meetingId: meeting.id }).agenda.at(-2)!;
  // Version 1: with the chairman beside the secretary; version 2: a draft again.
  handlers.startReviewHere({ meetingId: meeting.id, reviewer: 'Councillor Kate Lymer', by: '' });
  handlers.startNewDraft({ meetingId: meeting.id, reason: 'A late correction', by: '' });
  return { handlers, meetingId: meeting.id, item };
}

const openVersions = (meetingId: string) => {
  window.location.hash = `#/meetings/${meetingId}/versions`;
  render(<App />);
};

describe('restoring a version of the minutes', () => {
  it('asks first, keeps the draft as it stood, brings the older version back and says so', async () => {
    const user = userEvent.setup();
    const { handlers, meetingId, item } = meetingWithVersions();
    handlers.updateAgendaItem({ itemId: item.id, title: 'A title typed since' });
    openVersions(meetingId);

    const restore = await screen.findByRole('button', { name: 'Restore version 1' });
    restore.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Restore version 1?' });
    expect(dialog).toHaveTextContent('Anything typed since the last version is kept as a version first');
    const reason = within(dialog).getByRole('textbox', { name: 'Why?' });
    expect(reason).toHaveFocus();
    expect(reason).toHaveValue('Back to version 1');
    // Cancel changes nothing (Escape does the same in the browser, where the dialog is the system's own).
    within(dialog).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(handlers.getMeeting({ meetingId }).agenda.find((each) => each.id === item.id)!.title).toBe('A title typed since');

    await user.click(screen.getByRole('button', { name: 'Restore version 1' }));
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Version 1 is the draft again, saved as version 4. The draft as it stood is kept as version 3.')).toHaveAttribute('role', 'status');
    expect(handlers.getMeeting({ meetingId }).agenda.find((each) => each.id === item.id)!.title).toBe(item.title);
    const versions = screen.getByRole('table', { name: 'Versions' });
    await waitFor(() => expect(within(versions).getAllByRole('row')).toHaveLength(5));
    expect(within(versions).getByRole('rowheader', { name: '4' })).toBeInTheDocument();
    expect(handlers.getMinutesVersion({ meetingId, version: 3 }).detail.agenda.find((each) => each.id === item.id)!.title).toBe('A title typed since');
  });

  it('offers no restore on approved minutes, and says how to get one', async () => {
    const { handlers, meetingId } = meetingWithVersions();
    const review = handlers.startReviewHere({ meetingId, reviewer: 'Councillor Kate Lymer', by: '' });
    handlers.saveReviewResponse({ reviewId: review.reviewId, reviewer: 'Councillor Kate Lymer', comments: [], decision: { kind: 'approve', message: '' } });
    handlers.finishReviewHere({ reviewId: review.reviewId });
    openVersions(meetingId);
    await screen.findByRole('table', { name: 'Versions' });
    expect(screen.queryByRole('button', { name: /^Restore version/ })).not.toBeInTheDocument();
    expect(screen.getByText('Approved minutes cannot be changed: to bring an older version back, start a new draft from the live form first.')).toBeInTheDocument();
  });
});
