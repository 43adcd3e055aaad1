import { useModalDialog } from '../app/useModalDialog.ts';
import { shortcutGroups } from './shortcut-list.ts';

export function ShortcutsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { ref: dialog } = useModalDialog(isOpen);
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
      <button type="button" className="primary" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
