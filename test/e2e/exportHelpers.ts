import type { Download, Page } from 'playwright-core';
import { NOTE_SIZE } from '../../shared/board/types';

/** Steps and checks shared by the export and snapshot browser tests. */

/**
 * Opens the export menu, picks a choice (data-testid `export-<id>`), and returns the
 * download; `meanwhile` runs between the click and the download.
 */
export async function exportFromMenu(page: Page, choiceId: string, meanwhile?: () => Promise<void>): Promise<Download> {
  await page.getByTestId('export-menu').click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId(`export-${choiceId}`).click();
  await meanwhile?.();
  return download;
}

export async function downloadBytes(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Width and height from a PNG's IHDR chunk, which always comes first. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG' || png.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

interface FileGeometry {
  teams: { x: number; y: number; w: number; h: number }[];
  notes: { x: number; y: number }[];
}

/** The bounds of every frame and note of an exported board file, in board pixels. */
export function fileBounds(file: FileGeometry): { x: number; y: number; width: number; height: number } {
  const rects = [
    ...file.teams.map((t) => ({ x: t.x, y: t.y, r: t.x + t.w, b: t.y + t.h })),
    ...file.notes.map((n) => ({ x: n.x, y: n.y, r: n.x + NOTE_SIZE.w, b: n.y + NOTE_SIZE.h })),
  ];
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map((r) => r.r)) - x, height: Math.max(...rects.map((r) => r.b)) - y };
}

export interface ColorProbe {
  /** Pixel position in the image. */
  x: number;
  y: number;
  /** CSS colour expected within a few pixels of the position. */
  color: string;
}

export interface PngReading {
  width: number;
  height: number;
  /** Share of pixels that are not (near) white. */
  inked: number;
  /** For each probe, whether its colour was found around it. */
  probes: boolean[];
  /** Pixels close to `countColor`, when given. */
  counted: number;
}

/**
 * Decodes a PNG with the browser's own decoder (an <img> drawn to a canvas) and reads it:
 * how much is not white, whether colours are where they should be, how many pixels have
 * one colour.
 */
export async function readPng(page: Page, png: Buffer, probes: ColorProbe[] = [], countColor?: string): Promise<PngReading> {
  return page.evaluate(
    async ({ base64, probes, countColor }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const rgb = (css: string) => {
        context.fillStyle = css;
        const hex = context.fillStyle;
        return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      };
      const near = (i: number, [r, g, b]: number[], tolerance: number) =>
        Math.abs(data[i]! - r!) <= tolerance && Math.abs(data[i + 1]! - g!) <= tolerance && Math.abs(data[i + 2]! - b!) <= tolerance;
      let inked = 0;
      let counted = 0;
      const countRgb = countColor ? rgb(countColor) : null;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! < 245 || data[i + 1]! < 245 || data[i + 2]! < 245) inked++;
        if (countRgb && near(i, countRgb, 24)) counted++;
      }
      const found = probes.map((probe) => {
        const want = rgb(probe.color);
        for (let dy = -4; dy <= 4; dy++) {
          for (let dx = -4; dx <= 4; dx++) {
            const x = Math.round(probe.x) + dx;
            const y = Math.round(probe.y) + dy;
            if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) continue;
            if (near((y * canvas.width + x) * 4, want, 40)) return true;
          }
        }
        return false;
      });
      return { width: canvas.width, height: canvas.height, inked: inked / (data.length / 4), probes: found, counted };
    },
    { base64: png.toString('base64'), probes, countColor },
  );
}

/**
 * Points along every link on screen, in board pixels, with the link's stroke colour:
 * a quarter and three quarters of the way, clear of the label in the middle and of the
 * notes at the ends.
 */
export async function linkPoints(page: Page): Promise<{ id: string; x: number; y: number; color: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGGElement>('.react-flow__edge')].flatMap((edge) => {
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
      if (!path) return [];
      const length = path.getTotalLength();
      const color = getComputedStyle(path).stroke;
      return [0.25, 0.75].map((at) => {
        const point = path.getPointAtLength(length * at);
        return { id: edge.dataset.id ?? '', x: point.x, y: point.y, color };
      });
    }),
  );
}
