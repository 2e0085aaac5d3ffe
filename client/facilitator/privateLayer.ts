import type * as Y from 'yjs';
import type { BoardSnapshot } from '../../shared/board';
import type { BoardStore } from '../sync/boardStore';
import { toFlow, Z, type BoardNode, type NoteNode } from '../canvas/toFlow';

/**
 * My private brainstorm: a second doc, synced only between me and the server, with the
 * board's schema. Ideas I write while the facilitator runs a private step live here and
 * are drawn on my canvas only, until the reveal moves them onto the board.
 */
export interface PrivateIdeasLayer {
  doc: Y.Doc;
  store: BoardStore;
  /** True while the room is in private mode: my new ideas go here instead of the board. */
  writing: boolean;
}

/** My private ideas as canvas nodes over the board's, marked so they show a "private" badge. */
export function privateIdeaNodes(ideas: BoardSnapshot): NoteNode[] {
  return toFlow(ideas).nodes.flatMap((node) =>
    node.type === 'note' ? [{ ...node, zIndex: Z.note + 1, data: { ...node.data, private: true } }] : [],
  );
}

/** The board's nodes with my private ideas drawn over them. */
export function withPrivateIdeas(nodes: BoardNode[], ideas: BoardSnapshot | null): BoardNode[] {
  if (!ideas || ideas.notes.length === 0) return nodes;
  return [...nodes, ...privateIdeaNodes(ideas)];
}
