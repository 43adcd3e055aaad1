// Under test: renderer/src/review/MeetingImportDialog.tsx with the real import handlers on a real
// data file — a meeting file of a meeting that is already here shows what differs and offers to
// update the meeting (a new version) or keep the file as a separate copy; never a duplicate, never
// "Nothing was changed".
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App.tsx';
import { startBackend } from './backend.ts';

const fixture = join(process.cwd(), 'tests', 'fixtures', 'reference-meeting.json');

/** The reference meeting imported, and a newer copy of its file with one resolution reworded waiting in the inbox. */
async function meetingHereAndChangedFile() {
  const backend = startBackend();
  const inbox = join(backend.folder, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'first.json'), readFileSync(fixture));
  const chosen = await window.proceedings.chooseFile({ purpose: 'meeting-file-open', suggestedName: '' });
  if ('cancelled' in chosen) throw new Error('The fixture was not offered.');
  const first = await window.proceedings.importMeetingFile({ source: chosen.grantId });
  const file = JSON.parse(readFileSync(fixture, 'utf8'));
  file.resolutions[0].text = 'that the minutes of the meeting held on 5th December 2019 be agreed as a correct record, subject to one correction.';
  const changed = join(inbox, 'from the vice-chairman.json');
  writeFileSync(changed, JSON.stringify(file));
  // The preview's folder "dialog" offers the newest file.
  const later = new Date(Date.now() + 60_000);
  utimesSync(changed, later, later);
  render(<App />);
  return { handlers: backend.handlers, meetingId: first.meetingId, committeeId: first.committeeId };
}

const resolutionTexts = (detail: { byItem: Record<string, { resolutions: { text: string }[] }> }) =>
  Object.values(detail.byItem).flatMap((record) => record.resolutions.map((resolution) => resolution.text));

describe('importing a meeting that is already here', () => {
  it('shows what the file changes and updates the meeting from it as a new version', async () => {
    const user = userEvent.setup();
    const { handlers, meetingId } = await meetingHereAndChangedFile();
    await user.click(await screen.findByRole('button', { name: 'Import meeting file…' }));

    const dialog = await screen.findByRole('dialog', { name: 'This meeting is already here, and the file differs' });
    expect(dialog).toHaveTextContent('“from the vice-chairman.json” holds a meeting that is already in Proceedings.');
    const comparison = within(dialog).getByRole('region', { name: 'Comparison' });
    expect(within(comparison).getAllByRole('insertion').map((insertion) => insertion.textContent)).toContainEqual(expect.stringContaining('subject to one correction'));
    expect(within(dialog).getByRole('radio', { name: /Update the meeting here from the file/ })).toBeChecked();
    await user.type(within(dialog).getByRole('textbox', { name: /Why/ }), 'The Vice-Chairman’s correction');
    await user.click(within(dialog).getByRole('button', { name: 'Update the meeting' }));

    await screen.findByRole('listbox', { name: 'Agenda items' });
    const detail = handlers.getMeeting({ meetingId });
    expect(resolutionTexts(detail)).toContain('that the minutes of the meeting held on 5th December 2019 be agreed as a correct record, subject to one correction.');
    const [newest] = handlers.listMinutesVersions({ meetingId });
    expect(newest).toMatchObject({ change: 'imported', reason: expect.stringContaining('The Vice-Chairman’s correction') });
    expect(handlers.listMeetings({ committeeId: detail.committee.id })).toHaveLength(1);
  });

  it('keeps the file as a separate copy, leaving the meeting here as it was', async () => {
    const user = userEvent.setup();
    const { handlers, meetingId, committeeId } = await meetingHereAndChangedFile();
    await user.click(await screen.findByRole('button', { name: 'Import meeting file…' }));
    const dialog = await screen.findByRole('dialog', { name: 'This meeting is already here, and the file differs' });
    await user.click(within(dialog).getByRole('radio', { name: /Keep the file as a separate copy/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Keep as a separate copy' }));

    await waitFor(() => expect(handlers.listMeetings({ committeeId })).toHaveLength(2));
    const copy = handlers.listMeetings({ committeeId }).find((meeting) => meeting.id !== meetingId)!;
    await waitFor(() => expect(window.location.hash).toBe(`#/meetings/${copy.id}`));
    expect(resolutionTexts(handlers.getMeeting({ meetingId }))).toContain('that the minutes of the meeting held on 5th December 2019 be agreed as a correct record.');
  });
});
