import { describe, expect, it } from 'vitest';
import { NOTE_SIZE } from '../../../shared/board';
import { freeArea, freeSpot, nextFrameSpot, teamAt } from '../../../client/canvas/placement';
import { LINKS_AND_NOTES } from './boards';

describe('teamAt', () => {
  it('finds the frame a point is in, the smallest when frames overlap, or none', () => {
    const { teams } = LINKS_AND_NOTES.snapshot();
    expect(teamAt(teams, { x: 10, y: 600 })?.name).toBe('Sales');
    const inner = { ...teams[0]!, id: 'inner', name: 'Inner', x: 0, y: 500, w: 100, h: 100 };
    expect(teamAt([...teams, inner], { x: 10, y: 550 })?.name).toBe('Inner');
    expect(teamAt(teams, { x: -50, y: -50 })).toBeNull();
  });
});

describe('freeSpot', () => {
  it('centres a new note on the point', () => {
    expect(freeSpot([], { x: 100, y: 100 })).toEqual({ x: 100 - NOTE_SIZE.w / 2, y: 100 - NOTE_SIZE.h / 2 });
  });

  it('nudges a new note off one already sitting there, so both show', () => {
    const { notes } = LINKS_AND_NOTES.snapshot();
    const taken = notes[0]!;
    const spot = freeSpot(notes, { x: taken.x + NOTE_SIZE.w / 2, y: taken.y + NOTE_SIZE.h / 2 });
    expect(spot).not.toEqual({ x: taken.x, y: taken.y });
    expect(notes.some((note) => note.x === spot.x && note.y === spot.y)).toBe(false);
  });
});

describe('freeArea', () => {
  const size = { width: 2 * NOTE_SIZE.w + 24, height: NOTE_SIZE.h };
  const overlaps = (notes: readonly { x: number; y: number }[], at: { x: number; y: number }) =>
    notes.some((n) => n.x < at.x + size.width && n.x + NOTE_SIZE.w > at.x && n.y < at.y + size.height && n.y + NOTE_SIZE.h > at.y);

  it('centres a block on the point when nothing is there', () => {
    expect(freeArea([], size, { x: 1_000, y: 1_000 })).toEqual({ x: 1_000 - size.width / 2, y: 1_000 - size.height / 2 });
  });

  it('moves a block to the nearest place where it covers no note', () => {
    const { notes } = LINKS_AND_NOTES.snapshot();
    const busy = { x: notes[0]!.x + NOTE_SIZE.w / 2, y: notes[0]!.y + NOTE_SIZE.h / 2 };
    const at = freeArea(notes, size, busy);
    expect(overlaps(notes, at)).toBe(false);
    expect(Math.hypot(at.x + size.width / 2 - busy.x, at.y + size.height / 2 - busy.y)).toBeLessThan(3 * (NOTE_SIZE.w + 24));
  });
});

describe('nextFrameSpot', () => {
  it('puts a new frame right of every frame, level with the top one', () => {
    const { teams } = LINKS_AND_NOTES.snapshot();
    expect(nextFrameSpot(teams)).toEqual({ x: 880, y: 0 });
    expect(nextFrameSpot([])).toEqual({ x: 0, y: 0 });
  });
});
