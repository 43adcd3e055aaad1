// Under test: renderer/src/committees/RosterEditor.tsx — adding members from the keyboard (Enter on
// the Chair list adds the member, as Enter in a text field does) and initials that clash flagged.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App.tsx';
import { initialsOf } from '../../shared/initials.ts';
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

  it('works out initials that clash with no one, and flags typed ones that do, skipping ranks the same way for everyone', async () => {
    expect(initialsOf('Chief Superintendent Andy Brittain')).toBe('AB');
    expect(initialsOf('Superintendent Luke Baldock')).toBe('LB');
    const user = userEvent.setup();
    const { saved } = openRoster();
    const form = await screen.findByRole('form', { name: 'Add a member' });
    for (const name of ['Superintendent Luke Baldock', 'Lucy Barnes', 'Joanne Stowell']) {
      await user.type(within(form).getByRole('textbox', { name: 'Name' }), `${name}{Enter}`);
      await screen.findByDisplayValue(name);
    }
    await waitFor(() => expect(saved().map((member) => member.initials)).toEqual(['LB', 'LBa', 'JS']));
    const luke = screen.getByRole('textbox', { name: 'Initials of Superintendent Luke Baldock' });
    expect(luke).not.toHaveAttribute('aria-invalid');
    const lucy = screen.getByRole('textbox', { name: 'Initials of Lucy Barnes' });
    await user.clear(lucy);
    await user.type(lucy, 'lb');
    await waitFor(() => expect(luke).toHaveAccessibleDescription('Same initials as Lucy Barnes: give one their own'));
    expect(screen.getByRole('textbox', { name: 'Initials of Joanne Stowell' })).not.toHaveAttribute('aria-invalid');
    await user.type(lucy, 'a');
    await waitFor(() => expect(luke).not.toHaveAttribute('aria-invalid'));
  });

  it('adds a member known only by post from the keyboard, and says what is missing when there is neither', async () => {
    const user = userEvent.setup();
    const { saved } = openRoster();
    const form = await screen.findByRole('form', { name: 'Add a member' });
    const name = within(form).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveAccessibleDescription('Leave empty for someone known only by post.');
    name.focus();
    await user.keyboard('{Enter}');
    expect(await within(form).findByText('Give the member a name or a post (Role or title).')).toBeVisible();
    expect(name).toHaveFocus();
    expect(saved()).toEqual([]);

    // Name left empty: Tab to the post and the organisation, Enter adds.
    await user.tab();
    await user.keyboard('Assistant Director for Housing');
    await user.tab();
    await user.keyboard('LB Bromley');
    await user.tab();
    expect(within(form).getByRole('textbox', { name: 'Initials' })).toHaveAttribute('placeholder', 'ADH');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(saved()).toMatchObject([{ name: '', role: 'Assistant Director for Housing', organisation: 'LB Bromley', initials: 'ADH' }]));
    expect(name).toHaveFocus();
    expect(within(form).queryByText('Give the member a name or a post (Role or title).')).toBeNull();
    // The roster names the row by post, and its empty name says why it is empty.
    expect(screen.getByRole('textbox', { name: 'Name, member 1' })).toHaveAttribute('placeholder', 'Known by post');
    expect(screen.getByRole('textbox', { name: 'Initials of Assistant Director for Housing (LB Bromley)' })).toHaveValue('ADH');
    expect(screen.getByRole('button', { name: 'Leave roster: Assistant Director for Housing (LB Bromley)' })).toBeEnabled();
  });
});
