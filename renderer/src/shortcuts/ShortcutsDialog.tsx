import { useRef } from 'react';
import { useModalDialog } from '../app/useModalDialog.ts';
import { shortcutGroups } from './shortcut-list.ts';

export function ShortcutsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  // Opens at the top of the list, with Close under the focus (not scrolled down to it).
  const { ref: dialog } = useModalDialog(isOpen, { initialFocus: closeButton });
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-heading" onClose={onClose} onCancel={onClose}>
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <div className="shortcut-groups">
        {shortcutGroups.map((group) => (
          <section key={group.heading} aria-label={group.heading}>
            <h3>{group.heading}</h3>
            <dl>
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.keys} className="shortcut">
                  <dt>
                    <kbd>{shortcut.keys}</kbd>
                  </dt>
                  <dd>{shortcut.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <button ref={closeButton} type="button" className="primary" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
