// Rules of agenda shape shared by the renderer (to propose a move) and the main process
// (to accept it): one flat order, sub-items one level deep, each straight after its parent.

export type OrderEntry = { id: string; parentId: string | null };

/** Why this order is not a valid agenda shape, or null when it is. */
export function agendaOrderProblem(order: OrderEntry[]): string | null {
  const topLevel = new Set<string>();
  let currentParent: string | null = null;
  for (const entry of order) {
    if (entry.parentId === null) {
      topLevel.add(entry.id);
      currentParent = entry.id;
    } else if (entry.parentId !== currentParent || !topLevel.has(entry.parentId)) {
      return 'A sub-item must sit directly under a main item.';
    }
  }
  return null;
}

/**
 * Where a new item goes: straight after `afterId` at its level (a new main item after that item's
 * sub-items), or at the end when there is no such item.
 */
export function insertionPoint(order: OrderEntry[], afterId: string | undefined): { insertAt: number; parentId: string | null } {
  const index = afterId ? order.findIndex((entry) => entry.id === afterId) : -1;
  if (index < 0) return { insertAt: order.length, parentId: null };
  const parentId = order[index]!.parentId;
  let insertAt = index + 1;
  if (parentId === null) while (order[insertAt]?.parentId === afterId) insertAt++;
  return { insertAt, parentId };
}

/** Moves an item (with its sub-items, if any) one step up or down among its siblings. */
export function moveAmongSiblings(order: OrderEntry[], id: string, direction: -1 | 1): OrderEntry[] {
  const blocks = toBlocks(order);
  const entry = order.find((candidate) => candidate.id === id);
  if (!entry) return order;
  if (entry.parentId === null) {
    const index = blocks.findIndex((block) => block[0]!.id === id);
    const target = index + direction;
    if (target < 0 || target >= blocks.length) return order;
    [blocks[index], blocks[target]] = [blocks[target]!, blocks[index]!];
    return blocks.flat();
  }
  const block = blocks.find((candidate) => candidate[0]!.id === entry.parentId)!;
  const children = block.slice(1);
  const index = children.findIndex((child) => child.id === id);
  const target = index + direction;
  if (target < 0 || target >= children.length) return order;
  [children[index], children[target]] = [children[target]!, children[index]!];
  return blocks.map((candidate) => (candidate === block ? [block[0]!, ...children] : candidate)).flat();
}

/** Makes an item a sub-item of the main item above it. Items that have sub-items stay main items. */
export function indent(order: OrderEntry[], id: string): OrderEntry[] {
  const index = order.findIndex((entry) => entry.id === id);
  const entry = order[index];
  if (!entry || entry.parentId !== null || index === 0) return order;
  if (order.some((candidate) => candidate.parentId === id)) return order;
  let parentIndex = index - 1;
  while (order[parentIndex]!.parentId !== null) parentIndex--;
  const parentId = order[parentIndex]!.id;
  return order.map((candidate) => (candidate.id === id ? { id, parentId } : candidate));
}

/** Makes a sub-item a main item again, placed after its former parent's remaining sub-items. */
export function outdent(order: OrderEntry[], id: string): OrderEntry[] {
  const entry = order.find((candidate) => candidate.id === id);
  if (!entry || entry.parentId === null) return order;
  const blocks = toBlocks(order);
  const blockIndex = blocks.findIndex((block) => block[0]!.id === entry.parentId);
  const block = blocks[blockIndex]!;
  const position = block.findIndex((candidate) => candidate.id === id);
  const kept = block.slice(0, position);
  // Later siblings become the promoted item's own sub-items, as in an outline.
  const promoted = [{ id, parentId: null }, ...block.slice(position + 1).map((child) => ({ id: child.id, parentId: id }))];
  blocks.splice(blockIndex, 1, kept, promoted);
  return blocks.flat();
}

/**
 * Drag and drop: a main item moves with its sub-items to the place of the block it is dropped on;
 * a sub-item moves to where it is dropped and joins the block it lands in.
 */
export function moveTo(order: OrderEntry[], id: string, overId: string): OrderEntry[] {
  const entry = order.find((candidate) => candidate.id === id);
  const over = order.find((candidate) => candidate.id === overId);
  if (!entry || !over || id === overId) return order;
  if (entry.parentId === null) {
    const blocks = toBlocks(order);
    const from = blocks.findIndex((block) => block[0]!.id === id);
    const to = blocks.findIndex((block) => block[0]!.id === (over.parentId ?? over.id));
    const [moved] = blocks.splice(from, 1);
    blocks.splice(to, 0, moved!);
    return blocks.flat();
  }
  const rest = order.filter((candidate) => candidate.id !== id);
  const insertAt = rest.indexOf(over) + (order.indexOf(over) > order.indexOf(entry) ? 1 : 0);
  const before = rest[insertAt - 1];
  if (!before) return order;
  return [...rest.slice(0, insertAt), { id, parentId: before.parentId ?? before.id }, ...rest.slice(insertAt)];
}

function toBlocks(order: OrderEntry[]): OrderEntry[][] {
  const blocks: OrderEntry[][] = [];
  for (const entry of order) {
    if (entry.parentId === null) blocks.push([entry]);
    else blocks[blocks.length - 1]!.push(entry);
  }
  return blocks;
}
