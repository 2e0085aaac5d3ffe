import type { XYPosition } from '@xyflow/react';
import type { BoardNode, LinkFlowEdge } from './toFlow';

/** Where a node being dragged or resized is right now, ahead of the doc (one frame at most). */
export interface Interaction {
  position?: XYPosition;
  width?: number;
  height?: number;
}

/** Lays this person's drags, resizes and selection over the nodes the board gives. */
export function withLocalState(
  nodes: readonly BoardNode[],
  interactions: ReadonlyMap<string, Interaction>,
  selected: ReadonlySet<string>,
): BoardNode[] {
  return nodes.map((node) => {
    const local = interactions.get(node.id);
    const isSelected = selected.has(node.id);
    if (!local && !isSelected) return node;
    const width = local?.width ?? node.width;
    const height = local?.height ?? node.height;
    return {
      ...node,
      selected: isSelected,
      position: local?.position ?? node.position,
      width,
      height,
      measured: { width, height },
    } as BoardNode;
  });
}

const hiddenVersions = new WeakMap<BoardNode, BoardNode>();

/**
 * The nodes, hidden from React Flow: it keeps them (fitView, selection) but mounts none,
 * while the sketch draws them. Each node's hidden version is made once and kept while the
 * node keeps its object, so React Flow sees only the nodes that changed.
 */
export function hiddenFromFlow(nodes: readonly BoardNode[]): BoardNode[] {
  return nodes.map((node) => {
    let hidden = hiddenVersions.get(node);
    if (!hidden) {
      hidden = { ...node, hidden: true };
      hiddenVersions.set(node, hidden);
    }
    return hidden;
  });
}

/**
 * Returns `next`, but with each element that equals its previous version replaced by that
 * previous object, and the previous array itself when nothing changed. React Flow
 * re-processes every node or edge whose object changed and notifies thousands of
 * subscribers per new array, so during a remote drag only the dragged note is touched.
 */
export function keepUnchanged<T extends { id: string }>(prev: readonly T[], next: T[], same: (a: T, b: T) => boolean): T[] {
  if (prev.length === 0) return next;
  const byId = new Map(prev.map((item) => [item.id, item]));
  let changed = prev.length !== next.length;
  const out = next.map((item, i) => {
    const old = byId.get(item.id);
    if (old && same(old, item)) {
      if (prev[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return item;
  });
  return changed ? out : (prev as T[]);
}

export function sameNode(a: BoardNode, b: BoardNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    Boolean(a.selected) === Boolean(b.selected) &&
    a.zIndex === b.zIndex &&
    a.className === b.className &&
    a.draggable === b.draggable &&
    shallowEqual(a.data, b.data)
  );
}

export function sameEdge(a: LinkFlowEdge, b: LinkFlowEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.sourceHandle === b.sourceHandle &&
    a.targetHandle === b.targetHandle &&
    Boolean(a.selected) === Boolean(b.selected) &&
    a.className === b.className &&
    a.data?.meaning === b.data?.meaning
  );
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}
