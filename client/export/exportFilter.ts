import type { Rect, XYPosition } from '@xyflow/react';
import type { BoardSnapshot } from '../../shared/board';
import { noteRect, teamRect } from '../canvas/placement';

/**
 * What an image export leaves out of the canvas it captures, and which board elements a
 * tile needs. Editing affordances (link handles, "+ Key result", empty-note prompts,
 * resize handles, a link's invisible pointer target) and other people's cursors are never
 * part of the board's picture. Overlay decorations (findings, highlights) are any element
 * with the class `overlay-decoration`: kept in an export "with overlay", left out of a
 * plain one.
 */

export const OVERLAY_DECORATION = 'overlay-decoration';

/** Class put on the captured root of a plain export, so CSS can hide overlay styling too. */
export const PLAIN_EXPORT = 'export-plain';

export const NEVER_EXPORTED = [
  '.react-flow__handle',
  '.react-flow__resize-control',
  '.react-flow__connectionline',
  '.react-flow__edge-interaction',
  '.sticky__add-kr',
  '.sticky__placeholder',
  '.note-copy-down',
  '.cursor',
] as const;

/** The part of an element a filter reads: works on DOM elements and on test doubles. */
export interface Inspectable {
  matches(selector: string): boolean;
  getAttribute(name: string): string | null;
  readonly firstElementChild: Inspectable | null;
}

/**
 * Where each board element lies, in board coordinates, by the key `placementKey` gives
 * its element: a note or frame is one rectangle, a link a chain of small ones along its
 * curve (a long diagonal link would otherwise claim every tile of its bounding box).
 */
export type Placement = ReadonlyMap<string, readonly Rect[]>;

export function boardRects(board: BoardSnapshot): Map<string, Rect[]> {
  const rects = new Map<string, Rect[]>();
  for (const team of board.teams) rects.set(team.id, [teamRect(team)]);
  for (const note of board.notes) rects.set(note.id, [noteRect(note)]);
  return rects;
}

/** Rectangles covering a polyline, each segment grown by `margin` (stroke and arrow head). */
export function segmentRects(points: readonly XYPosition[], margin: number): Rect[] {
  const rects: Rect[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const x = Math.min(a.x, b.x) - margin;
    const y = Math.min(a.y, b.y) - margin;
    rects.push({ x, y, width: Math.abs(a.x - b.x) + 2 * margin, height: Math.abs(a.y - b.y) + 2 * margin });
  }
  return rects;
}

/**
 * The key of a board element in a Placement, or null for structure that every tile keeps:
 * nodes and links by id (a link's wrapping `<svg>` by its link), link labels as `label:<id>`.
 */
export function placementKey(node: Inspectable): string | null {
  if (node.matches('.react-flow__node, .react-flow__edge')) return node.getAttribute('data-id');
  if (node.matches('.react-flow__edges > svg')) {
    const edge = node.firstElementChild;
    return edge?.matches('.react-flow__edge') ? edge.getAttribute('data-id') : null;
  }
  const label = node.getAttribute('data-link-id');
  return label === null ? null : `label:${label}`;
}

export interface FilterOptions {
  overlay: boolean;
  /** Keep only board elements that meet this area (a tile); everything when absent. */
  area?: Rect;
  placement?: Placement;
}

/**
 * The html-to-image `filter`: true keeps an element (and lets the capture look inside it).
 * Text and other non-element nodes are always kept, and so is an element whose place is
 * unknown.
 */
export function exportFilter({ overlay, area, placement }: FilterOptions): (node: unknown) => boolean {
  const excluded = overlay ? NEVER_EXPORTED.join(',') : [...NEVER_EXPORTED, `.${OVERLAY_DECORATION}`].join(',');
  return (node) => {
    if (!isInspectable(node)) return true;
    if (node.matches(excluded)) return false;
    if (!area || !placement) return true;
    const key = placementKey(node);
    const rects = key === null ? undefined : placement.get(key);
    return rects === undefined || rects.some((rect) => intersects(rect, area));
  };
}

function isInspectable(node: unknown): node is Inspectable {
  return typeof (node as Partial<Inspectable> | null)?.matches === 'function';
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
