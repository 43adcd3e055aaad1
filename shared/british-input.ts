import { isValid } from 'date-fns/isValid';

// Dates and times as a British secretary types and reads them, whatever the computer's locale:
// "25/03/2021" (or "25/3/21", "25 March 2021", "25032021", the ISO "2021-03-25") and "10:00"
// (or "10.00", "1000", "10am", "2.30 pm", "noon"). Stored as ever as ISO dates and 24-hour times.

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

/** The ISO date a British secretary meant, or null while what is typed is not yet a date. */
export function parseBritishDate(text: string): string | null {
  const value = text.trim().toLowerCase();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) return isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$/.exec(value);
  if (match) return isoOf(fullYear(match[3]!), Number(match[2]), Number(match[1]));
  match = /^(\d{2})(\d{2})(\d{4}|\d{2})$/.exec(value);
  if (match) return isoOf(fullYear(match[3]!), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{2}|\d{4})$/.exec(value);
  if (match) {
    const month = months.findIndex((name) => match![2]!.length >= 3 && name.startsWith(match![2]!));
    if (month >= 0) return isoOf(fullYear(match[3]!), month + 1, Number(match[1]));
  }
  return null;
}

/** "2021-03-25" → "25/03/2021". */
export function formatBritishDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

/** The 24-hour time meant ("14:30"), or null while what is typed is not yet a time. */
export function parseBritishTime(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === 'noon' || value === '12 noon' || value === 'midday') return '12:00';
  if (value === 'midnight' || value === '12 midnight') return '00:00';
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|noon)?$/.exec(value);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const half = match[3]?.replaceAll('.', '');
  // "10" alone is an hour; "930" is 9.30 — but a four-digit "1000" matched above as 10 and 00.
  if (match[2] === undefined && !half && match[1]!.length > 2) return null;
  if (half === 'am' || half === 'pm') {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  }
  if (half === 'noon' && !(hours === 12 && minutes === 0)) return null;
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
