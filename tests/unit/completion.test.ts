// Under test: shared/completion.ts — the word model behind ghost text: what it suggests from the
// roster, earlier minutes and the words typed so far, and what it leaves alone.
import { describe, expect, it } from 'vitest';
import { createCompleter } from '../../shared/completion.ts';
import { openTestApp, seedMeeting } from './harness.ts';

describe('completion', () => {
  it('finishes a roster name and runs on into the words that always follow', () => {
    const completer = createCompleter();
    completer.learn('Joanne Stowell', 3);
    completer.learn('the Head of Service (Trading Standards & Commercial Regulation)', 3);
    expect(completer.suggest('The Chairman welcomed Jo')).toBe('anne Stowell');
    expect(completer.suggest('He thanked the Head of Service (Tr')).toBe('ading Standards & Commercial Regulation');
    expect(completer.suggest('He thanked the He')).toBe('ad of Service (Trading Standards & Commercial Regulation');
  });

  it('suggests nothing in the middle of nothing known, or for a word already whole', () => {
    const completer = createCompleter();
    completer.learn('Partners noted the update.');
    expect(completer.suggest('Zebra')).toBe('');
    expect(completer.suggest('')).toBe('');
    expect(completer.suggest('Partners')).toBe('');
  });

  it('learns the meeting’s own words as each is finished, and travels as a model', () => {
    const completer = createCompleter();
    completer.learnLastWord('The catalytic');
    completer.learnLastWord('The catalytic converters');
    expect(completer.suggest('Thefts of cat')).toBe('alytic converters');
    const copy = createCompleter(completer.exportModel());
    expect(copy.suggest('Thefts of cat')).toBe('alytic converters');
  });
});

describe('getCompletionModel', () => {
  it('learns from the roster, the phrase bank and earlier minutes only, never a later meeting', () => {
    const app = openTestApp();
    const { committee, meeting } = seedMeeting(app);
    const earlier = app.handlers.createMeeting({ committeeId: committee.id, date: '2020-12-03', startTime: '10:00', venue: '', isVirtual: false, title: '' });
    const later = app.handlers.createMeeting({ committeeId: committee.id, date: '2021-06-24', startTime: '10:00', venue: '', isVirtual: false, title: '' });
    const notesOf = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });
    app.handlers.updateAgendaItem({ itemId: app.handlers.getMeeting({ meetingId: earlier.id }).agenda[0]!.id, notes: notesOf('Catalytic converters were discussed.') });
    app.handlers.updateAgendaItem({ itemId: app.handlers.getMeeting({ meetingId: later.id }).agenda[0]!.id, notes: notesOf('Quadbikes in Mottingham.') });
    const model = app.dispatch('getCompletionModel', { meetingId: meeting.id });
    expect(model).toMatchObject({ ok: true });
    const completer = createCompleter((model as { value: Parameters<typeof createCompleter>[0] }).value);
    expect(completer.suggest('Ca')).toMatch(/^talytic converters/);
    expect(completer.suggest('Joa')).toBe('nne Stowell');
    expect(completer.suggest('Quad')).toBe('');
    expect(completer.suggest('RESOLVED that the upd')).toMatch(/^ate/);
    expect(app.dispatch('getCompletionModel', { meetingId: 'no-such-meeting' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
