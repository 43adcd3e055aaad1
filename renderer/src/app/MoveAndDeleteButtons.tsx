/** The ↑ ↓ Delete tools at the end of a card in a reorderable list (resolutions, phrase-bank wordings). */
export function MoveAndDeleteButtons({
  name,
  className,
  isFirst,
  isLast,
  onMove,
  onDelete,
}: {
  name: string;
  className: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
}) {
  return (
    <span className={className}>
      <button type="button" className="icon quiet" aria-label={`Move ${name} up`} title="Alt+Shift+↑" disabled={isFirst} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" className="icon quiet" aria-label={`Move ${name} down`} title="Alt+Shift+↓" disabled={isLast} onClick={() => onMove(1)}>
        ↓
      </button>
      <button type="button" className="quiet danger" aria-label={`Delete ${name}`} onClick={onDelete}>
        Delete
      </button>
    </span>
  );
}
