import type { Box } from './sketchScene';

/** The canvas shapes the sketch and its marks are drawn with. */

/** How the sketch draws at a zoom: `px` is one screen pixel in board units. */
export interface Pen {
  zoom: number;
  px: number;
}

/** Zooms past which a detail is at least about a pixel on screen, so worth drawing. */
export const SHOW = { corners: 0.15, bands: 0.19, words: 0.16, arrows: 0.15 } as const;

export function shape(context: CanvasRenderingContext2D, { x, y, width, height }: Box, radius: number, pen: Pen): void {
  // Corners are under a pixel from far out; plain rectangles draw faster.
  if (pen.zoom >= SHOW.corners) context.roundRect(x, y, width, height, radius);
  else context.rect(x, y, width, height);
}

export function outline(context: CanvasRenderingContext2D, box: Box, gap: number, color: string, width: number, pen: Pen): void {
  context.beginPath();
  shape(context, { x: box.x - gap, y: box.y - gap, width: box.width + 2 * gap, height: box.height + 2 * gap }, 6 + gap, pen);
  context.strokeStyle = color;
  context.lineWidth = width;
  context.stroke();
}

export function dot(context: CanvasRenderingContext2D, x: number, y: number, radius: number, color: string): void {
  context.beginPath();
  context.arc(x, y, radius, 0, 2 * Math.PI);
  context.fillStyle = color;
  context.fill();
}

/** A padlock `size` pixels tall with its left edge at `x`, centred on `y` (the DOM frame's LockGlyph, drawn). */
export function padlock(context: CanvasRenderingContext2D, x: number, y: number, size: number, color: string): void {
  const unit = size / 16;
  context.fillStyle = color;
  context.beginPath();
  context.roundRect(x + 3 * unit, y - unit, 10 * unit, 7 * unit, 1.5 * unit);
  context.fill();
  context.beginPath();
  context.moveTo(x + 5 * unit, y - unit);
  context.lineTo(x + 5 * unit, y - 3 * unit);
  context.arc(x + 8 * unit, y - 3 * unit, 3 * unit, Math.PI, 0);
  context.lineTo(x + 11 * unit, y - unit);
  context.strokeStyle = color;
  context.lineWidth = 1.6 * unit;
  context.stroke();
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x <= b.x + b.width && a.x + a.width >= b.x && a.y <= b.y + b.height && a.y + a.height >= b.y;
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
