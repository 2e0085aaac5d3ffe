import type { BoardSnapshot } from '../../shared/board';
import type { SpotlightTarget } from '../../shared/workshop/controlState';
import { boundsOf, noteRect, teamRect } from '../canvas/placement';
import type { BoardNode, LinkFlowEdge } from '../canvas/toFlow';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What stays lit while the facilitator spotlights a note or a team; everything else dims. */
export interface SpotlightScope {
  nodeIds: ReadonlySet<string>;
  /** The lit items' bounds, for fitting the view to them once. */
  bounds: Rect;
}

/**
 * A note lights itself and, for an objective, its key results; a team lights its frame
 * and every note in it. Null when the target is gone from the board: dimming everything
 * around nothing would only hide the board.
 */
export function spotlightScope(board: BoardSnapshot, target: SpotlightTarget | null): SpotlightScope | null {
  if (!target) return null;
  const rects: Rect[] = [];
  const nodeIds = new Set<string>();
  const lightNote = (note: BoardSnapshot['notes'][number]) => {
    nodeIds.add(note.id);
    rects.push(noteRect(note));
  };
  if (target.kind === 'team') {
    const team = board.teams.find((t) => t.id === target.id);
    if (!team) return null;
    nodeIds.add(team.id);
    rects.push(teamRect(team));
    for (const note of board.notes) if (note.teamId === team.id) lightNote(note);
  } else {
    const note = board.notes.find((n) => n.id === target.id);
    if (!note) return null;
    lightNote(note);
    if (note.kind === 'objective') for (const kr of board.notes) if (kr.objectiveId === note.id) lightNote(kr);
  }
  return { nodeIds, bounds: boundsOf(rects) };
}

/** The spotlight target a single selected note or frame gives, or null for no or several. */
export function spotlightFromSelection(board: BoardSnapshot, selected: ReadonlySet<string>): SpotlightTarget | null {
  if (selected.size !== 1) return null;
  const [id] = selected;
  if (board.notes.some((note) => note.id === id)) return { kind: 'note', id: id! };
  if (board.teams.some((team) => team.id === id)) return { kind: 'team', id: id! };
  return null;
}

/** The class of what the spotlight leaves out: it fades, in the DOM (workshop.css) and on the sketch. */
export const DIMMED_CLASS = 'is-dimmed';

/** Marks what the spotlight leaves out; a link stays lit only between two lit notes. */
export function dimOutsideSpotlight(
  flow: { nodes: BoardNode[]; edges: LinkFlowEdge[] },
  scope: SpotlightScope | null,
): { nodes: BoardNode[]; edges: LinkFlowEdge[] } {
  if (!scope) return flow;
  const lit = scope.nodeIds;
  return {
    nodes: flow.nodes.map((node) => (lit.has(node.id) ? node : { ...node, className: DIMMED_CLASS })),
    edges: flow.edges.map((edge) =>
      lit.has(edge.source) && lit.has(edge.target) ? edge : { ...edge, className: DIMMED_CLASS, data: { meaning: null, ...edge.data, dimmed: true } },
    ),
  };
}
