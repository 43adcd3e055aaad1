// Under test: renderer/src/phrase-bank (PhraseBankTab and its parts) — a committee's wordings added, edited,
// reordered, deleted (with Undo), exported and imported, saved to the real handlers.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App.tsx';
import { startBackend } from './backend.ts';

function openPhraseBank() {
  const backend = startBackend();
  const committee = backend.handlers.createCommittee({ name: 'Governing Board', defaultVenue: '', defaultStartTime: '18:00' });
  window.location.hash = `#/committees/${committee.id}/phrases`;
  render(<App />);
  const saved = () => backend.handlers.listPhrases({ committeeId: committee.id });
  return { backend, committee, saved };
}

const rows = () => within(screen.getByRole('list', { name: 'Wordings' })).getAllByRole('listitem', { name: /^Wording \d+$/ });

describe('phrase bank tab', () => {
  it('adds a wording, moves it with Alt+Shift+↑ and the buttons, and edits it', async () => {
    const user = userEvent.setup();
    const { saved } = openPhraseBank();
    await waitFor(() => expect(rows()).toHaveLength(10));
    expect(screen.getByRole('textbox', { name: 'Wording 1' })).toHaveValue('that the update be noted.');

    const form = screen.getByRole('form', { name: 'New wording' });
    await user.click(within(form).getByRole('textbox', { name: 'Wording after the lead word' }));
    await user.keyboard('that the report on {{item} be deferred.{Enter}');
    await waitFor(() => expect(rows()).toHaveLength(11));
    expect(screen.getByRole('textbox', { name: 'Wording 11' })).toHaveValue('that the report on {item} be deferred.');
    expect(within(form).getByRole('textbox', { name: 'Wording after the lead word' })).toHaveValue('');
    await waitFor(() => expect(saved().map((phrase) => phrase.text)).toContain('that the report on {item} be deferred.'));
    expect(saved()[10]).toEqual(expect.objectContaining({ inserts: 'resolution', form: 'resolved', text: 'that the report on {item} be deferred.' }));

    const added = screen.getByRole('textbox', { name: 'Wording 11' });
    added.focus();
    await user.keyboard('{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}');
    expect(screen.getByRole('textbox', { name: 'Wording 10' })).toHaveValue('that the report on {item} be deferred.');
    expect(screen.getByRole('textbox', { name: 'Wording 10' })).toHaveFocus();
    await waitFor(() => expect(saved()[9]!.text).toBe('that the report on {item} be deferred.'));

    await user.click(screen.getByRole('button', { name: 'Move wording 1 down' }));
    expect(screen.getByRole('textbox', { name: 'Wording 2' })).toHaveValue('that the update be noted.');
    await waitFor(() => expect(saved().slice(0, 2).map((phrase) => phrase.text)).toEqual(['that the update concerning {item} be noted.', 'that the update be noted.']));

    // A sentence becomes a RECOMMENDED resolution with a numbered part.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of wording 9' }), 'Resolution');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lead word of wording 9' }), 'RECOMMENDED');
    await user.click(screen.getByRole('button', { name: 'Add a numbered part to wording 9' }));
    expect(screen.getByRole('textbox', { name: 'Part 1 of wording 9' })).toHaveFocus();
    await user.keyboard('questions be answered in writing.');
    await waitFor(() =>
      expect(saved()[8]).toEqual(
        expect.objectContaining({ inserts: 'resolution', form: 'recommended', text: 'No questions had been received.', parts: ['questions be answered in writing.'] }),
      ),
    );
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));
  });

  it('edits a wording’s numbered parts with the keys a resolution’s have: Enter for the next, Backspace to remove an empty one', async () => {
    const user = userEvent.setup();
    const { saved } = openPhraseBank();
    await waitFor(() => expect(rows()).toHaveLength(10));
    // Wording 6 is the standard "that:" with two parts.
    await user.click(screen.getByRole('textbox', { name: 'Part 2 of wording 6' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Part 3 of wording 6' })).toHaveFocus();
    await user.keyboard('officers report back.');
    await waitFor(() => expect(saved()[5]!.parts).toEqual(['…', '…', 'officers report back.']));
    await user.keyboard('{Enter}{Backspace}');
    expect(screen.queryByRole('textbox', { name: 'Part 4 of wording 6' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Part 3 of wording 6' })).toHaveFocus();
    await waitFor(() => expect(saved()[5]!.parts).toEqual(['…', '…', 'officers report back.']));
  });

  it('deletes a wording and puts it back in its place with Undo', async () => {
    const user = userEvent.setup();
    const { saved } = openPhraseBank();
    await waitFor(() => expect(rows()).toHaveLength(10));

    await user.click(screen.getByRole('button', { name: 'Delete wording 3' }));
    expect(rows()).toHaveLength(9);
    expect(screen.getByRole('textbox', { name: 'Wording 3' })).toHaveValue('that the report be noted.');
    await waitFor(() => expect(saved()).toHaveLength(9));
    expect(saved().map((phrase) => phrase.text)).not.toContain('that the minutes of the meeting held on {previous meeting date} be agreed as a correct record.');

    const undo = screen.getByRole('button', { name: 'Undo deleting wording 3' });
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rows()).toHaveLength(10));
    expect(screen.getByRole('textbox', { name: 'Wording 3' })).toHaveValue('that the minutes of the meeting held on {previous meeting date} be agreed as a correct record.');
    expect(saved()[2]!.text).toBe('that the minutes of the meeting held on {previous meeting date} be agreed as a correct record.');
    expect(saved()).toHaveLength(10);
  });

  it('exports the bank as a file and imports it back, adding only what is missing', async () => {
    const user = userEvent.setup();
    const { backend, saved } = openPhraseBank();
    await waitFor(() => expect(rows()).toHaveLength(10));

    await user.click(screen.getByRole('button', { name: 'Export phrase bank…' }));
    await waitFor(() => expect(screen.getByText('Exported 10 wordings as “Governing Board phrase bank.json”.')).toBeInTheDocument());
    const exported = join(backend.folder, 'exports', 'Governing Board phrase bank.json');
    expect(existsSync(exported)).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Delete wording 10' }));
    await waitFor(() => expect(saved()).toHaveLength(9));

    mkdirSync(join(backend.folder, 'inbox'));
    copyFileSync(exported, join(backend.folder, 'inbox', 'bank.json'));
    await user.click(screen.getByRole('button', { name: 'Import phrase bank…' }));
    await waitFor(() => expect(screen.getByText('Added 1 wording from “bank.json” (wordings already in the bank were skipped).')).toBeInTheDocument());
    expect(rows()).toHaveLength(10);
    expect(screen.getByRole('textbox', { name: 'Wording 10' })).toHaveValue('The date of the next meeting was noted as {next meeting date}.');
    expect(saved()).toHaveLength(10);
  });
});
