import type { Viewport } from '../../shared/workshop/controlState';

/** The leader's viewport rounded for the wire: sub-pixel jitter is not worth a broadcast. */
export function roundViewport({ x, y, zoom, width, height }: Viewport): Viewport {
  const rounded: Viewport = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, zoom: Math.round(zoom * 10_000) / 10_000 };
  if (width && height) Object.assign(rounded, { width: Math.round(width), height: Math.round(height) });
  return rounded;
}

export function sameViewport(a: Viewport | null, b: Viewport | null): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.zoom === b.zoom && a.width === b.width && a.height === b.height;
}

/** What my canvas shows, with its size, rounded for the wire: what followers are sent. */
export function seenViewport(flow: { transform: readonly [number, number, number]; width: number; height: number }): Viewport {
  return roundViewport({ ...transformToViewport(flow.transform), width: flow.width, height: flow.height });
}

/** The React Flow store keeps the viewport as a [x, y, zoom] transform. */
export function transformToViewport([x, y, zoom]: readonly [number, number, number]): Viewport {
  return { x, y, zoom };
}

export interface Screen {
  width: number;
  height: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * Where a follower's canvas goes to show what the leader sees: the board point at the
 * centre of the leader's canvas at the centre of mine, zoomed so the leader's whole view
 * fits (a projector bigger than the laptop shows a little more around it, never less).
 * A leader's viewport without its canvas size is taken as it is.
 */
export function followViewport(leader: Viewport, mine: Screen): Viewport {
  const { width, height } = leader;
  if (!width || !height || mine.width <= 0 || mine.height <= 0) return { x: leader.x, y: leader.y, zoom: leader.zoom };
  const fit = leader.zoom * Math.min(mine.width / width, mine.height / height);
  const zoom = Math.min(Math.max(fit, mine.minZoom), mine.maxZoom);
  const centerX = (width / 2 - leader.x) / leader.zoom;
  const centerY = (height / 2 - leader.y) / leader.zoom;
  return { x: mine.width / 2 - centerX * zoom, y: mine.height / 2 - centerY * zoom, zoom };
}
