import { KR_STACK_GAP, NOTE_SIZE, TEAM_SIZE, type NoteKind } from './types';

/**
 * Places what an imported file left without geometry. Team frames without a position go
 * in a grid below everything that has one, a row per level (top level first); notes
 * without a position go inside their team's frame, each objective heading a column with
 * its key results stacked under it, and frames grow to hold what was placed in them.
 * Anything the file did place stays where it is, except that notes of a frame the layout
 * places move with that frame, keeping their arrangement.
 */

export interface LayoutTeam {
  id: string;
  level: number;
  x?: number;
  y?: number;
  w?: number;
  h?: number;
}

export interface LayoutNote {
  id: string;
  kind: NoteKind;
  teamId: string | null;
  objectiveId: string | null;
  x?: number;
  y?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Rect extends Point {
  w: number;
  h: number;
}

export interface BoardLayout {
  teams: Map<string, Rect>;
  notes: Map<string, Point>;
}

/** Room for the frame's name, function and level above its notes. */
export const FRAME_HEADER = 56;
export const FRAME_PADDING = 24;
export const COLUMN_GAP = 24;
export const TEAM_GAP = 80;
export const TEAMS_PER_ROW = 6;
/** Ideas and key results without an objective fill columns this tall. */
const LOOSE_PER_COLUMN = 4;
const STEP = NOTE_SIZE.h + KR_STACK_GAP;

export function layoutBoard(teams: readonly LayoutTeam[], notes: readonly LayoutNote[]): BoardLayout {
  const byTeam = new Map<string | null, LayoutNote[]>();
  const teamIds = new Set(teams.map((t) => t.id));
  for (const note of notes) {
    const key = note.teamId !== null && teamIds.has(note.teamId) ? note.teamId : null;
    const list = byTeam.get(key);
    if (list) list.push(note);
    else byTeam.set(key, [note]);
  }

  const frames = teams.map((team) => layoutFrame(team, byTeam.get(team.id) ?? []));
  const placedTeamless = (byTeam.get(null) ?? []).filter(isPlaced);
  const occupied = [...frames.filter((f) => f.placed).map((f) => f.rect), ...placedTeamless.map(noteRect)];
  placeGrid(frames.filter((f) => !f.placed), occupied.length ? bottomOf(occupied) + TEAM_GAP : 0);

  const layout: BoardLayout = { teams: new Map(), notes: new Map() };
  for (const frame of frames) {
    layout.teams.set(frame.team.id, frame.rect);
    for (const [id, p] of frame.content.positions) layout.notes.set(id, { x: p.x + frame.rect.x, y: p.y + frame.rect.y });
  }
  // A note placed in a frame that stays put keeps its exact coordinates: the detour
  // through frame-relative ones would round fractional positions differently.
  const movedFrames = new Set(frames.filter((f) => !f.placed).map((f) => f.team.id));
  for (const note of notes) {
    if (isPlaced(note) && !movedFrames.has(note.teamId ?? '')) layout.notes.set(note.id, { x: note.x!, y: note.y! });
  }
  const allRects = [...layout.teams.values(), ...placedTeamless.map(noteRect)];
  const teamlessTop = allRects.length ? bottomOf(allRects) + TEAM_GAP : 0;
  const teamless = layoutContent(byTeam.get(null) ?? [], { x: 0, y: 0 }, { x: 0, y: teamlessTop });
  for (const [id, p] of teamless.positions) layout.notes.set(id, p);
  return layout;
}

interface Frame {
  team: LayoutTeam;
  placed: boolean;
  rect: Rect;
  content: Content;
}

function layoutFrame(team: LayoutTeam, notes: readonly LayoutNote[]): Frame {
  const placed = team.x !== undefined && team.y !== undefined;
  const inside = { x: FRAME_PADDING, y: FRAME_HEADER };
  // Notes the file placed keep their offset from the frame; in a frame the layout places,
  // they keep their arrangement, moved to the frame's top left corner.
  const placedNotes = notes.filter(isPlaced).map(noteRect);
  const origin = placed
    ? { x: team.x!, y: team.y! }
    : placedNotes.length
      ? { x: leftOf(placedNotes) - inside.x, y: topOf(placedNotes) - inside.y }
      : { x: 0, y: 0 };
  const content = layoutContent(notes, origin, inside);
  const cover = placed && team.w !== undefined && team.h !== undefined ? content.laidOut : content.all;
  const rect = {
    x: origin.x,
    y: origin.y,
    w: Math.max(team.w ?? TEAM_SIZE.w, cover.right + FRAME_PADDING),
    h: Math.max(team.h ?? TEAM_SIZE.h, cover.bottom + FRAME_PADDING),
  };
  return { team, placed, rect, content };
}

/** Frames in rows by level, top level first, at most TEAMS_PER_ROW to a row. */
function placeGrid(frames: Frame[], top: number): void {
  const levels = [...new Set(frames.map((f) => f.team.level))].sort((a, b) => a - b);
  let y = top;
  for (const level of levels) {
    const inLevel = frames.filter((f) => f.team.level === level);
    for (let start = 0; start < inLevel.length; start += TEAMS_PER_ROW) {
      const row = inLevel.slice(start, start + TEAMS_PER_ROW);
      let x = 0;
      for (const frame of row) {
        frame.rect.x = x;
        frame.rect.y = y;
        x += frame.rect.w + TEAM_GAP;
      }
      y += maxOf(row.map((f) => f.rect.h)) + TEAM_GAP;
    }
  }
}

interface Extent {
  right: number;
  bottom: number;
}

interface Content {
  /** Relative to the origin given. */
  positions: Map<string, Point>;
  all: Extent;
  laidOut: Extent;
}

/**
 * Positions of one frame's notes relative to `origin`: placed notes keep theirs, key
 * results of a placed objective stack under it, the rest fill columns from `inside`,
 * below whatever was placed.
 */
function layoutContent(notes: readonly LayoutNote[], origin: Point, inside: Point): Content {
  const positions = new Map<string, Point>();
  for (const note of notes.filter(isPlaced)) positions.set(note.id, { x: note.x! - origin.x, y: note.y! - origin.y });
  const waiting = notes.filter((n) => !positions.has(n.id));
  const laidOut: Point[] = [];
  const put = (note: LayoutNote, p: Point) => {
    positions.set(note.id, p);
    laidOut.push(p);
  };

  const krsOf = new Map<string, LayoutNote[]>();
  for (const note of notes) {
    if (note.objectiveId === null) continue;
    const krs = krsOf.get(note.objectiveId);
    if (krs) krs.push(note);
    else krsOf.set(note.objectiveId, [note]);
  }

  for (const objective of notes.filter((n) => n.kind === 'objective' && isPlaced(n))) {
    const top = positions.get(objective.id)!;
    const krs = krsOf.get(objective.id) ?? [];
    let y = maxOf([top.y, ...krs.filter(isPlaced).map((n) => positions.get(n.id)!.y)]);
    for (const kr of krs.filter((n) => !isPlaced(n))) {
      y += STEP;
      put(kr, { x: top.x, y });
    }
  }

  const columns: LayoutNote[][] = [];
  for (const objective of waiting.filter((n) => n.kind === 'objective')) {
    columns.push([objective, ...(krsOf.get(objective.id) ?? []).filter((n) => !isPlaced(n))]);
  }
  const inColumns = new Set(columns.flat().map((n) => n.id));
  const loose = waiting.filter((n) => !positions.has(n.id) && !inColumns.has(n.id));
  for (let start = 0; start < loose.length; start += LOOSE_PER_COLUMN) columns.push(loose.slice(start, start + LOOSE_PER_COLUMN));

  const placedRects = [...positions.values()].map((p) => noteRect(p));
  const top = placedRects.length ? Math.max(inside.y, bottomOf(placedRects) + COLUMN_GAP) : inside.y;
  columns.forEach((column, i) => {
    column.forEach((note, j) => put(note, { x: inside.x + i * (NOTE_SIZE.w + COLUMN_GAP), y: top + j * STEP }));
  });
  return { positions, all: extentOf([...positions.values()]), laidOut: extentOf(laidOut) };
}

function isPlaced(note: LayoutNote): boolean {
  return note.x !== undefined && note.y !== undefined;
}

function noteRect(p: { x?: number; y?: number }): Rect {
  return { x: p.x ?? 0, y: p.y ?? 0, w: NOTE_SIZE.w, h: NOTE_SIZE.h };
}

function extentOf(points: readonly Point[]): Extent {
  const rects = points.map(noteRect);
  return { right: rects.length ? maxOf(rects.map((r) => r.x + r.w)) : 0, bottom: rects.length ? bottomOf(rects) : 0 };
}

function bottomOf(rects: readonly Rect[]): number {
  return maxOf(rects.map((r) => r.y + r.h));
}

function leftOf(rects: readonly Rect[]): number {
  return -maxOf(rects.map((r) => -r.x));
}

function topOf(rects: readonly Rect[]): number {
  return -maxOf(rects.map((r) => -r.y));
}

/** Math.max without spreading, which overflows the stack on a board of many thousand notes. */
function maxOf(values: readonly number[]): number {
  return values.reduce((max, v) => (v > max ? v : max), -Infinity);
}
