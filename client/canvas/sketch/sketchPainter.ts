import { drawSketch, type SketchCounts, type SketchMarks, type SketchOptions, type SketchView } from './drawSketch';
import type { SketchScene } from './sketchScene';

export type ViewSize = Omit<SketchView, 'pixelRatio'>;

export interface SketchPainter {
  setScene(scene: SketchScene): void;
  setMarks(marks: SketchMarks): void;
  setView(view: ViewSize): void;
  destroy(): void;
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
  let scene: SketchScene | null = null;
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
    const counts = drawSketch(context, scene, { ...view, pixelRatio }, marks, options);
    onDrawn?.(counts, scene);
  };
  const schedule = () => {
    frame ??= requestAnimationFrame(draw);
  };

  return {
    setScene(next) {
      if (next === scene) return;
      scene = next;
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
    },
  };
}
