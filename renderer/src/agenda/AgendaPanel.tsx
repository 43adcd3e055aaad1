import { DndContext, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { indent, moveAmongSiblings, moveTo, outdent, type OrderEntry } from '../../../shared/agenda-order.ts';
import type { AgendaItem } from '../../../shared/domain.ts';
import type { Numbered } from '../../../shared/numbering.ts';
import { recordOf, useOpenMeeting } from '../meetings/open-meeting.ts';

export type NumberedItem = Numbered<AgendaItem>;

type Props = {
  items: NumberedItem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onAdd: () => void;
  onDelete: (item: NumberedItem) => void;
  onReorder: (order: OrderEntry[]) => void;
};

// Dragging is for the mouse; from the keyboard the list's own keys move and indent items.
const screenReaderInstructions = {
  draggable: 'Press Alt+Shift with the up or down arrow to move this item, or with the right or left arrow to make it a sub-item or a main item.',
};

export const itemLabel = (item: NumberedItem) => `${item.number} ${item.title.trim() || 'Untitled item'}`;

/** Items not for publication: marked Part 2 themselves, or sub-items of one (the minutes treat both alike). */
function usePart2Items(items: NumberedItem[]): Set<string> {
  const detail = useOpenMeeting(items[0]?.meetingId ?? '');
  const isMarked = (id: string) => recordOf(detail, id).part2 !== null;
  return new Set(items.filter((item) => isMarked(item.id) || (item.parentId !== null && isMarked(item.parentId))).map((item) => item.id));
}

export function AgendaPanel({ items, selectedId, onSelect, onOpen, onAdd, onDelete, onReorder }: Props) {
  const order: OrderEntry[] = items.map(({ id, parentId }) => ({ id, parentId }));
  const selected = items.find((item) => item.id === selectedId) ?? null;
  const optionRefs = useRef(new Map<string, HTMLLIElement>());
  // Small movement threshold: a click selects, a drag reorders.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const part2Items = usePart2Items(items);

  const reorder = (next: OrderEntry[]) => {
    if (next !== order) onReorder(next);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) reorder(moveTo(order, String(active.id), String(over.id)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!selected) return;
    const index = items.indexOf(selected);
    const isMove = event.altKey && event.shiftKey;
    let handled = true;
    if (isMove && event.key === 'ArrowUp') reorder(moveAmongSiblings(order, selected.id, -1));
    else if (isMove && event.key === 'ArrowDown') reorder(moveAmongSiblings(order, selected.id, 1));
    else if (isMove && event.key === 'ArrowRight') reorder(indent(order, selected.id));
    else if (isMove && event.key === 'ArrowLeft') reorder(outdent(order, selected.id));
    else if (event.altKey || event.ctrlKey || event.metaKey) handled = false;
    else if (event.key === 'ArrowUp' && index > 0) onSelect(items[index - 1]!.id);
    else if (event.key === 'ArrowDown' && index < items.length - 1) onSelect(items[index + 1]!.id);
    else if (event.key === 'Home' && items[0]) onSelect(items[0].id);
    else if (event.key === 'End' && items.length) onSelect(items[items.length - 1]!.id);
    else if (event.key === 'Enter') onOpen(selected.id);
    else if (event.key === 'Delete') onDelete(selected);
    else handled = false;
    if (handled) event.preventDefault();
  };

  // Keep keyboard focus on the selected option when the selection moves while the list has focus.
  useEffect(() => {
    const list = selectedId ? optionRefs.current.get(selectedId)?.parentElement : null;
    if (selectedId && list?.contains(document.activeElement)) optionRefs.current.get(selectedId)?.focus();
  }, [selectedId, items]);

  return (
    <section className="agenda-panel" aria-labelledby="agenda-heading" data-region="agenda">
      <h2 id="agenda-heading">Agenda</h2>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ screenReaderInstructions }}>
        <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          <ul role="listbox" aria-label="Agenda items" className="agenda-list" onKeyDown={onKeyDown}>
            {items.map((item) => (
              <AgendaOption
                key={item.id}
                item={item}
                isSelected={item.id === selectedId}
                isPart2={part2Items.has(item.id)}
                isTabStop={item.id === (selectedId ?? items[0]?.id)}
                onSelect={onSelect}
                register={(element) => (element ? optionRefs.current.set(item.id, element) : optionRefs.current.delete(item.id))}
              />
            ))}
          </ul>
        </SortableContext>
      </DndContext>
      <div className="agenda-tools" role="toolbar" aria-label="Agenda tools">
        <button type="button" onClick={onAdd} title="Ctrl+Enter">
          Add item
        </button>
        <button type="button" className="icon" aria-label="Move item up" title="Alt+Shift+↑" disabled={!selected} onClick={() => selected && reorder(moveAmongSiblings(order, selected.id, -1))}>
          ↑
        </button>
        <button type="button" className="icon" aria-label="Move item down" title="Alt+Shift+↓" disabled={!selected} onClick={() => selected && reorder(moveAmongSiblings(order, selected.id, 1))}>
          ↓
        </button>
        <button type="button" className="icon" aria-label="Make sub-item" title="Alt+Shift+→" disabled={!selected} onClick={() => selected && reorder(indent(order, selected.id))}>
          →
        </button>
        <button type="button" className="icon" aria-label="Make main item" title="Alt+Shift+←" disabled={!selected} onClick={() => selected && reorder(outdent(order, selected.id))}>
          ←
        </button>
        <button type="button" className="danger" title="Delete" disabled={!selected} onClick={() => selected && onDelete(selected)}>
          Delete item
        </button>
      </div>
    </section>
  );
}

function AgendaOption({
  item,
  isSelected,
  isPart2,
  isTabStop,
  onSelect,
  register,
}: {
  item: NumberedItem;
  isSelected: boolean;
  isPart2: boolean;
  isTabStop: boolean;
  onSelect: (id: string) => void;
  register: (element: HTMLLIElement | null) => void;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  return (
    <li
      ref={(element) => {
        setNodeRef(element);
        register(element);
      }}
      {...attributes}
      {...listeners}
      role="option"
      aria-selected={isSelected}
      aria-label={isPart2 ? `${itemLabel(item)} (Part 2)` : itemLabel(item)}
      aria-roledescription="agenda item"
      tabIndex={isTabStop ? 0 : -1}
      className={`agenda-option depth-${item.depth}${isSelected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      onClick={() => onSelect(item.id)}
    >
      <span className="agenda-number">{item.number}</span>
      <span className="agenda-title">{item.title.trim() || <em>Untitled item</em>}</span>
      {isPart2 && (
        <span className="part2-badge" aria-hidden="true">
          Part 2
        </span>
      )}
    </li>
  );
}
