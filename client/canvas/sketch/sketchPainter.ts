import { drawSketch, inView } from './drawSketch';
import type { SketchCounts, SketchMarks, SketchOptions, SketchView } from './sketchTypes';
import { sceneBounds, type Box, type SketchScene } from './sketchScene';

export type ViewSize = Omit<SketchView, 'pixelRatio'>;

export interface SketchPainter {
  setScene(scene: SketchScene): void;
  setMarks(marks: SketchMarks): void;
  setView(view: ViewSize): void;
  destroy(): void;
}

/**
 * A board that fits in this many screens at the current zoom is drawn once into a bitmap
 * of its own, and a pan only copies that bitmap: drawing 5,000 notes costs the software
 * rasteriser about 15 ms a frame, copying them about one.
 */
const BITMAP_SCREENS = 2;
/** Browsers' largest canvas side. */
const BITMAP_MAX_SIDE = 8_192;
/** Room around the board in the bitmap for what is drawn past its edges: rings, finding dots, arrow heads. */
const BITMAP_MARGIN = 24;

interface Bitmap {
  canvas: HTMLCanvasElement;
  /** What it was drawn from; null when it must be drawn again. */
  drawn: { scene: SketchScene; marks: SketchMarks; zoom: number; pixelRatio: number } | null;
  /** Where the bitmap's top-left corner is on the board, in screen pixels at its zoom. */
  left: number;
  top: number;
}

/**
 * Keeps one canvas drawn: whatever changes (the board, the marks, a pan), it redraws once,
 * at the next animation frame, sizing the canvas to its CSS box at the screen's pixel
 * ratio. Framework-free: React only feeds it.
 */
export function createSketchPainter(
  canvas: HTMLCanvasElement,
  options: SketchOptions,
  onDrawn?: (counts: SketchCounts, scene: SketchScene) => void,
): SketchPainter {
  const context = canvas.getContext('2d');
  const bitmap: Bitmap = { canvas: document.createElement('canvas'), drawn: null, left: 0, top: 0 };
  let scene: SketchScene | null = null;
  let bounds: Box | null = null;
  let marks: SketchMarks | null = null;
  let view: ViewSize | null = null;
  let frame: number | null = null;

  const draw = () => {
    frame = null;
    if (!context || !scene || !marks || !view || view.width === 0 || view.height === 0) return;
    const pixelRatio = window.devicePixelRatio || 1;
    const width = Math.round(view.width * pixelRatio);
    const height = Math.round(view.height * pixelRatio);
    // Hazard: setting a canvas's size clears it and resets its state, even to the same value.
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    // Hazard: not inside `onDrawn?.(...)`, whose arguments are skipped when there is no onDrawn.
    const counts = copyBitmap(context, pixelRatio) ?? drawSketch(context, scene, { ...view, pixelRatio }, marks, options);
    onDrawn?.(counts, scene);
  };

  /** Draws the view from the board bitmap, drawing that first if stale; null when the board is too big for one. */
  const copyBitmap = (target: CanvasRenderingContext2D, pixelRatio: number): SketchCounts | null => {
    if (!scene || !marks || !view || !bounds) return null;
    const { zoom } = view;
    const width = Math.ceil((bounds.width * zoom + 2 * BITMAP_MARGIN) * pixelRatio);
    const height = Math.ceil((bounds.height * zoom + 2 * BITMAP_MARGIN) * pixelRatio);
    const fits = width * height <= BITMAP_SCREENS * target.canvas.width * target.canvas.height && Math.max(width, height) <= BITMAP_MAX_SIDE;
    const bitmapContext = fits ? bitmap.canvas.getContext('2d') : null;
    if (!bitmapContext) {
      bitmap.drawn = null;
      return null;
    }
    const { drawn } = bitmap;
    if (!drawn || drawn.scene !== scene || drawn.marks !== marks || drawn.zoom !== zoom || drawn.pixelRatio !== pixelRatio) {
      bitmap.canvas.width = width;
      bitmap.canvas.height = height;
      bitmap.left = bounds.x * zoom - BITMAP_MARGIN;
      bitmap.top = bounds.y * zoom - BITMAP_MARGIN;
      const at = { x: -bitmap.left, y: -bitmap.top, zoom, width: width / pixelRatio, height: height / pixelRatio, pixelRatio };
      drawSketch(bitmapContext, scene, at, marks, options);
      bitmap.drawn = { scene, marks, zoom, pixelRatio };
    }
    target.setTransform(1, 0, 0, 1, 0, 0);
    target.clearRect(0, 0, target.canvas.width, target.canvas.height);
    target.drawImage(bitmap.canvas, Math.round((view.x + bitmap.left) * pixelRatio), Math.round((view.y + bitmap.top) * pixelRatio));
    const shown = inView(scene, view);
    return { notes: shown.notes.length, links: shown.links.length };
  };

  const schedule = () => {
    frame ??= requestAnimationFrame(draw);
  };

  return {
    setScene(next) {
      if (next === scene) return;
      scene = next;
      bounds = sceneBounds(next);
      schedule();
    },
    setMarks(next) {
      marks = next;
      schedule();
    },
    setView(next) {
      if (view && next.x === view.x && next.y === view.y && next.zoom === view.zoom && next.width === view.width && next.height === view.height) {
        return;
      }
      view = next;
      schedule();
    },
    destroy() {
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
      bitmap.canvas.width = 0;
    },
  };
}
