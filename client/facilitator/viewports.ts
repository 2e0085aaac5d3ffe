import type { Viewport } from '../../shared/workshop/controlState';

/** The leader's viewport rounded for the wire: sub-pixel jitter is not worth a broadcast. */
export function roundViewport({ x, y, zoom }: Viewport): Viewport {
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, zoom: Math.round(zoom * 10_000) / 10_000 };
}

export function sameViewport(a: Viewport | null, b: Viewport | null): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.zoom === b.zoom;
}

/** The React Flow store keeps the viewport as a [x, y, zoom] transform. */
export function transformToViewport([x, y, zoom]: readonly [number, number, number]): Viewport {
  return { x, y, zoom };
}
