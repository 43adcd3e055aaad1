// Under test: review mode (renderer/src/review/ReviewModeScreen.tsx, ReviewDesk.tsx) with the real
// handlers on a real data file — the chairman beside the secretary comments from the keyboard and
// approves; the approval is recorded with the chairman's name and the minutes become read-only.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openLiveMeeting } from './meeting-fixture.tsx';

describe('review mode, the chairman beside the secretary', () => {
  it('comments by keyboard, approves with the chairman’s name, and leaves the minutes read-only', async () => {
    const user = userEvent.setup();
    const { handlers, meeting } = openLiveMeeting();
    await user.click(await screen.findByRole('link', { name: 'Review with the chairman here' }));
    const name = await screen.findByRole('textbox', { name: 'The chairman’s name' });
    expect(name).toHaveValue('Councillor Kate Lymer');
    await user.click(screen.getByRole('button', { name: 'Start the review' }));

    await screen.findByRole('region', { name: 'Minutes for review' });
    expect(handlers.getMeeting({ meetingId: meeting.id }).minutes.state).toBe('with-chairman');
    await user.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    await user.keyboard('A good start.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const panel = screen.getByRole('complementary', { name: 'Comments and suggestions' });
    expect(within(panel).getByRole('article', { name: 'Note 1' })).toHaveTextContent('A good start.');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));

    await user.click(screen.getByRole('button', { name: 'Approve…' }));
    const dialog = screen.getByRole('dialog', { name: 'Approve the minutes' });
    expect(within(dialog).getByRole('textbox', { name: 'Your name' })).toHaveValue('Councillor Kate Lymer');
    await user.click(within(dialog).getByRole('button', { name: 'Approve the minutes' }));

    await screen.findByRole('region', { name: 'About the response' });
    const { minutes } = handlers.getMeeting({ meetingId: meeting.id });
    expect(minutes).toMatchObject({ state: 'approved', isReadOnly: true, approval: { by: 'Councillor Kate Lymer' } });
    expect(handlers.listReviewComments({ meetingId: meeting.id }).map((comment) => comment.text)).toEqual(['A good start.']);

    await user.click(screen.getByRole('link', { name: 'Back to the live form' }));
    const bar = await screen.findByRole('region', { name: 'State of the minutes' });
    expect(bar).toHaveTextContent('Approved by Councillor Kate Lymer');
    expect(bar).toHaveTextContent('Approved minutes cannot be changed');
    expect(screen.getByRole('button', { name: 'Add item' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveAttribute('contenteditable', 'false');
    expect(screen.getByRole('group', { name: 'The minutes (read-only)' })).toHaveAccessibleDescription(/Approved minutes cannot be changed/);
  });
});

describe('marking the minutes approved from the live form', () => {
  it('records the approval given in person, switches the editing off in place, and sends no refused save', async () => {
    const user = userEvent.setup();
    const { handlers, meeting } = openLiveMeeting();
    await user.click(await screen.findByRole('button', { name: 'Mark approved…' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark the minutes approved' });
    expect(within(dialog).getByRole('textbox', { name: 'Approved by' })).toHaveValue('Councillor Kate Lymer');
    await user.click(within(dialog).getByRole('button', { name: 'Mark approved' }));

    const bar = await screen.findByRole('region', { name: 'State of the minutes' });
    await waitFor(() => expect(bar).toHaveTextContent('Approved by Councillor Kate Lymer'));
    expect(handlers.getMeeting({ meetingId: meeting.id }).minutes.state).toBe('approved');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveAttribute('contenteditable', 'false'));
    // Switching the editor off is not an edit: nothing goes out to be refused by the lock.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved');
    expect(within(bar).getByRole('button', { name: 'Start a new draft…' })).toBeEnabled();
  });
});
