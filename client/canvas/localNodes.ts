import type { XYPosition } from '@xyflow/react';
import type { BoardNode } from './toFlow';

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
    return {
      ...node,
      selected: isSelected,
      position: local?.position ?? node.position,
      width: local?.width ?? node.width,
      height: local?.height ?? node.height,
    } as BoardNode;
  });
}

/**
 * Returns `next`, but with each node that equals its previous version replaced by that
 * previous object. React Flow re-processes a node whose object changed, so during a remote
 * drag only the dragged note is touched, not all 500.
 */
export function keepUnchanged<T extends BoardNode>(prev: readonly T[], next: T[]): T[] {
  if (prev.length === 0) return next;
  const byId = new Map(prev.map((node) => [node.id, node]));
  let reused = 0;
  const out = next.map((node) => {
    const old = byId.get(node.id);
    if (old && sameNode(old, node)) {
      reused++;
      return old;
    }
    return node;
  });
  return reused === prev.length && prev.length === next.length && prev.every((node, i) => node === out[i])
    ? (prev as T[])
    : out;
}

function sameNode(a: BoardNode, b: BoardNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    Boolean(a.selected) === Boolean(b.selected) &&
    a.zIndex === b.zIndex &&
    shallowEqual(a.data, b.data)
  );
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}
