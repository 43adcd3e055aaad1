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
