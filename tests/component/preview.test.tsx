// Under test: renderer/src/preview and renderer/src/export — the on-screen minutes and the Word
// export render the same MinutesDocument, so the chair reads in the app what Word will print.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App.tsx';
import { cellText, readDocx } from '../unit/docx-reader.ts';
import { startBackend } from './backend.ts';

// jsdom gives modules an http: URL, so the fixture is found from the project folder vitest runs in.
const fixture = join(process.cwd(), 'tests', 'fixtures', 'reference-meeting.json');

async function openReferenceMeeting(prepare: (meetingId: string) => Promise<void> = async () => {}) {
  const backend = startBackend();
  mkdirSync(join(backend.folder, 'inbox'));
  copyFileSync(fixture, join(backend.folder, 'inbox', 'reference.json'));
  const chosen = await window.proceedings.chooseFile({ purpose: 'meeting-file-open', suggestedName: '' });
  if ('cancelled' in chosen) throw new Error('The fixture was not offered for import.');
  const { meetingId } = await window.proceedings.importMeetingFile({ source: chosen.grantId });
  await prepare(meetingId);
  window.location.hash = `#/meetings/${meetingId}`;
  render(<App />);
  return { backend, meetingId };
}

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('minutes preview', () => {
  it('shows the same items, in the same order, and the same resolutions as the exported Word document', async () => {
    const user = userEvent.setup();
    const { backend } = await openReferenceMeeting();
    await user.click(await screen.findByRole('button', { name: 'Preview minutes' }));
    const preview = screen.getByRole('article', { name: 'Minutes preview' });
    const previewHeadings = [...preview.querySelectorAll('.minutes-item-heading')].map((heading) => normalise(heading.textContent));
    const previewResolutions = [...preview.querySelectorAll('.minutes-resolution > p:first-child')].map((lead) => normalise(lead.textContent));
    const previewParts = [...preview.querySelectorAll('.minutes-resolution-part')].map((part) => normalise(part.textContent));
    expect(previewHeadings).toContain('7a Priority One — Safer Neighbourhoods');
    expect(previewResolutions.length).toBeGreaterThanOrEqual(10);

    await user.click(screen.getByRole('button', { name: 'Export to Word…' }));
    const dialog = screen.getByRole('dialog', { name: 'Export to Word' });
    await user.click(within(dialog).getByRole('checkbox', { name: /Open the document/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Choose where to save…' }));
    await within(dialog).findByText('Saved as “Safer Bromley Partnership Strategic Group minutes 2021-03-25.docx”.');

    const [file] = readdirSync(join(backend.folder, 'exports'));
    const docx = readDocx(readFileSync(join(backend.folder, 'exports', file!)));
    const docxHeadings = docx.rows
      .filter((row) => row[1]?.some((paragraph) => /^Heading[12]$/.test(paragraph.style)))
      .map((row) => normalise(cellText(row[1])));
    expect(previewHeadings).toEqual(docxHeadings);

    const resolutionLeads = docx.paragraphs.filter((paragraph) => paragraph.runs[0]?.bold && /^(RESOLVED|RECOMMENDED)\b/.test(paragraph.text));
    expect(previewResolutions).toEqual(resolutionLeads.map((paragraph) => normalise(paragraph.text)));
    const docxText = normalise(docx.paragraphs.map((paragraph) => paragraph.text).join(' '));
    expect(previewParts).toHaveLength(2);
    for (const part of previewParts) expect(docxText).toContain(part.replace(/^\d\) /, ''));
  });

  it('hides Part 2 content in the public version, as the public Word document does', async () => {
    const user = userEvent.setup();
    await openReferenceMeeting(async (meetingId) => {
      const { agenda } = await window.proceedings.getMeeting({ meetingId });
      const dashboard = agenda.find((item) => item.title === 'Crime Performance Dashboard')!;
      await window.proceedings.setItemPart2({ itemId: dashboard.id, part2: { paragraph: 3, reason: '' } });
    });
    await user.click(await screen.findByRole('button', { name: 'Preview minutes' }));
    const minute = () => within(screen.getByRole('article', { name: 'Minutes preview' })).getByRole('row', { name: /CRIME PERFORMANCE DASHBOARD/ });
    const contentAfter = () => normalise((minute().nextElementSibling as HTMLElement).textContent);
    expect(contentAfter()).toContain('Operation Medusa');
    expect(contentAfter()).toContain('CONFIDENTIAL');
    await user.click(screen.getByRole('radio', { name: 'Public minutes' }));
    expect(contentAfter()).not.toContain('Operation Medusa');
    expect(contentAfter()).toContain('paragraph 3 of Schedule 12A');
  });
});
