import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * A modal built on the system's own dialog element, so Escape closes it and the focus stays
 * inside: shown while `isOpen` (from the first render by default). jsdom has no showModal, so
 * there it is only marked open. `hide` answers true when the element closed itself, in which
 * case its close event follows; false when the caller must say it is closed.
 *
 * `initialFocus` is the control the secretary will want first (not the browser's pick, the first
 * radio button); the dialog opens scrolled to its top, and when it closes the focus goes back
 * where it was, so Escape leaves the secretary where they were typing.
 */
export function useModalDialog(isOpen = true, options: { initialFocus?: RefObject<HTMLElement | null> } = {}) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const { initialFocus } = options;

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
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
      initialFocus?.current?.focus({ preventScroll: true });
      element.scrollTo?.(0, 0);
    }
    if (!isOpen) {
      hide();
      focusBack(returnTo.current);
      returnTo.current = null;
    }
  }, [hide, initialFocus, isOpen]);
  // Closed by going away (the export dialog is unmounted when it closes).
  useEffect(() => {
    const saved = returnTo;
    return () => focusBack(saved.current);
  }, []);

  return { ref, hide };
}

function focusBack(target: HTMLElement | null) {
  if (target?.isConnected) target.focus({ preventScroll: true });
}
