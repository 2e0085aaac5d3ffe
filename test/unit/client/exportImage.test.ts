import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imageFrame, imageTiles, PNG_LIMITS, viewportFor, viewportTransform } from '../../../client/export/imageFrame';
import { svgDocument, svgFromDataUrl } from '../../../client/export/svgDocument';

const bounds = fc.record({
  x: fc.integer({ min: -5_000, max: 5_000 }),
  y: fc.integer({ min: -5_000, max: 5_000 }),
  width: fc.integer({ min: 0, max: 40_000 }),
  height: fc.integer({ min: 0, max: 40_000 }),
});

describe('the frame of an image export', () => {
  it('covers the whole board plus its margin at 2x', () => {
    const frame = imageFrame({ x: 10, y: -20, width: 500, height: 300 }, PNG_LIMITS);
    expect(frame.area).toEqual({ x: -38, y: -68, width: 596, height: 396 });
    expect(frame.pixelRatio).toBe(2);
    expect([frame.width, frame.height]).toEqual([1192, 792]);
  });

  it('lowers the pixel ratio, in eighths, for a board too big for a canvas at 2x', () => {
    const frame = imageFrame({ x: 0, y: 0, width: 6_048, height: 11_530 }, PNG_LIMITS);
    expect(frame.pixelRatio).toBeLessThan(2);
    expect((frame.pixelRatio * 8) % 1).toBe(0);
    expect(frame.width * frame.height).toBeLessThanOrEqual(PNG_LIMITS.maxArea);
  });

  it('never exceeds the canvas limits nor 2x, whatever the board', () => {
    fc.assert(
      fc.property(bounds, (rect) => {
        const frame = imageFrame(rect, PNG_LIMITS);
        expect(frame.pixelRatio).toBeLessThanOrEqual(2);
        expect(frame.width).toBeLessThanOrEqual(PNG_LIMITS.maxSide);
        expect(frame.height).toBeLessThanOrEqual(PNG_LIMITS.maxSide);
        expect(frame.width * frame.height).toBeLessThanOrEqual(PNG_LIMITS.maxArea);
        expect(frame.area.x).toBeLessThanOrEqual(rect.x - PNG_LIMITS.padding);
        expect(frame.area.x + frame.area.width).toBeGreaterThanOrEqual(rect.x + rect.width + PNG_LIMITS.padding);
      }),
    );
  });
});

describe('image tiles', () => {
  it('cover the frame exactly once, each on whole device pixels', () => {
    fc.assert(
      fc.property(bounds, fc.constantFrom(512, 1024, 2048), (rect, size) => {
        const frame = imageFrame(rect, PNG_LIMITS);
        const tiles = imageTiles(frame, size);
        const columns = Math.ceil(frame.area.width / size);
        const rows = Math.ceil(frame.area.height / size);
        expect(tiles).toHaveLength(columns * rows);
        const starts = new Set(tiles.map((t) => `${t.area.x},${t.area.y}`));
        expect(starts.size).toBe(tiles.length);
        for (const tile of tiles) {
          expect(Number.isInteger(tile.left) && Number.isInteger(tile.top)).toBe(true);
          expect(Number.isInteger(tile.area.width * frame.pixelRatio)).toBe(true);
          expect(tile.left).toBe((tile.area.x - frame.area.x) * frame.pixelRatio);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('each show their own area at zoom 1, as React Flow positions a viewport', () => {
    const viewport = viewportFor({ x: 1024, y: -512, width: 1024, height: 1024 });
    expect(viewport).toEqual({ x: -1024, y: 512, zoom: 1 });
    expect(viewportTransform(viewport)).toBe('translate(-1024px, 512px) scale(1)');
  });
});

describe('the SVG document of tiles', () => {
  it('places each tile at its offset on a white page of the whole size', () => {
    const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50"><rect/></svg>')}`;
    const svg = svgDocument(100, 50, '#ffffff', [{ svg: svgFromDataUrl(url), left: 50, top: 0 }]);
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50"><rect width="100%" height="100%" fill="#ffffff"/>' +
        '<svg x="50" y="0" xmlns="http://www.w3.org/2000/svg" width="50" height="50"><rect/></svg></svg>',
    );
  });

  it('refuses what is not an SVG', () => {
    expect(() => svgFromDataUrl('data:image/png;base64,AAAA')).toThrow(/not an SVG/);
    expect(() => svgDocument(1, 1, '#fff', [{ svg: '<div/>', left: 0, top: 0 }])).toThrow(/<svg>/);
  });
});
