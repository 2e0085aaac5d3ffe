import { getNodesBounds } from '@xyflow/react';
import { NOTE_SIZE } from '../../../shared/board';
import { NOTE_HANDLES, type BoardNode, type HandleSide, type LinkFlowEdge, type NoteNode, type TeamNode } from '../toFlow';

/**
 * What the sketch draws, as plain data: the canvas's own nodes and edges (so the sketch
 * shows exactly what full detail would: private ideas, the spotlight, my selection and
 * drags), with each link's curve worked out once. No DOM here.
 */

/** A cubic Bézier from a note's side to another's: start, two controls, end. */
export type Curve = readonly [number, number, number, number, number, number, number, number];

export interface SketchLink {
  edge: LinkFlowEdge;
  curve: Curve;
}

export interface SketchScene {
  frames: readonly TeamNode[];
  byId: ReadonlyMap<string, BoardNode>;
  /** In drawing order, lowest first: React Flow's order, in which private ideas come last. */
  notes: readonly NoteNode[];
  links: readonly SketchLink[];
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SIDE_OUT: Record<HandleSide, Point> = { top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };
const HANDLE_AT = new Map(NOTE_HANDLES.map((handle) => [handle.id as HandleSide, { x: handle.x, y: handle.y }]));
/** React Flow's default for getBezierPath. */
const CURVATURE = 0.25;

/** Remembers each link's curve while its edge and both end nodes keep their objects. */
export type CurveCache = Map<string, { edge: LinkFlowEdge; source: NoteNode; target: NoteNode; curve: Curve }>;

/**
 * @example buildSketchScene(nodes, edges, new Map()).links[0].curve // [x0, y0, c1x, c1y, c2x, c2y, x1, y1]
 */
export function buildSketchScene(nodes: readonly BoardNode[], edges: readonly LinkFlowEdge[], curves: CurveCache): SketchScene {
  const frames: TeamNode[] = [];
  const notes: NoteNode[] = [];
  const byId = new Map<string, BoardNode>();
  for (const node of nodes) {
    byId.set(node.id, node);
    if (node.type === 'team') frames.push(node);
    else notes.push(node);
  }
  const links: SketchLink[] = [];
  const seen = new Set<string>();
  for (const edge of edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source?.type !== 'note' || target?.type !== 'note') continue;
    seen.add(edge.id);
    const cached = curves.get(edge.id);
    if (cached && cached.edge === edge && cached.source === source && cached.target === target) {
      links.push({ edge, curve: cached.curve });
      continue;
    }
    const curve = linkCurve(source, edge.sourceHandle as HandleSide, target, edge.targetHandle as HandleSide);
    curves.set(edge.id, { edge, source, target, curve });
    links.push({ edge, curve });
  }
  for (const id of curves.keys()) if (!seen.has(id)) curves.delete(id);
  return { frames, byId, notes, links };
}

/**
 * The curve React Flow's getBezierPath draws between two handles, as numbers rather than
 * an SVG path string, so the canvas draws it without parsing (the unit test holds the two
 * equal).
 */
export function linkCurve(source: NoteNode, sourceSide: HandleSide, target: NoteNode, targetSide: HandleSide): Curve {
  const from = handlePoint(source, sourceSide);
  const to = handlePoint(target, targetSide);
  const [c1x, c1y] = control(sourceSide, from, to);
  const [c2x, c2y] = control(targetSide, to, from);
  return [from.x, from.y, c1x, c1y, c2x, c2y, to.x, to.y];
}

function handlePoint(node: NoteNode, side: HandleSide): Point {
  const at = HANDLE_AT.get(side) ?? { x: NOTE_SIZE.w / 2, y: NOTE_SIZE.h / 2 };
  return { x: node.position.x + at.x, y: node.position.y + at.y };
}

function control(side: HandleSide, from: Point, to: Point): [number, number] {
  const out = SIDE_OUT[side];
  // How far the control point reaches: half the distance when the other end lies ahead of
  // the side, a short reach that grows with the square root when it lies behind.
  const ahead = out.x * (to.x - from.x) + out.y * (to.y - from.y);
  const reach = ahead >= 0 ? 0.5 * ahead : CURVATURE * 25 * Math.sqrt(-ahead);
  return [from.x + out.x * reach, from.y + out.y * reach];
}

/** The box a curve stays inside (its control polygon's), for culling. */
export function curveBox(curve: Curve): Box {
  const x = Math.min(curve[0], curve[2], curve[4], curve[6]);
  const y = Math.min(curve[1], curve[3], curve[5], curve[7]);
  return { x, y, width: Math.max(curve[0], curve[2], curve[4], curve[6]) - x, height: Math.max(curve[1], curve[3], curve[5], curve[7]) - y };
}

const boxes = new WeakMap<BoardNode, Box>();

/** A node's box on the board; made once per node object (the sketch asks for thousands a frame). Do not change it. */
export function nodeBox(node: BoardNode): Box {
  let box = boxes.get(node);
  if (!box) {
    box = { x: node.position.x, y: node.position.y, width: node.width ?? NOTE_SIZE.w, height: node.height ?? NOTE_SIZE.h };
    boxes.set(node, box);
  }
  return box;
}

export function contains(box: Box, point: Point): boolean {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
}

/** Height of a frame's header on the board, where full detail grabs a frame to drag it. */
export const FRAME_HEADER = 48;
/** The header never gets shorter on screen than this, so a far-out frame can still be grabbed by its name. */
export const FRAME_GRIP_MIN_PX = 22;

/** The strip at the top of a frame that drags it: its header, or more when zoomed far out. */
export function frameGrip(frame: TeamNode, zoom: number): Box {
  const box = nodeBox(frame);
  return { ...box, height: Math.min(box.height, Math.max(FRAME_HEADER, FRAME_GRIP_MIN_PX / zoom)) };
}

/** The notes and frames wholly inside a box on the board, as a selection box picks them. */
export function nodesInside(scene: SketchScene, box: Box): string[] {
  const inside = (node: BoardNode) => {
    const { x, y, width, height } = nodeBox(node);
    return x >= box.x && y >= box.y && x + width <= box.x + box.width && y + height <= box.y + box.height;
  };
  return [...scene.frames, ...scene.notes].filter(inside).map((node) => node.id);
}

/** What is under a board point: the topmost note, else a frame by its grip. */
export type SketchHit = { type: 'note'; node: NoteNode } | { type: 'team'; node: TeamNode };

export function hitTest(scene: SketchScene, point: Point, zoom: number): SketchHit | null {
  for (let i = scene.notes.length - 1; i >= 0; i--) {
    const node = scene.notes[i]!;
    if (contains(nodeBox(node), point)) return { type: 'note', node };
  }
  for (let i = scene.frames.length - 1; i >= 0; i--) {
    const node = scene.frames[i]!;
    if (contains(frameGrip(node, zoom), point)) return { type: 'team', node };
  }
  return null;
}

const bounds = new WeakMap<SketchScene, Box | null>();

/** The box around every frame and note, or null for an empty board; worked out once per scene. */
export function sceneBounds(scene: SketchScene): Box | null {
  if (bounds.has(scene)) return bounds.get(scene)!;
  const box = scene.byId.size > 0 ? getNodesBounds([...scene.byId.values()]) : null;
  bounds.set(scene, box);
  return box;
}
