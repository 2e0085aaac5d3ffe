import type { Node } from '@xyflow/react';
import type { BoardNode } from './toFlow';

const NOTE_COLORS = { objective: '#f5c518', kr: '#6cb6f5', idea: '#f59ac0' } as const;

/** The minimap's fill for a node: notes by kind, frames by a pale version of their tint. */
export function minimapColor(node: Node): string {
  const boardNode = node as BoardNode;
  if (boardNode.type === 'note') return NOTE_COLORS[boardNode.data.kind];
  return `color-mix(in srgb, ${boardNode.data.tint} 18%, white)`;
}
