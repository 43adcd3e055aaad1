import { format } from 'date-fns/format';
import type { ResolutionForm } from './domain.ts';

// en-GB wording for the minutes. Data stays ISO (2021-03-25, 14:30); only these functions turn it
// into words, so the preview and the Word document say exactly the same thing.
//
// House conventions, as in the council minutes we reproduce:
// - times: "10.00 am", "2.30 pm"; midday is "12.00 noon" and midnight "12.00 midnight", because
//   "12.00 pm" is ambiguous to readers; "12.30 pm" and "12.30 am" are not, so they stay as they are.
// - dates: "25 March 2021", or "25th March 2021" where a committee prefers the ordinal style.
// - lists: "A, B and C", without the serial comma.

export const dateStyles = ['plain', 'ordinal'] as const;
export type DateStyle = (typeof dateStyles)[number];

/** "10:00" → "10.00 am"; "14:30" → "2.30 pm"; "12:00" → "12.00 noon"; "00:00" → "12.00 midnight". */
export function formatTime(clock: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clock);
  if (!match) return clock;
  const hours = Number(match[1]);
  const minutes = match[2]!;
  if (minutes === '00' && hours === 12) return '12.00 noon';
  if (minutes === '00' && hours === 0) return '12.00 midnight';
  const twelveHour = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelveHour}.${minutes} ${hours < 12 ? 'am' : 'pm'}`;
}

/** "2021-03-25" → "25 March 2021" (plain) or "25th March 2021" (ordinal). */
export function formatDate(isoDate: string, style: DateStyle = 'plain'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  // Built from parts in local time: parsing "2021-03-25" as a Date would mean UTC midnight,
  // which is the day before west of Greenwich.
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return format(date, style === 'ordinal' ? 'do MMMM yyyy' : 'd MMMM yyyy');
}

/** ["A"] → "A"; ["A", "B"] → "A and B"; ["A", "B", "C"] → "A, B and C". */
export function joinList(parts: readonly string[]): string {
  const items = parts.filter((part) => part !== '');
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Capitals for a main item title, keeping ordinal suffixes small as typists do: "5th DECEMBER 2019". */
export function toTitleCapitals(title: string): string {
  return title.toLocaleUpperCase('en-GB').replace(/(\d)(ST|ND|RD|TH)\b/g, (_whole, digit: string, suffix: string) =>
    `${digit}${suffix.toLowerCase()}`,
  );
}

/** First letter upper-case, for a phrase that starts a sentence ("the Chairman" → "The Chairman"). */
export function sentenceStart(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}

/** The word a resolution opens with, in bold capitals, in the minutes, on screen and in search. */
export const leadWords: Record<ResolutionForm, string> = { resolved: 'RESOLVED', recommended: 'RECOMMENDED' };
