import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { NOTE_SIZE, linkMeaning, type BoardSnapshot, type LinkMeaning, type NoteKind } from '../../shared/board';
import { teamTint } from './colors';
import { coveredSides, linkSides } from './linkSides';

/** The four sides a note offers for links; an edge uses the pair facing each other. */
export type HandleSide = 'top' | 'bottom' | 'left' | 'right';

export type NoteNodeData = {
  kind: NoteKind;
  text: string;
  author: string;
  /** Key results under this objective (0 for other kinds). */
  krCount: number;
  /** One of my private brainstorm ideas: on my screen only until the facilitator reveals it. */
  private?: boolean;
};
export type NoteNode = Node<NoteNodeData, 'note'>;

export type TeamNodeData = {
  name: string;
  function: string;
  level: number;
  levelName: string;
  tint: string;
};
export type TeamNode = Node<TeamNodeData, 'team'>;

export type BoardNode = NoteNode | TeamNode;

export type LinkEdgeData = {
  /** Derived from the kinds of the ends; null when an idea is at either end. */
  meaning: LinkMeaning | null;
  /** Outside the facilitator's spotlight: the label dims with the line (it is drawn in another layer). */
  dimmed?: boolean;
};
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

/**
 * Where a note's link ends sit, given up front with its size, so a board's links are drawn
 * on the first frame instead of after React Flow has measured every note.
 */
export const NOTE_HANDLES: NodeHandle[] = [
  { id: 'top', type: 'source', position: Position.Top, x: NOTE_SIZE.w / 2, y: 0, width: 0, height: 0 },
  { id: 'bottom', type: 'source', position: Position.Bottom, x: NOTE_SIZE.w / 2, y: NOTE_SIZE.h, width: 0, height: 0 },
  { id: 'left', type: 'source', position: Position.Left, x: 0, y: NOTE_SIZE.h / 2, width: 0, height: 0 },
  { id: 'right', type: 'source', position: Position.Right, x: NOTE_SIZE.w, y: NOTE_SIZE.h / 2, width: 0, height: 0 },
];

/** Frames under links under notes, so a note dropped on a frame stays clickable. */
export const Z = { team: 0, link: 1, note: 10 } as const;

/** React Flow ids are shared by nodes of both kinds; board ids are unique across maps. */
export function toFlow(board: BoardSnapshot): { nodes: BoardNode[]; edges: LinkFlowEdge[] } {
  const krCounts = new Map<string, number>();
  for (const note of board.notes) {
    if (note.kind === 'kr' && note.objectiveId) krCounts.set(note.objectiveId, (krCounts.get(note.objectiveId) ?? 0) + 1);
  }

  const teams: TeamNode[] = board.teams.map((team) => ({
    id: team.id,
    type: 'team',
    position: { x: team.x, y: team.y },
    width: team.w,
    height: team.h,
    measured: { width: team.w, height: team.h },
    zIndex: Z.team,
    dragHandle: '.team-frame__header',
    // The frame body lets the pointer through to the board; its header and resize
    // handles take it back (canvas.css).
    style: { pointerEvents: 'none' },
    data: {
      name: team.name,
      function: team.function,
      level: team.level,
      levelName: board.meta.levels[team.level] ?? `Level ${team.level + 1}`,
      tint: teamTint(team.color, team.function, team.level),
    },
  }));

  const notes: NoteNode[] = board.notes.map((note) => ({
    id: note.id,
    type: 'note',
    position: { x: note.x, y: note.y },
    width: NOTE_SIZE.w,
    height: NOTE_SIZE.h,
    measured: { width: NOTE_SIZE.w, height: NOTE_SIZE.h },
    handles: NOTE_HANDLES,
    zIndex: Z.note,
    data: { kind: note.kind, text: note.text, author: note.author, krCount: krCounts.get(note.id) ?? 0 },
  }));

  const byId = new Map(board.notes.map((note) => [note.id, note]));
  const covered = coveredSides(board.notes);
  const edges: LinkFlowEdge[] = [];
  for (const link of board.links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) continue;
    const sides = linkSides(from, to, covered);
    edges.push({
      id: link.id,
      type: 'link',
      source: from.id,
      target: to.id,
      sourceHandle: sides.source,
      targetHandle: sides.target,
      zIndex: Z.link,
      data: { meaning: linkMeaning(from.kind, to.kind) },
    });
  }

  return { nodes: [...teams, ...notes], edges };
}
