import type { KeyboardEvent } from 'react';

/**
 * Enter on a drop-down submits its form, as Enter in a text field does: otherwise the browser
 * opens the list, and the secretary who chose with the arrow keys has to reach for the button.
 */
export function submitOnEnterInSelect(event: KeyboardEvent<HTMLFormElement>): boolean {
  if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  if (!(event.target instanceof HTMLSelectElement)) return false;
  event.preventDefault();
  event.currentTarget.requestSubmit();
  return true;
}
