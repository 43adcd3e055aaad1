// Under test: renderer/src/item-editor — Part 2, generated sentences and papers of an item, saved
// through the save queue to the real handlers (papers through the preview's folder dialogs).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openLiveMeeting } from './meeting-fixture.tsx';

describe('the item’s minutes', () => {
  it('marks an item Part 2 under paragraph 3, saves it and shows the badge on the agenda', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '6 Any other business' }));
    const itemId = saved().agenda.find((item) => item.kind === 'any-other-business')!.id;

    await user.click(screen.getByRole('checkbox', { name: 'Part 2 — not for publication' }));
    const paragraph = screen.getByRole('combobox', { name: 'Paragraph of Schedule 12A' });
    expect(paragraph).toHaveFocus();
    // Neither a paragraph nor a reason yet: the contract would refuse it, so the screen says so.
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a paragraph or give a reason');
    expect(screen.getByRole('option', { name: '6 Any other business (Part 2)' })).toBeInTheDocument();

    await user.selectOptions(paragraph, '3 — financial or business affairs');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(/exempt information under paragraph 3 of Schedule 12A/)).toBeInTheDocument();
    await waitFor(() => expect(saved().byItem[itemId]!.part2).toEqual({ paragraph: 3, reason: '' }));

    const editor = screen.getByRole('region', { name: 'Item 6' });
    expect(within(editor).getByText('Part 2', { selector: '.part2-badge' })).toBeInTheDocument();
    const agendaOption = screen.getByRole('option', { name: '6 Any other business (Part 2)' });
    expect(within(agendaOption).getByText('Part 2')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '7 Date of next meeting' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Part 2 — not for publication' }));
    expect(screen.getByRole('option', { name: '6 Any other business' })).toBeInTheDocument();
    await waitFor(() => expect(saved().byItem[itemId]!.part2).toBeNull());
  });

  it('overrides the apologies sentence, leaves it out, and goes back to the generated wording', async () => {
    const user = userEvent.setup();
    const { saved } = openLiveMeeting();
    const joanne = await screen.findByRole('radiogroup', { name: 'Joanne Stowell' });
    await user.click(within(joanne).getByRole('radio', { name: 'Apologies' }));
    await user.click(screen.getByRole('option', { name: '2 Apologies for absence' }));
    const itemId = saved().agenda.find((item) => item.kind === 'apologies')!.id;
    const overrides = () => saved().byItem[itemId]!.sentenceOverrides;

    const sentences = screen.getByRole('list', { name: 'Generated sentences' });
    expect(screen.getByRole('button', { name: 'Generated sentences (1)' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(sentences).getByText('Apologies for absence were received from Joanne Stowell.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit the apologies sentence' }));
    const wording = screen.getByRole('textbox', { name: 'Wording of the apologies sentence' });
    expect(wording).toHaveFocus();
    await user.clear(wording);
    await user.keyboard('Apologies were received from the Vice-Chairman, Joanne Stowell.{Enter}');
    expect(within(sentences).getByText('Apologies were received from the Vice-Chairman, Joanne Stowell.')).toBeInTheDocument();
    expect(within(sentences).getByText('Your wording')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit the apologies sentence' })).toHaveFocus();
    await waitFor(() => expect(overrides()).toEqual([{ key: 'apologies', text: 'Apologies were received from the Vice-Chairman, Joanne Stowell.' }]));

    await user.click(screen.getByRole('button', { name: 'Leave out the apologies sentence' }));
    expect(within(sentences).getByText('Left out')).toBeInTheDocument();
    await waitFor(() => expect(overrides()).toEqual([{ key: 'apologies', text: '' }]));

    await user.click(screen.getByRole('button', { name: 'Use generated wording for the apologies sentence' }));
    expect(within(sentences).getByText('Apologies for absence were received from Joanne Stowell.')).toBeInTheDocument();
    expect(within(sentences).getByText('Generated')).toBeInTheDocument();
    await waitFor(() => expect(overrides()).toEqual([]));
  });

  it('shows "There were no declarations of interest." on the declarations item', async () => {
    const user = userEvent.setup();
    openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '3 Declarations of interest' }));
    expect(within(screen.getByRole('list', { name: 'Generated sentences' })).getByText('There were no declarations of interest.')).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: '1 Welcome and introductions' }));
    expect(screen.getByRole('button', { name: 'Generated sentences (0)' })).toBeInTheDocument();
  });

  it('attaches a paper through the folder dialog, renames it and removes it; a cancelled choice adds nothing', async () => {
    const user = userEvent.setup();
    const { saved, backend } = openLiveMeeting();
    await user.click(await screen.findByRole('option', { name: '5 Matters arising' }));
    const itemId = saved().agenda.find((item) => item.kind === 'matters-arising')!.id;
    const papers = () => saved().byItem[itemId]!.papers;

    // Nothing in the inbox: the "dialog" is cancelled.
    await user.click(screen.getByRole('button', { name: 'Attach a paper…' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));
    expect(screen.getByRole('button', { name: 'Papers (0)' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    mkdirSync(join(backend.folder, 'inbox'));
    writeFileSync(join(backend.folder, 'inbox', 'Crime figures Q4.pdf'), '%PDF-1.4 figures');
    await user.click(screen.getByRole('button', { name: 'Attach a paper…' }));
    const title = await screen.findByRole('textbox', { name: 'Title of paper 1' });
    expect(title).toHaveValue('Crime figures Q4');
    expect(screen.getByRole('button', { name: 'Papers (1)' })).toHaveAttribute('aria-expanded', 'true');
    const [paper] = papers();
    expect(paper).toMatchObject({ title: 'Crime figures Q4' });
    expect(existsSync(join(backend.folder, 'papers', paper!.fileName!))).toBe(true);

    await user.clear(title);
    await user.type(title, 'Crime figures, quarter 4');
    await waitFor(() => expect(papers()[0]!.title).toBe('Crime figures, quarter 4'));

    await user.click(screen.getByRole('button', { name: 'Remove paper 1: Crime figures, quarter 4' }));
    expect(screen.getByRole('button', { name: 'Papers (0)' })).toBeInTheDocument();
    await waitFor(() => expect(papers()).toEqual([]));
    expect(existsSync(join(backend.folder, 'papers', paper!.fileName!))).toBe(false);
  });
});
