import { getNodesBounds } from '@xyflow/react';
import { toCanvas, toSvg } from 'html-to-image';
import type { BoardSnapshot } from '../../shared/board';
import { toFlow } from '../canvas/toFlow';
import { exportFilter, intersects, PLAIN_EXPORT } from './exportFilter';
import { exportPlacement } from './exportPlacement';
import { withLeanStyles } from './withLeanStyles';
import { imageFrame, imageTiles, PNG_LIMITS, viewportTransform, type ImageFrame, type ImageTile } from './imageFrame';
import { svgDocument, svgFromDataUrl, type PlacedSvg } from './svgDocument';

/**
 * Pictures of the whole board from the canvas on screen, following React Flow's
 * download-image recipe: html-to-image 1.11.11 on `.react-flow__viewport` (which holds the
 * SVG edge layer and the HTML nodes together) with a transform from getViewportForBounds
 * that puts the board's bounds, not the viewport, in the picture.
 *
 * A 1,000-note board is 14,000 elements, so the capture is cut into tiles that each clone
 * only the elements they show, with a yield to the browser between tiles (html-to-image
 * clones in one chain of microtasks, which would hold the tab for the whole capture), and
 * with lean inline styles (withLeanStyles.ts), which cut the SVG html-to-image builds
 * about tenfold.
 */

export interface CaptureOptions {
  /** Keep overlay decorations (elements with class `overlay-decoration`). */
  overlay: boolean;
  /** Called before each tile with the share done, 0 to 1. */
  onProgress?(done: number): void;
}

export interface PngPicture {
  blob: Blob;
  width: number;
  height: number;
  pixelRatio: number;
}

const BACKGROUND = '#ffffff';
/**
 * Board pixels a side per tile: 2,048 device pixels at 2x, a few dozen notes, a capture
 * of a tenth of a second or so. SVG tiles the same, so no step holds the tab longer.
 */
const TILE = 1024;
const SVG_LIMITS = { ...PNG_LIMITS, pixelRatio: 1, maxSide: Infinity, maxArea: Infinity };

export function boardBounds(board: BoardSnapshot) {
  return getNodesBounds(toFlow(board).nodes);
}

export async function renderPng(viewport: HTMLElement, board: BoardSnapshot, options: CaptureOptions): Promise<PngPicture> {
  const frame = imageFrame(boardBounds(board), PNG_LIMITS);
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw an image this large.');
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  await eachTile(viewport, board, frame, TILE, options, async (tile, capture) => {
    context.drawImage(await toCanvas(viewport, capture), tile.left, tile.top);
  });
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error('This browser could not encode the PNG.');
  return { blob, width: frame.width, height: frame.height, pixelRatio: frame.pixelRatio };
}

export async function renderSvg(viewport: HTMLElement, board: BoardSnapshot, options: CaptureOptions): Promise<Blob> {
  const frame = imageFrame(boardBounds(board), SVG_LIMITS);
  const tiles: PlacedSvg[] = [];
  await eachTile(viewport, board, frame, TILE, options, async (tile, capture) => {
    tiles.push({ svg: svgFromDataUrl(await toSvg(viewport, capture)), left: tile.left, top: tile.top });
  });
  return new Blob([svgDocument(frame.width, frame.height, BACKGROUND, tiles)], { type: 'image/svg+xml' });
}

type CaptureSettings = Parameters<typeof toCanvas>[1];

async function eachTile(
  viewport: HTMLElement,
  board: BoardSnapshot,
  frame: ImageFrame,
  size: number,
  options: CaptureOptions,
  draw: (tile: ImageTile, capture: CaptureSettings) => Promise<void>,
): Promise<void> {
  const placement = exportPlacement(board, viewport);
  const everything = [...placement.values()].flat();
  const tiles = imageTiles(frame, size).filter((tile) => everything.some((rect) => intersects(rect, tile.area)));
  // Hazard: the class must stay on until the last clone is taken; html-to-image reads
  // computed styles while it clones, so CSS keyed on it hides overlay styling.
  if (!options.overlay) viewport.classList.add(PLAIN_EXPORT);
  try {
    await withLeanStyles(viewport, async () => {
      for (const [index, tile] of tiles.entries()) {
        options.onProgress?.(index / tiles.length);
        await yieldToBrowser();
        await draw(tile, {
          width: tile.area.width,
          height: tile.area.height,
          pixelRatio: frame.pixelRatio,
          skipFonts: true,
          filter: exportFilter({ overlay: options.overlay, area: tile.area, placement }),
          style: { width: `${tile.area.width}px`, height: `${tile.area.height}px`, transform: viewportTransform(tile.viewport) },
        });
      }
    });
    options.onProgress?.(1);
  } finally {
    viewport.classList.remove(PLAIN_EXPORT);
  }
}

/** A macrotask boundary: input, timers and a paint (the progress) get their turn. */
function yieldToBrowser(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}
