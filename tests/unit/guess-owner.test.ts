// Under test: renderer/src/actions/guess-owner.ts — whom a sentence of the notes gives a task to,
// and which sentence the caret is in.
import { describe, expect, it } from 'vitest';
import { guessOwner, sentenceAt } from '../../renderer/src/actions/guess-owner.ts';

const person = (memberId: string, name: string, role = '', status: 'present' | 'apologies' | 'unmarked' = 'present') => ({ memberId, attendeeId: null, name, role, status });
const attendance = [
  person('kl', 'Councillor Kate Lymer', 'Portfolio Holder for Public Protection and Enforcement'),
  person('sb', 'Inspector Stuart Baker'),
  person('bm', 'Betty McDonald', 'LBB Head of Youth Offending Service'),
  person('am', 'Amanda Mumford', 'LBB Community Safety Manager', 'apologies'),
];

describe('guessing an action’s owner', () => {
  it('takes the first person named, by surname, full name or post', () => {
    expect(guessOwner('Inspector Baker agreed to discuss this with the Head of the YOS.', attendance)).toEqual({ memberId: 'sb' });
    expect(guessOwner('Betty McDonald would circulate the figures to Inspector Baker.', attendance)).toEqual({ memberId: 'bm' });
    expect(guessOwner('The LBB Head of Youth Offending Service would report back.', attendance)).toEqual({ memberId: 'bm' });
  });

  it('passes over those who sent apologies, and falls back to Partners or no one', () => {
    expect(guessOwner('Amanda Mumford would be asked to report.', attendance)).toBeNull();
    expect(guessOwner('Partners to send their electronic signatures.', attendance)).toEqual({ group: 'Partners' });
    expect(guessOwner('The figures would be circulated.', attendance)).toBeNull();
  });

  it('finds the sentence the caret is in', () => {
    const text = 'The report was noted. Inspector Baker agreed to share the figures. The Chairman thanked him.';
    expect(sentenceAt(text, text.indexOf('agreed'))).toBe('Inspector Baker agreed to share the figures.');
    expect(sentenceAt(text, text.indexOf(' The Chairman'))).toBe('Inspector Baker agreed to share the figures.');
  });
});
