// Under test: shared/british-input.ts — dates and times typed the British way, whatever the locale.
import { describe, expect, it } from 'vitest';
import { formatBritishDate, parseBritishDate, parseBritishTime } from '../../shared/british-input.ts';

describe('British dates and times', () => {
  it('reads the day first, in the ways a secretary types a date', () => {
    for (const typed of ['30/04/2021', '30/4/21', '30.4.2021', '30-04-2021', '30042021', '30 April 2021', '30th Apr 2021', '2021-04-30']) {
      expect(parseBritishDate(typed), typed).toBe('2021-04-30');
    }
    expect(parseBritishDate('04/30/2021')).toBeNull();
    expect(parseBritishDate('31/02/2021')).toBeNull();
    expect(parseBritishDate('30/4')).toBeNull();
    expect(formatBritishDate('2021-04-30')).toBe('30/04/2021');
  });

  it('reads times on the 24-hour clock or with am and pm', () => {
    const cases: [string, string | null][] = [
      ['10:00', '10:00'], ['10.00', '10:00'], ['1000', '10:00'], ['930', '09:30'], ['10', '10:00'], ['10am', '10:00'],
      ['2.30 pm', '14:30'], ['12 noon', '12:00'], ['noon', '12:00'], ['12am', '00:00'], ['24:00', null], ['13pm', null], ['10:60', null],
    ];
    for (const [typed, expected] of cases) expect(parseBritishTime(typed), typed).toBe(expected);
  });
});
