// Under test: renderer/src/app/window-title.ts through the live form — the window says which
// meeting is open and the state of its minutes.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openLiveMeeting } from './meeting-fixture.tsx';

describe('window title', () => {
  it('names the committee, the meeting and the state of its minutes', async () => {
    openLiveMeeting();
    await screen.findByRole('listbox', { name: 'Agenda items' });
    await waitFor(() => expect(document.title).toBe('Governing Board — Meeting of Thursday 26 November 2026 (Draft) — Proceedings'));
  });
});
