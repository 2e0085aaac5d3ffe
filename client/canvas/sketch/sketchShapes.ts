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
