import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { NOTE_SIZE, linkMeaning, type BoardSnapshot, type LinkMeaning, type Note, type NoteKind, type Team } from '../../shared/board';
import { teamTint } from './colors';
import { coveredSides, linkSides, type CoveredSides } from './linkSides';
import { sameEdge } from './localNodes';

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
  /** The step keeps me from changing it (client/board/topLevelHold.ts). */
  held?: boolean;
};
export type NoteNode = Node<NoteNodeData, 'note'>;

export type TeamNodeData = {
  name: string;
  function: string;
  level: number;
  levelName: string;
  tint: string;
  /** The step keeps me from changing it (client/board/topLevelHold.ts). */
  held?: boolean;
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

export interface Flow {
  nodes: BoardNode[];
  edges: LinkFlowEdge[];
}

/** React Flow ids are shared by nodes of both kinds; board ids are unique across maps. */
export function toFlow(board: BoardSnapshot): Flow {
  return createFlowConverter()(board);
}

/**
 * toFlow for a board that changes a little at a time. Each team, note and link whose
 * inputs are unchanged since the last call (the same snapshot object, which
 * refreshSnapshot keeps for untouched entries, and the same derived counts and link
 * ends) gets the same node or edge object back, so React Flow and the canvas skip it: a
 * remote drag on a 5,000-note board hands them one new node per frame, not 5,000.
 *
 * @example const convert = createFlowConverter(); convert(before); convert(after);
 */
export function createFlowConverter(): (board: BoardSnapshot) => Flow {
  let teams = new Map<string, { team: Team; levelName: string; node: TeamNode }>();
  let notes = new Map<string, { note: Note; krCount: number; node: NoteNode }>();
  let edges = new Map<string, LinkFlowEdge>();

  return (board) => {
    const krCounts = new Map<string, number>();
    for (const note of board.notes) {
      if (note.kind === 'kr' && note.objectiveId) krCounts.set(note.objectiveId, (krCounts.get(note.objectiveId) ?? 0) + 1);
    }

    const nextTeams: typeof teams = new Map();
    const teamNodes = board.teams.map((team) => {
      const levelName = board.meta.levels[team.level] ?? `Level ${team.level + 1}`;
      const old = teams.get(team.id);
      const node = old && old.team === team && old.levelName === levelName ? old.node : teamNode(team, levelName);
      nextTeams.set(team.id, { team, levelName, node });
      return node;
    });

    const nextNotes: typeof notes = new Map();
    const byId = new Map<string, Note>();
    const noteNodes = board.notes.map((note) => {
      byId.set(note.id, note);
      const krCount = krCounts.get(note.id) ?? 0;
      const old = notes.get(note.id);
      const node = old && old.note === note && old.krCount === krCount ? old.node : noteNode(note, krCount);
      nextNotes.set(note.id, { note, krCount, node });
      return node;
    });

    const covered = coveredSides(board.notes);
    const nextEdges: typeof edges = new Map();
    const linkEdges: LinkFlowEdge[] = [];
    for (const link of board.links) {
      const from = byId.get(link.from);
      const to = byId.get(link.to);
      if (!from || !to) continue;
      const fresh = linkEdge(link.id, from, to, covered);
      const old = edges.get(link.id);
      const edge = old && sameEdge(old, fresh) ? old : fresh;
      nextEdges.set(link.id, edge);
      linkEdges.push(edge);
    }

    teams = nextTeams;
    notes = nextNotes;
    edges = nextEdges;
    return { nodes: [...teamNodes, ...noteNodes], edges: linkEdges };
  };
}

function teamNode(team: Team, levelName: string): TeamNode {
  return {
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
      levelName,
      tint: teamTint(team.color, team.function, team.level),
    },
  };
}

function noteNode(note: Note, krCount: number): NoteNode {
  return {
    id: note.id,
    type: 'note',
    position: { x: note.x, y: note.y },
    width: NOTE_SIZE.w,
    height: NOTE_SIZE.h,
    measured: { width: NOTE_SIZE.w, height: NOTE_SIZE.h },
    handles: NOTE_HANDLES,
    zIndex: Z.note,
    data: { kind: note.kind, text: note.text, author: note.author, krCount },
  };
}

function linkEdge(id: string, from: Note, to: Note, covered: CoveredSides): LinkFlowEdge {
  const sides = linkSides(from, to, covered);
  return {
    id,
    type: 'link',
    source: from.id,
    target: to.id,
    sourceHandle: sides.source,
    targetHandle: sides.target,
    zIndex: Z.link,
    data: { meaning: linkMeaning(from.kind, to.kind) },
  };
}
