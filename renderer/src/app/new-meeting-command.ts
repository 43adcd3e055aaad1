import { useEffect } from 'react';
import { api } from '../api.ts';

// File → New Meeting (Ctrl+Shift+N) from any screen: the screen says where its committee's new
// meeting form is; the form takes the focus when it next appears.

let isFocusRequested = false;

/** Called by the New meeting form when it appears: true once after the command was given. */
export function takeNewMeetingFocusRequest(): boolean {
  const wasRequested = isFocusRequested;
  isFocusRequested = false;
  return wasRequested;
}

export function useNewMeetingCommand(goToForm: () => void): void {
  useEffect(() => {
    const run = () => {
      isFocusRequested = true;
      goToForm();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        run();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const offMenu = api.on('menu-command', (command) => {
      if (command === 'new-meeting') run();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offMenu();
    };
  }, [goToForm]);
}
