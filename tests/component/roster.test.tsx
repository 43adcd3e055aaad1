// Under test: renderer/src/committees/RosterEditor.tsx — adding members from the keyboard (Enter on
// the Chair list adds the member, as Enter in a text field does) and initials that clash flagged.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App.tsx';
import { initialsOf } from '../../shared/wording.ts';
import { startBackend } from './backend.ts';

function openRoster() {
  const backend = startBackend();
  const committee = backend.handlers.createCommittee({ name: 'Safer Bromley Partnership Strategic Group', defaultVenue: '', defaultStartTime: '10:00' });
  window.location.hash = `#/committees/${committee.id}/roster`;
  render(<App />);
  return { saved: () => backend.handlers.getCommittee({ committeeId: committee.id }).members };
}

describe('roster', () => {
  it('adds a member with Enter on the Chair list', async () => {
    const user = userEvent.setup();
    const { saved } = openRoster();
    const form = await screen.findByRole('form', { name: 'Add a member' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Councillor Kate Lymer');
    const chair = within(form).getByRole('combobox', { name: 'Chair' });
    await user.selectOptions(chair, 'Chairman');
    chair.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(saved().map((member) => [member.name, member.chairRole])).toEqual([['Councillor Kate Lymer', 'chairman']]));
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('flags members whose initials clash, skipping ranks the same way for everyone', async () => {
    expect(initialsOf('Chief Superintendent Andy Brittain')).toBe('AB');
    expect(initialsOf('Superintendent Luke Baldock')).toBe('LB');
    const user = userEvent.setup();
    openRoster();
    const form = await screen.findByRole('form', { name: 'Add a member' });
    for (const name of ['Superintendent Luke Baldock', 'Lucy Barnes', 'Joanne Stowell']) {
      await user.type(within(form).getByRole('textbox', { name: 'Name' }), `${name}{Enter}`);
      await screen.findByDisplayValue(name);
    }
    const luke = screen.getByRole('textbox', { name: 'Initials of Superintendent Luke Baldock' });
    expect(luke).toHaveAttribute('placeholder', 'LB');
    expect(luke).toHaveAccessibleDescription('Same initials as Lucy Barnes: give one their own');
    expect(screen.getByRole('textbox', { name: 'Initials of Joanne Stowell' })).not.toHaveAttribute('aria-invalid');
    await user.type(screen.getByRole('textbox', { name: 'Initials of Lucy Barnes' }), 'LBa');
    await waitFor(() => expect(luke).not.toHaveAttribute('aria-invalid'));
  });
});
