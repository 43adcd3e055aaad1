import { useCallback, useEffect, useRef } from 'react';

/**
 * A modal built on the system's own dialog element, so Escape closes it and the focus stays
 * inside: shown while `isOpen` (from the first render by default). jsdom has no showModal, so
 * there it is only marked open. `hide` answers true when the element closed itself, in which
 * case its close event follows; false when the caller must say it is closed.
 */
export function useModalDialog(isOpen = true) {
  const ref = useRef<HTMLDialogElement>(null);

  const hide = useCallback((): boolean => {
    const element = ref.current;
    if (!element?.open) return false;
    if (typeof element.close === 'function') {
      element.close();
      return true;
    }
    element.removeAttribute('open');
    return false;
  }, []);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (isOpen && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    if (!isOpen) hide();
  }, [hide, isOpen]);

  return { ref, hide };
}
