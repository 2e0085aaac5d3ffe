import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';

/**
 * Where an image export sits on the board and how many device pixels it gets: the whole
 * board's bounds plus a margin, at 2x for a sharp PNG, with the pixel ratio lowered for
 * boards so big that 2x would exceed what a browser canvas holds (the PNG then says so;
 * the SVG stays vector at any size).
 */

export interface ImageFrame {
  /** The exported area in board (flow) coordinates, margin included. */
  area: Rect;
  pixelRatio: number;
  /** Device pixels of the finished image. */
  width: number;
  height: number;
}

export interface FrameLimits {
  padding: number;
  pixelRatio: number;
  /** Chrome and html-to-image both stop at 16,384 pixels a side. */
  maxSide: number;
  /** Total pixels; a canvas of 2^27 pixels is about 0.5 GB of memory. */
  maxArea: number;
}

export const PNG_LIMITS: FrameLimits = { padding: 48, pixelRatio: 2, maxSide: 16_384, maxArea: 2 ** 27 };

/** Ratios are whole eighths, so tiles of a multiple of 8 board pixels meet on whole device pixels. */
const RATIO_STEP = 8;

/**
 * @example imageFrame({ x: 0, y: 0, width: 500, height: 300 }, PNG_LIMITS)
 * // { area: { x: -48, y: -48, width: 596, height: 396 }, pixelRatio: 2, width: 1192, height: 792 }
 */
export function imageFrame(bounds: Rect, limits: FrameLimits): ImageFrame {
  const area = {
    x: Math.floor(bounds.x - limits.padding),
    y: Math.floor(bounds.y - limits.padding),
    width: Math.ceil(bounds.width + 2 * limits.padding),
    height: Math.ceil(bounds.height + 2 * limits.padding),
  };
  const fits = Math.min(
    limits.pixelRatio,
    limits.maxSide / area.width,
    limits.maxSide / area.height,
    Math.sqrt(limits.maxArea / (area.width * area.height)),
  );
  const pixelRatio = Math.max(1, Math.floor(fits * RATIO_STEP)) / RATIO_STEP;
  return { area, pixelRatio, width: Math.ceil(area.width * pixelRatio), height: Math.ceil(area.height * pixelRatio) };
}

export interface ImageTile {
  /** The tile's area in board coordinates. */
  area: Rect;
  /** Where the tile goes in the finished image, in device pixels. */
  left: number;
  top: number;
  /** The viewport transform that puts this tile's area at the capture's origin. */
  viewport: Viewport;
}

/**
 * Cuts an image into square tiles of `size` board pixels (a multiple of 8), row by row.
 * Rendering tile by tile keeps each step short, so the tab stays responsive and the
 * progress can be shown between tiles.
 */
export function imageTiles(frame: ImageFrame, size: number): ImageTile[] {
  const tiles: ImageTile[] = [];
  for (let top = 0; top < frame.area.height; top += size) {
    for (let left = 0; left < frame.area.width; left += size) {
      const area = { x: frame.area.x + left, y: frame.area.y + top, width: size, height: size };
      tiles.push({ area, left: left * frame.pixelRatio, top: top * frame.pixelRatio, viewport: viewportFor(area) });
    }
  }
  return tiles;
}

/** React Flow's download-image recipe: the viewport that shows exactly `area` at zoom 1. */
export function viewportFor(area: Rect): Viewport {
  return getViewportForBounds(area, area.width, area.height, 1, 1, 0);
}

export function viewportTransform({ x, y, zoom }: Viewport): string {
  return `translate(${x}px, ${y}px) scale(${zoom})`;
}
