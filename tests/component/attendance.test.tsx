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
});
