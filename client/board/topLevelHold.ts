import { topLevelIds, topLevelName, type BoardSnapshot } from '../../shared/board';
import type { BoardNode } from '../canvas/toFlow';
import { useUi } from '../ui/store';
import type { BoardSession } from './BoardContext';

const NONE: ReadonlySet<string> = new Set();

/** The teams and notes the current step keeps me from changing: the top level's, or none. */
export function heldIds(session: Pick<BoardSession, 'topLevelReadOnly'>, board: BoardSnapshot): ReadonlySet<string> {
  return session.topLevelReadOnly ? topLevelIds(board) : NONE;
}

/** Says why a change to the top level did not happen, naming the level as the board does. */
export function explainHeld(board: BoardSnapshot): void {
  useUi.getState().toast(`The ${topLevelName(board.meta)} level is read-only in this step. Your team's frame is open.`, 'warning');
}

/** Held nodes stay where they are: React Flow and the sketch drag none of them, and their components offer no edit. */
export function holdNodes(nodes: BoardNode[], held: ReadonlySet<string>): BoardNode[] {
  if (held.size === 0) return nodes;
  return nodes.map((node) => (held.has(node.id) ? ({ ...node, draggable: false, data: { ...node.data, held: true } } as BoardNode) : node));
}
