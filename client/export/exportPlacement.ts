import type { Rect } from '@xyflow/react';
import type { BoardSnapshot } from '../../shared/board';
import { boardRects, segmentRects, type Placement } from './exportFilter';

/** Board pixels between the points sampled along a link. */
const LINK_STEP = 64;
/** Half a link's stroke plus its arrow head, and then some. */
const LINK_MARGIN = 16;

/**
 * Where everything on the canvas lies: notes and frames from the board, links and their
 * labels from what the canvas drew (their curves and label sizes are React Flow's).
 */
export function exportPlacement(board: BoardSnapshot, viewport: HTMLElement): Placement {
  const placement = boardRects(board);
  for (const edge of viewport.querySelectorAll<SVGGElement>('.react-flow__edge')) {
    const d = edge.querySelector('path.react-flow__edge-path')?.getAttribute('d');
    const id = edge.getAttribute('data-id');
    if (d && id) placement.set(id, pathRects(d, LINK_STEP, LINK_MARGIN));
  }
  for (const label of viewport.querySelectorAll<HTMLElement>('[data-link-id]')) {
    const center = labelCenter(label.style.transform);
    if (!center) continue;
    const { offsetWidth: width, offsetHeight: height } = label;
    placement.set(`label:${label.dataset.linkId}`, [{ x: center.x - width / 2 - 4, y: center.y - height / 2 - 4, width: width + 8, height: height + 8 }]);
  }
  return placement;
}

/**
 * Rectangles covering an SVG path, from its `d` attribute: a cubic Bézier (`M x y C …`,
 * what React Flow's getBezierPath draws) by segments about every `step` pixels; any
 * other path by the box around all its coordinates, which contains it for absolute line
 * and curve commands. Each grows by `margin`.
 *
 * @example pathRects('M 0 0 L 10 10', 64, 2) // [{ x: -2, y: -2, width: 14, height: 14 }]
 */
export function pathRects(d: string, step: number, margin: number): Rect[] {
  const numbers = (d.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
  if (/^\s*M[^A-Za-z]*C[^A-Za-z]*$/.test(d) && numbers.length === 8) {
    const [x0, y0, x1, y1, x2, y2, x3, y3] = numbers as [number, number, number, number, number, number, number, number];
    // The control polygon is never shorter than the curve: enough samples for `step`.
    const span = Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x1, y2 - y1) + Math.hypot(x3 - x2, y3 - y2);
    const steps = Math.max(1, Math.ceil(span / step));
    const points = Array.from({ length: steps + 1 }, (_, i) => {
      const t = i / steps;
      const u = 1 - t;
      return {
        x: u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
        y: u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
      };
    });
    return segmentRects(points, margin);
  }
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  if (xs.length === 0 || ys.length === 0) return [];
  const x = Math.min(...xs) - margin;
  const y = Math.min(...ys) - margin;
  return [{ x, y, width: Math.max(...xs) + margin - x, height: Math.max(...ys) + margin - y }];
}

/**
 * A link label's centre in board coordinates, from the transform LinkEdge gives it.
 *
 * @example labelCenter('translate(-50%, -50%) translate(120px, 48.5px)') // { x: 120, y: 48.5 }
 */
export function labelCenter(transform: string): { x: number; y: number } | null {
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)\s*$/.exec(transform);
  return match ? { x: Number(match[1]), y: Number(match[2]) } : null;
}
