// Under test: renderer/src/agenda — adding, indenting, reordering and deleting items from the keyboard.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { numberAgenda } from '../../shared/numbering.ts';
import { openLiveMeeting } from './meeting-fixture.tsx';

const optionNames = () => within(screen.getByRole('listbox', { name: 'Agenda items' })).getAllByRole('option').map((option) => option.getAttribute('aria-label'));
const savedNumbers = (saved: ReturnType<typeof openLiveMeeting>['saved']) =>
  numberAgenda(saved().agenda).map((item) => `${item.number} ${item.title}`);

describe('agenda', () => {
  it('adds an item after the current one with Ctrl+Enter and names it', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    const title = screen.getByRole('textbox', { name: 'Item title' });
    expect(title).toHaveFocus();
    await user.type(title, 'Crime performance dashboard');
    expect(optionNames().slice(4, 7)).toEqual(['5 Matters arising', '6 Crime performance dashboard', '7 Any other business']);
    await waitFor(() => expect(savedNumbers(saved)[5]).toBe('6 Crime performance dashboard'), { timeout: 3000 });
  });

  it('indents items into 5a and 5b with Alt+Shift+→ and back out with Alt+Shift+←', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '6 Any other business' }));
    await user.keyboard('{Alt>}{Shift>}{ArrowRight}{/Shift}{/Alt}');
    await user.keyboard('{ArrowDown}{Alt>}{Shift>}{ArrowRight}{/Shift}{/Alt}');
    expect(optionNames().slice(4)).toEqual(['5 Matters arising', '5a Any other business', '5b Date of next meeting']);
    await waitFor(() => expect(savedNumbers(saved).slice(4)).toEqual(['5 Matters arising', '5a Any other business', '5b Date of next meeting']));
    await user.keyboard('{Alt>}{Shift>}{ArrowLeft}{/Shift}{/Alt}');
    expect(optionNames().slice(4)).toEqual(['5 Matters arising', '5a Any other business', '6 Date of next meeting']);
    await waitFor(() => expect(savedNumbers(saved)[6]).toBe('6 Date of next meeting'));
  });

  it('moves an item up with Alt+Shift+↑ and with the toolbar', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '3 Declarations of interest' }));
    await user.keyboard('{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}');
    expect(optionNames().slice(0, 3)).toEqual(['1 Welcome and introductions', '2 Declarations of interest', '3 Apologies for absence']);
    expect(screen.getByRole('option', { name: '2 Declarations of interest' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move item up' }));
    expect(optionNames()[0]).toBe('1 Declarations of interest');
    await waitFor(() => expect(savedNumbers(saved).slice(0, 3)).toEqual(['1 Declarations of interest', '2 Welcome and introductions', '3 Apologies for absence']));
  });

  it('deletes an item with Delete and brings it back with Undo', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    (await screen.findByRole('option', { name: '4 Minutes of the previous meeting' })).focus();
    await user.click(screen.getByRole('option', { name: '4 Minutes of the previous meeting' }));
    await user.keyboard('{Delete}');
    expect(optionNames()).not.toContain('4 Minutes of the previous meeting');
    expect(optionNames()[3]).toBe('4 Matters arising');
    await waitFor(() => expect(saved().agenda).toHaveLength(6));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(optionNames()[3]).toBe('4 Minutes of the previous meeting');
    await waitFor(() => expect(savedNumbers(saved)[3]).toBe('4 Minutes of the previous meeting'));
  });
});

describe('new meeting command', () => {
  it('goes from a meeting to its committee’s new meeting form with Ctrl+Shift+N', async () => {
    const user = userEvent.setup();
    openLiveMeeting();
    await screen.findByRole('listbox', { name: 'Agenda items' });
    await user.keyboard('{Control>}{Shift>}N{/Shift}{/Control}');
    const form = await screen.findByRole('form', { name: 'New meeting' });
    await waitFor(() => expect(within(form).getByLabelText('Date')).toHaveFocus());
  });
});
