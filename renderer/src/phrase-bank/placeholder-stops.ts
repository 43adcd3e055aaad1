import type { PlaceholderRange } from '../../../shared/phrases.ts';

// The blanks a wording leaves for typing ({body}, "…") stay "stops" that Tab visits in turn until
// each has been typed over. In a plain text field the stops are offsets, kept in step with every
// edit here; the notes editor does the same with ProseMirror's own position mapping.

/** A blank still to fill: where it is in one field, and the text it had when inserted. */
export type Stop = { field: number; start: number; end: number; text: string };

/** The stops of freshly inserted text, numbered by field (a resolution's text is field 0, its parts 1, 2…). */
export function stopsOf(fields: { text: string; placeholders: PlaceholderRange[] }[]): Stop[] {
  return fields.flatMap(({ text, placeholders }, field) =>
    placeholders.map(({ start, end }) => ({ field, start, end, text: text.slice(start, end) })),
  );
}

/**
 * Where a field's stops are after its text changed from `before` to `after`. The change is taken
 * as the one edited stretch between the unchanged start and end; a stop it touched has been typed
 * into, so it is no longer a blank and is dropped.
 */
export function mapStops(stops: Stop[], field: number, before: string, after: string): Stop[] {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  const changedEnd = before.length - suffix;
  const shift = after.length - before.length;
  return stops.flatMap((stop) => {
    if (stop.field !== field) return [stop];
    const moved = stop.end <= prefix ? stop : stop.start >= changedEnd ? { ...stop, start: stop.start + shift, end: stop.end + shift } : null;
    return moved && after.slice(moved.start, moved.end) === moved.text ? [moved] : [];
  });
}

/** The first stop at or after the caret (after the stop the selection covers), in field order. */
export function nextStop(stops: Stop[], field: number, selectionEnd: number): Stop | undefined {
  return stops.find((stop) => stop.field > field || (stop.field === field && stop.start >= selectionEnd));
}

/** The last stop before the caret (or before the stop the selection covers). */
export function previousStop(stops: Stop[], field: number, selectionStart: number): Stop | undefined {
  return [...stops].reverse().find((stop) => stop.field < field || (stop.field === field && stop.end <= selectionStart));
}
