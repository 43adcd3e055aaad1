// Under test: renderer/src/attendance — the tick-list, driven from the keyboard only.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openLiveMeeting } from './meeting-fixture.tsx';

describe('attendance tick-list', () => {
  it('marks people with one key each, moving on to the next, and keeps the counts in view', async () => {
    const user = userEvent.setup();
    const { saved, members } = openLiveMeeting();
    const kate = await screen.findByRole('radiogroup', { name: 'Councillor Kate Lymer' });
    within(kate).getByRole('radio', { name: 'Present' }).focus();

    await user.keyboard('p');
    expect(within(kate).getByRole('radio', { name: 'Present' })).toHaveAttribute('aria-checked', 'true');
    // The mark moves the focus on: a roster is ticked off with one key a person.
    const joanne = screen.getByRole('radiogroup', { name: 'Joanne Stowell' });
    expect(joanne).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('a');
    await user.keyboard('x');
    expect(screen.getByRole('radiogroup', { name: 'Stuart Baker' })).toContainElement(document.activeElement as HTMLElement);

    const counts = screen.getByLabelText('Attendance counts');
    expect(counts).toHaveTextContent('Present 1');
    expect(counts).toHaveTextContent('Apologies 1');
    expect(counts).toHaveTextContent('Absent 1');
    expect(counts).toHaveTextContent('Not marked 1');

    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));
    await waitFor(() =>
      expect(saved().attendance.map((entry) => [entry.memberId, entry.status])).toEqual([
        [members[0]!.id, 'present'],
        [members[1]!.id, 'apologies'],
        [members[2]!.id, 'absent'],
        [members[3]!.id, 'unmarked'],
      ]),
    );
  });

  it('moves between choices with the arrow keys and clears a mark with U', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    const rachel = await screen.findByRole('radiogroup', { name: 'Rachel Pankhurst' });
    within(rachel).getByRole('radio', { name: 'Present' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(rachel).getByRole('radio', { name: 'Present' })).toHaveAttribute('aria-checked', 'true');
    await user.keyboard('{ArrowRight}');
    expect(within(rachel).getByRole('radio', { name: 'Apologies' })).toHaveAttribute('aria-checked', 'true');
    expect(within(rachel).getByRole('radio', { name: 'Apologies' })).toHaveFocus();
    await user.keyboard('u');
    expect(within(rachel).getAllByRole('radio').filter((radio) => radio.getAttribute('aria-checked') === 'true')).toHaveLength(0);
    await waitFor(() => expect(saved().attendance[2]!.status).toBe('unmarked'));
  });

  it('lists a member known only by post by the post, in the tick-list and among those a substitute can stand in for', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting((handlers, meetingId) => {
      const { committeeId } = handlers.getMeeting({ meetingId }).meeting;
      handlers.addMember({ committeeId, name: '', role: 'Assistant Director for Housing', organisation: 'LB Bromley', initials: '', chairRole: null });
    });
    const director = await screen.findByRole('radiogroup', { name: 'Assistant Director for Housing (LB Bromley)' });
    within(director).getByRole('radio', { name: 'Present' }).focus();
    await user.keyboard('a');
    await waitFor(() => expect(saved().attendance.find((entry) => entry.role === 'Assistant Director for Housing')).toMatchObject({ name: '', status: 'apologies' }));
    await user.click(screen.getByText('Add a substitute or guest'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Attending as' }), 'Substitute for a member');
    expect(within(screen.getByRole('combobox', { name: 'Substituting for' })).getByRole('option', { name: 'Assistant Director for Housing (LB Bromley)' })).toBeInTheDocument();
  });
});
