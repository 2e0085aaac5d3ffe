import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_SIZE } from '../../../shared/board';
import { boardRects, exportFilter, placementKey, segmentRects, type Inspectable } from '../../../client/export/exportFilter';
import { labelCenter, pathRects } from '../../../client/export/exportPlacement';
import { LINKS_AND_NOTES } from './boards';

/** A stand-in element: the classes it has, its attributes, its first child. */
function element(classes: string[], attributes: Record<string, string> = {}, child: Inspectable | null = null, parentClasses: string[] = []): Inspectable {
  return {
    matches: (selector) =>
      selector.split(',').some((one) => {
        const parts = one.trim().split(/\s*>\s*/);
        const own = parts.at(-1)!;
        const ownMatch = own === 'svg' ? classes.includes('svg') : own.split('.').filter(Boolean).every((c) => classes.includes(c));
        return parts.length === 1 ? ownMatch : ownMatch && parentClasses.includes(parts[0]!.replace('.', ''));
      }),
    getAttribute: (name) => attributes[name] ?? null,
    firstElementChild: child,
  };
}

const tile = { x: 0, y: 0, width: 1000, height: 1000 };
const placement = new Map([
  ['near', [{ x: 10, y: 10, width: 200, height: 110 }]],
  ['far', [{ x: 5000, y: 5000, width: 200, height: 110 }]],
  ['link', [{ x: 2000, y: 0, width: 50, height: 50 }, { x: 900, y: 900, width: 50, height: 50 }]],
  ['label:link', [{ x: 3000, y: 3000, width: 80, height: 20 }]],
]);

describe('what an image export captures', () => {
  it('never takes link handles, resize handles, "+ Key result", empty-note prompts or cursors', () => {
    const keep = exportFilter({ overlay: true });
    for (const cls of ['react-flow__handle', 'react-flow__resize-control', 'sticky__add-kr', 'sticky__placeholder', 'cursor', 'react-flow__edge-interaction']) {
      expect(keep(element([cls]))).toBe(false);
    }
    expect(keep(element(['sticky']))).toBe(true);
    expect(keep({ nodeType: 3, textContent: 'text' })).toBe(true);
  });

  it('keeps overlay decorations only in an export with the overlay', () => {
    const badge = element(['overlay-decoration']);
    expect(exportFilter({ overlay: true })(badge)).toBe(true);
    expect(exportFilter({ overlay: false })(badge)).toBe(false);
  });

  it('lets a tile take only the notes, frames, links and labels it shows', () => {
    const keep = exportFilter({ overlay: true, area: tile, placement });
    expect(keep(element(['react-flow__node'], { 'data-id': 'near' }))).toBe(true);
    expect(keep(element(['react-flow__node'], { 'data-id': 'far' }))).toBe(false);
    // A link is kept where any piece of its curve is, its wrapping <svg> with it.
    const edge = element(['react-flow__edge'], { 'data-id': 'link' });
    expect(keep(edge)).toBe(true);
    expect(keep(element(['svg'], {}, edge, ['react-flow__edges']))).toBe(true);
    expect(keep(element(['link-label'], { 'data-link-id': 'link' }))).toBe(false);
    // Structure and anything of unknown place is kept.
    expect(keep(element(['react-flow__nodes']))).toBe(true);
    expect(keep(element(['react-flow__node'], { 'data-id': 'unknown' }))).toBe(true);
  });

  it('keys a link wrapper by its link and leaves other wrappers to every tile', () => {
    const edge = element(['react-flow__edge'], { 'data-id': 'l1' });
    expect(placementKey(element(['svg'], {}, edge, ['react-flow__edges']))).toBe('l1');
    expect(placementKey(element(['svg'], {}, element(['marker']), ['react-flow__edges']))).toBeNull();
    expect(placementKey(element(['link-label'], { 'data-link-id': 'l1' }))).toBe('label:l1');
  });
});

describe('where board elements lie', () => {
  it('puts notes and frames where the board says, notes at their fixed size', () => {
    const board = LINKS_AND_NOTES.snapshot();
    const rects = boardRects(board);
    const note = board.notes[0]!;
    const team = board.teams[0]!;
    expect(rects.get(note.id)).toEqual([{ x: note.x, y: note.y, width: NOTE_SIZE.w, height: NOTE_SIZE.h }]);
    expect(rects.get(team.id)).toEqual([{ x: team.x, y: team.y, width: team.w, height: team.h }]);
  });

  it('covers every point of a Bézier link with small rectangles, not its bounding box', () => {
    const coordinate = fc.integer({ min: -3000, max: 3000 });
    fc.assert(
      fc.property(fc.array(coordinate, { minLength: 8, maxLength: 8 }), (n) => {
        const [x0, y0, x1, y1, x2, y2, x3, y3] = n as [number, number, number, number, number, number, number, number];
        const rects = pathRects(`M${x0},${y0} C${x1},${y1} ${x2},${y2} ${x3},${y3}`, 64, 16);
        for (let i = 0; i <= 200; i++) {
          const t = i / 200;
          const u = 1 - t;
          const x = u ** 3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3;
          const y = u ** 3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3;
          expect(rects.some((r) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
    const diagonal = pathRects('M0,0 C0,1000 3000,1000 3000,2000', 64, 16);
    const covered = diagonal.reduce((sum, r) => sum + r.width * r.height, 0);
    expect(covered).toBeLessThan((3000 * 2000) / 4);
  });

  it('boxes any other path by all its coordinates', () => {
    expect(pathRects('M 0 0 L 10 10', 64, 2)).toEqual([{ x: -2, y: -2, width: 14, height: 14 }]);
    expect(pathRects('', 64, 2)).toEqual([]);
  });

  it('segments a polyline into rectangles grown by the margin', () => {
    expect(segmentRects([{ x: 0, y: 0 }, { x: 10, y: -5 }], 1)).toEqual([{ x: -1, y: -6, width: 12, height: 7 }]);
  });

  it('reads a link label centre from its transform', () => {
    expect(labelCenter('translate(-50%, -50%) translate(120px, 48.5px)')).toEqual({ x: 120, y: 48.5 });
    expect(labelCenter('translate(-50%, -50%) translate(-3px,-4.25px)')).toEqual({ x: -3, y: -4.25 });
    expect(labelCenter('none')).toBeNull();
  });
});
