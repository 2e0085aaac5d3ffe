import type { Rect, XYPosition } from '@xyflow/react';
import { NOTE_SIZE, type Note, type Team } from '../../shared/board';

/**
 * The team whose frame contains `point`. Frames can overlap (a team frame drawn inside its
 * department's); the smallest one is the one the person meant.
 */
export function teamAt(teams: readonly Team[], point: XYPosition): Team | null {
  let best: Team | null = null;
  for (const team of teams) {
    const inside = point.x >= team.x && point.x <= team.x + team.w && point.y >= team.y && point.y <= team.y + team.h;
    if (inside && (!best || team.w * team.h < best.w * best.h)) best = team;
  }
  return best;
}

/** Where a note lies on the board: notes all have one size. */
export function noteRect(note: XYPosition): Rect {
  return { x: note.x, y: note.y, width: NOTE_SIZE.w, height: NOTE_SIZE.h };
}

export function teamRect(team: Pick<Team, 'x' | 'y' | 'w' | 'h'>): Rect {
  return { x: team.x, y: team.y, width: team.w, height: team.h };
}

/** The box around every one of `rects` (at least one). */
export function boundsOf(rects: readonly Rect[]): Rect {
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export function noteCenter(position: XYPosition): XYPosition {
  return { x: position.x + NOTE_SIZE.w / 2, y: position.y + NOTE_SIZE.h / 2 };
}

const NUDGE = 24;

/**
 * The top-left corner for a new note centred on `center`, nudged diagonally past notes
 * already sitting there, so clicking "add" twice gives two visible notes.
 */
export function freeSpot(notes: readonly Note[], center: XYPosition): XYPosition {
  let spot = { x: Math.round(center.x - NOTE_SIZE.w / 2), y: Math.round(center.y - NOTE_SIZE.h / 2) };
  const taken = (p: XYPosition) => notes.some((n) => Math.abs(n.x - p.x) < NUDGE / 2 && Math.abs(n.y - p.y) < NUDGE / 2);
  for (let tries = 0; tries < 50 && taken(spot); tries++) spot = { x: spot.x + NUDGE, y: spot.y + NUDGE };
  return spot;
}

/**
 * The top-left corner for a block of notes `size` big, centred on `center` if no note is
 * there, else on the nearest free place a note's width or height away, ring by ring.
 */
export function freeArea(notes: readonly Note[], size: { width: number; height: number }, center: XYPosition): XYPosition {
  const start = { x: Math.round(center.x - size.width / 2), y: Math.round(center.y - size.height / 2) };
  const step = { x: NOTE_SIZE.w + NUDGE, y: NOTE_SIZE.h + NUDGE };
  const covers = (p: XYPosition) =>
    notes.some((n) => n.x < p.x + size.width && n.x + NOTE_SIZE.w > p.x && n.y < p.y + size.height && n.y + NOTE_SIZE.h > p.y);
  for (let ring = 0; ring <= FREE_AREA_RINGS; ring++) {
    const around: XYPosition[] = [];
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) around.push({ x: start.x + dx * step.x, y: start.y + dy * step.y });
      }
    }
    around.sort((a, b) => Math.hypot(a.x - start.x, a.y - start.y) - Math.hypot(b.x - start.x, b.y - start.y));
    const free = around.find((p) => !covers(p));
    if (free) return free;
  }
  return start;
}

/** How far freeArea looks before it gives up and covers notes: about ten notes each way. */
const FREE_AREA_RINGS = 10;

/** Where a new team frame goes: to the right of every frame, level with the first. */
export function nextFrameSpot(teams: readonly Team[]): XYPosition {
  if (teams.length === 0) return { x: 0, y: 0 };
  const right = Math.max(...teams.map((t) => t.x + t.w));
  const top = Math.min(...teams.map((t) => t.y));
  return { x: right + 80, y: top };
}
