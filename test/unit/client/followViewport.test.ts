import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followViewport, seenViewport } from '../../../client/facilitator/viewports';

const LIMITS = { minZoom: 0.005, maxZoom: 2.5 };

/** The board rectangle a canvas of `width` x `height` shows at viewport (x, y, zoom). */
function shown(view: { x: number; y: number; zoom: number }, width: number, height: number) {
  return { left: -view.x / view.zoom, top: -view.y / view.zoom, right: (width - view.x) / view.zoom, bottom: (height - view.y) / view.zoom };
}

describe('following a leader on a screen of another size', () => {
  it("shows the leader's whole view, centred on the same board point, and fits it on one side", () => {
    const screen = fc.record({ width: fc.integer({ min: 320, max: 3840 }), height: fc.integer({ min: 240, max: 2160 }) });
    fc.assert(
      fc.property(
        screen,
        screen,
        fc.double({ min: -5_000, max: 5_000, noNaN: true }),
        fc.double({ min: -5_000, max: 5_000, noNaN: true }),
        fc.double({ min: 0.1, max: 1.5, noNaN: true }),
        (lead, mine, x, y, zoom) => {
          const follower = followViewport({ x, y, zoom, ...lead }, { ...mine, ...LIMITS });
          const theirs = shown({ x, y, zoom }, lead.width, lead.height);
          const ours = shown(follower, mine.width, mine.height);
          const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
          expect(near((ours.left + ours.right) / 2, (theirs.left + theirs.right) / 2)).toBe(true);
          expect(near((ours.top + ours.bottom) / 2, (theirs.top + theirs.bottom) / 2)).toBe(true);
          const widthRatio = (ours.right - ours.left) / (theirs.right - theirs.left);
          const heightRatio = (ours.bottom - ours.top) / (theirs.bottom - theirs.top);
          // Within the zoom limits, the follower sees all of it and not more than it must.
          if (follower.zoom > LIMITS.minZoom && follower.zoom < LIMITS.maxZoom) {
            expect(Math.min(widthRatio, heightRatio)).toBeCloseTo(1, 6);
            expect(Math.max(widthRatio, heightRatio)).toBeGreaterThanOrEqual(1 - 1e-9);
          }
        },
      ),
    );
  });

  it("takes a viewport sent without its canvas size as it is, and on the leader's own size gives the same", () => {
    expect(followViewport({ x: 10, y: -20, zoom: 0.8 }, { width: 1920, height: 1080, ...LIMITS })).toEqual({ x: 10, y: -20, zoom: 0.8 });
    const same = followViewport({ x: 10, y: -20, zoom: 0.8, width: 1400, height: 900 }, { width: 1400, height: 900, ...LIMITS });
    expect(same.x).toBeCloseTo(10, 9);
    expect(same.y).toBeCloseTo(-20, 9);
    expect(same.zoom).toBeCloseTo(0.8, 12);
  });

  it('sends what my canvas shows with its size, rounded for the wire', () => {
    expect(seenViewport({ transform: [10.04, -3.26, 0.812345], width: 1399.6, height: 900.2 })).toEqual({
      x: 10,
      y: -3.3,
      zoom: 0.8123,
      width: 1400,
      height: 900,
    });
  });
});
