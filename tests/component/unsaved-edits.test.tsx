// Under test: renderer/src/saving (SaveContext's before-close path, journal.ts, UnsavedEditsOffer)
// with the real data layer. Threats (issue 9, failure 1): the window closing with an edit still
// waiting for its debounce, and text the page held when it went away never offered back.
import Database from 'better-sqlite3';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEventListener } from '../../shared/api.ts';
import { api } from '../../renderer/src/api.ts';
import { journal } from '../../renderer/src/saving/journal.ts';
import { openLiveMeeting } from './meeting-fixture.tsx';

const realOn = window.proceedings.on;
afterEach(() => {
  window.proceedings.on = realOn;
  journal.clear();
});

describe('closing the window', () => {
  it('saves an edit still waiting for its pause before the window is allowed to close', async () => {
    // What the preload does: before-close listeners run, and only then may the window close.
    const beforeClose: AppEventListener<'before-close'>[] = [];
    window.proceedings.on = ((event: string, listener: AppEventListener<'before-close'>) => {
      if (event === 'before-close') beforeClose.push(listener);
      return () => {};
    }) as typeof window.proceedings.on;
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    const title = await screen.findByRole('textbox', { name: 'Item title' });
    await user.type(title, ' and apologies');
    expect(beforeClose.length).toBeGreaterThan(0);
    await Promise.all(beforeClose.map((listener) => listener(undefined)));
    // Read at once, with no waiting: the close path itself must have saved it.
    expect(saved().agenda[0]!.title).toBe('Welcome and introductions and apologies');
  });
});

describe('edits the data file never confirmed', () => {
  it('are kept in the journal while the store refuses them, and offered back (and saved) on the next start', async () => {
    const { backend, saved } = openLiveMeeting();
    const item = saved().agenda[0]!;
    const otherProgram = new Database(backend.file);
    otherProgram.exec('BEGIN EXCLUSIVE');
    try {
      await expect(api.updateAgendaItem({ itemId: item.id, title: 'Typed while the file was locked' })).rejects.toMatchObject({ code: 'database-locked' });
    } finally {
      otherProgram.exec('COMMIT');
      otherProgram.close();
    }
    expect(journal.entries()).toEqual([
      expect.objectContaining({ method: 'updateAgendaItem', input: { itemId: item.id, title: 'Typed while the file was locked' } }),
    ]);

    // The page goes away (killed, reloaded) and comes back: the offer is read as the app loads.
    vi.resetModules();
    const { UnsavedEditsOffer } = await import('../../renderer/src/saving/UnsavedEditsOffer.tsx');
    render(<UnsavedEditsOffer />);
    const offer = screen.getByRole('alert', { name: 'Unsaved edits' });
    expect(offer).toHaveTextContent('One edit from your last session');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save them now' }));
    await waitFor(() => expect(offer).toHaveTextContent('Saved.'));
    expect(saved().agenda[0]!.title).toBe('Typed while the file was locked');
    expect(journal.entries()).toEqual([]);
  });

  it('forgets an edit the data file confirmed, or refused for good', async () => {
    const { saved } = openLiveMeeting();
    const item = saved().agenda[0]!;
    await api.updateAgendaItem({ itemId: item.id, title: 'Confirmed' });
    await expect(api.updateAgendaItem({ itemId: item.id, title: 'Bad\u0007' })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(journal.entries()).toEqual([]);
  });
});
