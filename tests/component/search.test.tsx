// Under test: renderer/src/search/SearchBox — results as the secretary types, with committee,
// meeting date, item number and the matched words marked (never the note's text read as HTML),
// ↑/↓ and Enter to open the item, and Ctrl+Shift+F to reach the field from the notes.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { notesOf, seedTwoMeetings } from './continuity-fixture.tsx';

function seedNotes() {
  const seeded = seedTwoMeetings();
  const { handlers, firstAgenda, secondAgenda } = seeded;
  const welcome = firstAgenda.find((item) => item.kind === 'welcome')!;
  handlers.updateAgendaItem({ itemId: welcome.id, notes: notesOf('The Chairman thanked the Penge Youth Trust for the <b>mural</b> at the station.') });
  const aob = secondAgenda.find((item) => item.kind === 'any-other-business')!;
  handlers.updateAgendaItem({ itemId: aob.id, notes: notesOf('Sharon Baldwin asked whether the Penge mural could be repeated in Anerley.') });
  return { ...seeded, welcome, secondAob: aob };
}

const resultNames = () =>
  within(screen.getByRole('listbox', { name: 'Search results' }))
    .getAllByRole('option')
    .map((option) => option.querySelector('.search-result-item')?.textContent);

describe('search', () => {
  it('shows results as the secretary types, and Enter opens the chosen item', async () => {
    const user = userEvent.setup();
    const { open, committee, first, welcome } = seedNotes();
    open(`#/committees/${committee.id}`);
    const field = await screen.findByRole('combobox', { name: 'Search minutes' });
    expect(screen.queryByRole('listbox', { name: 'Search results' })).not.toBeInTheDocument();

    await user.type(field, 'penge mur');
    await waitFor(() => expect(resultNames()).toEqual(['6 Any other business — in the notes', '1 Welcome and introductions — in the notes']));
    expect(field).toHaveAttribute('aria-expanded', 'true');
    const [newest, older] = within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole('option');
    expect(newest).toHaveAttribute('aria-selected', 'true');
    expect(newest).toHaveTextContent('Safer Bromley Partnership · 15 October 2026');
    expect(older).toHaveTextContent('Safer Bromley Partnership · 10 September 2026');
    // The note's "<b>" is text: shown as typed, and only the matched words are marked.
    expect(older).toHaveTextContent('The Chairman thanked the Penge Youth Trust for the <b>mural</b> at the');
    expect(older!.querySelector('b')).toBeNull();
    expect([...older!.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Penge', 'mural']);

    await user.keyboard('{ArrowDown}');
    expect(older).toHaveAttribute('aria-selected', 'true');
    expect(field).toHaveAttribute('aria-activedescendant', older!.id);
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: 'Safer Bromley Partnership: Meeting of Thursday 10 September 2026' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/meetings/${first.id}/items/${welcome.id}`);
    await waitFor(() => expect(screen.getByRole('option', { name: '1 Welcome and introductions' })).toHaveFocus());
    expect(screen.getByRole('region', { name: 'Item 1' })).toBeInTheDocument();
  });

  it('reaches the field with Ctrl+Shift+F from the notes, says when nothing matches, and reopens an item of the meeting on screen', async () => {
    const user = userEvent.setup();
    const { open, second, secondAob } = seedNotes();
    open(`#/meetings/${second.id}`);
    await user.click(await screen.findByRole('option', { name: '6 Any other business' }));
    await user.click(screen.getByRole('option', { name: '1 Welcome and introductions' }));
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));

    await user.keyboard('{Control>}{Shift>}F{/Shift}{/Control}');
    const field = screen.getByRole('combobox', { name: 'Search minutes' });
    expect(field).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveTextContent('');

    await user.keyboard('quokka ');
    expect(await screen.findByText('Nothing in the minutes matches “quokka”.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByText('Nothing in the minutes matches “quokka”.')).not.toBeVisible();
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field).toHaveValue('quokka ');
    await user.keyboard('{Escape}');
    expect(field).toHaveValue('');

    await user.keyboard('Anerley');
    await waitFor(() => expect(resultNames()).toEqual(['6 Any other business — in the notes']));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('option', { name: '6 Any other business' })).toHaveAttribute('aria-selected', 'true'));
    expect(screen.getByRole('option', { name: '6 Any other business' })).toHaveFocus();
    expect(window.location.hash).toBe(`#/meetings/${second.id}/items/${secondAob.id}`);

    // Moved on, then back to the same result: the address is already that item's, and it still opens.
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(screen.getByRole('option', { name: '5 Matters arising' })).toHaveAttribute('aria-selected', 'true'));
    await user.click(field);
    await waitFor(() => expect(resultNames()).toEqual(['6 Any other business — in the notes']));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('option', { name: '6 Any other business' })).toHaveAttribute('aria-selected', 'true'));
  });
});
