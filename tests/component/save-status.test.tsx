// Under test: renderer/src/saving — what the secretary is told while saving, and that nothing typed
// is lost while the data file is locked by another program.
import Database from 'better-sqlite3';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openLiveMeeting } from './meeting-fixture.tsx';

const status = () => screen.getByRole('status', { name: 'Save status' });

describe('save status', () => {
  it('shows Saving… while typing and Saved once the edit is on disk', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    const title = await screen.findByRole('textbox', { name: 'Item title' });
    expect(status()).toHaveTextContent('Saved');
    // Every text the status shows, as it changes: on a slow machine a save can go out mid-typing.
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(status().textContent ?? ''));
    observer.observe(status(), { childList: true, characterData: true, subtree: true });
    await user.type(title, ' — opening');
    expect(shown[0]).toBe('Saving…');
    await waitFor(() => expect(status()).toHaveTextContent('Saved'));
    observer.disconnect();
    expect(saved().agenda[0]!.title).toBe('Welcome and introductions — opening');
  });

  it('keeps the text and retries while the file is locked, then saves when it is free', async () => {
    const user = userEvent.setup();
    const { saved, backend } = openLiveMeeting();
    const title = await screen.findByRole('textbox', { name: 'Item title' });
    const otherProgram = new Database(backend.file);
    otherProgram.exec('BEGIN EXCLUSIVE');
    try {
      await user.type(title, ' (locked)');
      await waitFor(() => expect(status()).toHaveTextContent('Not saved — retrying: The data file is locked by another program.'), { timeout: 4000 });
      expect(title).toHaveValue('Welcome and introductions (locked)');
      expect(saved().agenda[0]!.title).toBe('Welcome and introductions');
    } finally {
      otherProgram.exec('COMMIT');
      otherProgram.close();
    }
    await waitFor(() => expect(status()).toHaveTextContent('Saved'), { timeout: 6000 });
    expect(saved().agenda[0]!.title).toBe('Welcome and introductions (locked)');
  });

  it('says plainly when an edit is refused, and saves again once it is corrected', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByText('Thursday 26 November 2026, 18:00'));
    const venue = screen.getByRole('textbox', { name: 'Venue' });
    await user.clear(venue);
    await user.type(venue, 'Hall\u0007');
    await waitFor(() => expect(status()).toHaveTextContent('Not saved: Venue contains a control character.'));
    await user.type(venue, '{Backspace} B');
    await waitFor(() => expect(status()).toHaveTextContent('Saved'));
    expect(saved().meeting.venue).toBe('Hall B');
  });
});
