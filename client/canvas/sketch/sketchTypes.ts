import type { Decorations } from '../../overlay/decorations';

/** Where the board sits on the canvas: React Flow's transform and the canvas's CSS size. */
export interface SketchView {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
  pixelRatio: number;
}

export interface SketchMarks {
  decorations: Decorations;
  /** The note or frame under the pointer. */
  hovered: string | null;
}

export interface SketchOptions {
  /** Frame names, words as grey lines, overlay marks: off for the minimap. */
  details: boolean;
  links: boolean;
}

export interface SketchCounts {
  notes: number;
  links: number;
}
