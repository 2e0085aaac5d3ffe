import type { Rect } from '@xyflow/react';
import { NOTE_SIZE, type BoardSnapshot } from '../../shared/board';

/**
 * What an image export leaves out of the canvas it captures, and which board elements a
 * tile needs. Editing affordances (link handles, "+ Key result", empty-note prompts,
 * resize handles) and other people's cursors are never part of the board's picture.
 * Overlay decorations (findings, highlights) are any element with the class
 * `overlay-decoration`: kept in an export "with overlay", left out of a plain one.
 */

export const OVERLAY_DECORATION = 'overlay-decoration';

/** Class put on the captured root of a plain export, so CSS can hide overlay styling too. */
export const PLAIN_EXPORT = 'export-plain';

export const NEVER_EXPORTED = [
  '.react-flow__handle',
  '.react-flow__resize-control',
  '.react-flow__connectionline',
  '.sticky__add-kr',
  '.sticky__placeholder',
  '.cursor',
] as const;

/** The part of an element a filter reads: works on DOM elements and on test doubles. */
export interface Inspectable {
  matches(selector: string): boolean;
  getAttribute(name: string): string | null;
}

/** How far a bezier link bulges past its two notes, in board pixels. */
const LINK_MARGIN = 120;

/**
 * Board-coordinate rectangles of every note, team frame and link (by id, the same ids the
 * canvas puts in `data-id` and a link label's `data-link-id`).
 */
export function elementRects(board: BoardSnapshot): Map<string, Rect> {
  const rects = new Map<string, Rect>();
  for (const team of board.teams) rects.set(team.id, { x: team.x, y: team.y, width: team.w, height: team.h });
  for (const note of board.notes) rects.set(note.id, { x: note.x, y: note.y, width: NOTE_SIZE.w, height: NOTE_SIZE.h });
  for (const link of board.links) {
    const from = rects.get(link.from);
    const to = rects.get(link.to);
    if (from && to) rects.set(link.id, inflate(union(from, to), LINK_MARGIN));
  }
  return rects;
}

export interface FilterOptions {
  overlay: boolean;
  /** Keep only board elements that meet this area (a tile); everything when absent. */
  area?: Rect;
  rects?: ReadonlyMap<string, Rect>;
}

/**
 * The html-to-image `filter`: true keeps an element (and lets the capture look inside it).
 * Text and other non-element nodes are always kept.
 */
export function exportFilter({ overlay, area, rects }: FilterOptions): (node: unknown) => boolean {
  const excluded = overlay ? NEVER_EXPORTED.join(',') : [...NEVER_EXPORTED, `.${OVERLAY_DECORATION}`].join(',');
  return (node) => {
    if (!isInspectable(node)) return true;
    if (node.matches(excluded)) return false;
    if (!area || !rects) return true;
    const id = node.matches('.react-flow__node, .react-flow__edge') ? node.getAttribute('data-id') : node.getAttribute('data-link-id');
    const rect = id === null ? undefined : rects.get(id);
    return rect === undefined || intersects(rect, area);
  };
}

function isInspectable(node: unknown): node is Inspectable {
  return typeof (node as Partial<Inspectable> | null)?.matches === 'function';
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

function inflate(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}
