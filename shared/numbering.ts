// Agenda numbers are derived from order, never stored: main items 1, 2, 3…; sub-items take their
// main item's number and a letter (7a, 7b…, then 7aa after 7z as Word's outline does).

export type Numbered<T> = T & { number: string; depth: 0 | 1 };

export function letterFor(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(97 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function numberAgenda<T extends { parentId: string | null }>(
  items: T[],
  options: { firstNumber?: number } = {},
): Numbered<T>[] {
  let main = (options.firstNumber ?? 1) - 1;
  let sub = 0;
  return items.map((item) => {
    if (item.parentId === null) {
      main += 1;
      sub = 0;
      return { ...item, number: String(main), depth: 0 as const };
    }
    return { ...item, number: `${main}${letterFor(sub++)}`, depth: 1 as const };
  });
}

// ── Continuous minute numbers across a committee's meetings ──
// Compose (Word and the preview), the live form and search results all number through these two
// functions, so "minute 76" means the same item wherever it is shown.

/** What places a meeting in its committee's sequence: date, then start time, then id (any fixed tie-break). */
export type MeetingPlace = { id: string; date: string; startTime: string };

export function compareMeetings(a: MeetingPlace, b: MeetingPlace): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The first day of the numbering year a date falls in: numbering restarts on the 1st of
 * `restartMonth` (1–12). "2021-04-30" with May → "2020-05-01"; "2021-05-01" → "2021-05-01".
 */
export function numberingYearStart(isoDate: string, restartMonth: number): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const startYear = month >= restartMonth ? year : year - 1;
  return `${String(startYear).padStart(4, '0')}-${String(restartMonth).padStart(2, '0')}-01`;
}

/**
 * The number of a meeting's first main item. Per meeting it is always 1; continuous, it follows
 * on from the main items of the committee's earlier meetings in the same numbering year.
 * `meetings` may be all of the committee's meetings (the meeting itself included or not): only
 * those before it in the same numbering year count. Sub-items never take a number of their own.
 */
/** The first minute number of the numbering year starting `yearStart`: 1, or the council's number carried on. */
export function carriedOnFrom(yearStart: string, numbering: { restartMonth: number; carriedOn?: { year: number; number: number } | null }): number {
  const carried = numbering.carriedOn;
  if (!carried) return 1;
  return numberingYearStart(`${String(carried.year).padStart(4, '0')}-${String(numbering.restartMonth).padStart(2, '0')}-01`, numbering.restartMonth) === yearStart
    ? carried.number
    : 1;
}

export function firstMinuteNumber(
  meeting: MeetingPlace,
  meetings: readonly (MeetingPlace & { mainItems: number })[],
  numbering: { mode: 'per-meeting' | 'continuous'; restartMonth: number; carriedOn?: { year: number; number: number } | null },
): number {
  if (numbering.mode === 'per-meeting') return 1;
  const yearStart = numberingYearStart(meeting.date, numbering.restartMonth);
  let first = carriedOnFrom(yearStart, numbering);
  for (const other of meetings) {
    if (other.date >= yearStart && compareMeetings(other, meeting) < 0) first += other.mainItems;
  }
  return first;
}
