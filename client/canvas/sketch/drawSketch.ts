import { NOTE_SIZE, type NoteKind } from '../../../shared/board';
import type { Badge, Decorations } from '../../overlay/decorations';
import { linkStyle } from '../linkStyles';
import type { NoteNode, TeamNode } from '../toFlow';
import {
  ACCENT,
  CASCADE_EMPHASIS,
  DIMMED_ALPHA,
  FONT,
  NOTE_COLORS,
  OK,
  mix,
  BADGE_LOOKS,
  severityDot,
  worstBadge,
} from './sketchPalette';
import { curveBox, frameGrip, nodeBox, type Box, type SketchLink, type SketchScene } from './sketchScene';

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

const KINDS: readonly NoteKind[] = ['objective', 'kr', 'idea'];
const PRIVATE_OUTLINE = '#8e4ec6';
const GREEK = 'rgba(28, 32, 36, 0.2)';
const DIMMED_CLASS = 'is-dimmed';
/** Narrower on screen, a frame shows no name or badge, only its finding dot. */
const MIN_LABELLED_FRAME_PX = 72;
const BADGE_FONT = `700 11px ${FONT}`;
/** Zooms past which a detail is at least about a pixel on screen, so worth drawing. */
const SHOW = { corners: 0.15, bands: 0.19, words: 0.16, arrows: 0.15 } as const;

/**
 * Draws the board on a 2D canvas: frames, links, notes, then what marks them (overlay,
 * selection, hover), culled to the visible area. Things are batched by colour, one path
 * and one fill or stroke per colour, so a whole 5,000-note board is a few dozen canvas
 * calls past the path building.
 */
export function drawSketch(
  context: CanvasRenderingContext2D,
  scene: SketchScene,
  view: SketchView,
  marks: SketchMarks,
  options: SketchOptions,
): SketchCounts {
  const { zoom, pixelRatio } = view;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.setTransform(zoom * pixelRatio, 0, 0, zoom * pixelRatio, view.x * pixelRatio, view.y * pixelRatio);
  const pen = { zoom, px: 1 / zoom };
  const { frames, notes, links } = inView(scene, view);
  for (const dimmed of [false, true]) {
    context.globalAlpha = dimmed ? DIMMED_ALPHA : 1;
    const lit = (className: string | undefined) => (className === DIMMED_CLASS) === dimmed;
    drawFrames(context, frames.filter((frame) => lit(frame.className)), marks, pen);
    if (options.links) drawLinks(context, links.filter((link) => lit(link.edge.className)), marks, pen);
    drawNotes(context, notes.filter((note) => lit(note.className)), pen, options);
  }
  context.globalAlpha = 1;
  if (options.details) {
    drawNoteMarks(context, notes, marks, pen);
    context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    drawFrameLabels(context, frames, view, marks);
  }
  return { notes: notes.length, links: links.length };
}

/** What of the scene lies at least partly in the view. */
export function inView(scene: SketchScene, view: Omit<SketchView, 'pixelRatio'>): Pick<SketchScene, 'frames' | 'notes' | 'links'> {
  const { zoom } = view;
  const area: Box = { x: -view.x / zoom, y: -view.y / zoom, width: view.width / zoom, height: view.height / zoom };
  return {
    frames: scene.frames.filter((frame) => overlaps(nodeBox(frame), area)),
    notes: scene.notes.filter((note) => overlaps(nodeBox(note), area)),
    links: scene.links.filter((link) => overlaps(curveBox(link.curve), area)),
  };
}

interface Pen {
  zoom: number;
  /** One screen pixel, in board units. */
  px: number;
}

function drawFrames(context: CanvasRenderingContext2D, frames: readonly TeamNode[], marks: SketchMarks, pen: Pen): void {
  // A few tints for hundreds of frames: one fill and one stroke per tint.
  const byTint = groupBy(frames, (frame) => marks.decorations.teams.get(frame.id)?.tint ?? frame.data.tint);
  for (const [tint, group] of byTint) {
    context.beginPath();
    for (const frame of group) shape(context, nodeBox(frame), 18, pen);
    context.fillStyle = mix(tint, 0.06, 'transparent');
    context.fill();
    context.strokeStyle = mix(tint, 0.4, '#ffffff');
    context.lineWidth = Math.max(2, pen.px);
    context.stroke();
  }
  const silos = frames.filter((frame) => marks.decorations.teams.get(frame.id)?.silo);
  if (silos.length > 0) {
    context.beginPath();
    for (const frame of silos) shape(context, nodeBox(frame), 18, pen);
    context.fillStyle = 'rgba(229, 72, 77, 0.07)';
    context.fill();
    context.strokeStyle = 'rgba(229, 72, 77, 0.35)';
    context.lineWidth = Math.max(2, pen.px);
    context.stroke();
  }
  for (const frame of frames) {
    if (!frame.selected && marks.hovered !== frame.id) continue;
    context.beginPath();
    shape(context, nodeBox(frame), 18, pen);
    context.strokeStyle = frame.data.tint;
    context.lineWidth = Math.max(frame.selected ? 3 : 2, (frame.selected ? 2 : 1) * pen.px);
    context.stroke();
  }
}

function drawLinks(context: CanvasRenderingContext2D, links: readonly SketchLink[], marks: SketchMarks, pen: Pen): void {
  const byLook = groupBy(links, (link) => {
    const look = linkLook(link, marks);
    return `${look.color}|${look.width}|${look.dash}`;
  });
  context.lineCap = 'round';
  for (const group of byLook.values()) {
    const look = linkLook(group[0]!, marks);
    context.beginPath();
    for (const { curve } of group) {
      context.moveTo(curve[0], curve[1]);
      context.bezierCurveTo(curve[2], curve[3], curve[4], curve[5], curve[6], curve[7]);
    }
    context.strokeStyle = look.color;
    context.lineWidth = Math.max(look.width, pen.px);
    // Dashes stay a few pixels long on screen however far out, or the line turns to fuzz.
    context.setLineDash(look.dash ? look.dash.split(' ').map((d) => Math.max(Number(d), 3 * pen.px)) : []);
    context.stroke();
    if (pen.zoom >= SHOW.arrows) {
      context.beginPath();
      for (const { curve } of group) arrowHead(context, curve, Math.max(12, 5 * pen.px));
      context.fillStyle = look.color;
      context.fill();
    }
  }
  context.setLineDash([]);
}

function linkLook(link: SketchLink, marks: SketchMarks): { color: string; width: number; dash: string } {
  const style = linkStyle(link.edge.data?.meaning ?? null);
  const emphasised = marks.decorations.links.get(link.edge.id)?.cascade === true;
  const width = style.width + (link.edge.selected ? 1.5 : 0) + (emphasised ? 1.5 : 0);
  return { color: emphasised ? CASCADE_EMPHASIS : style.color, width, dash: style.dash };
}

/** An arrow head at the curve's end, along its last tangent. */
function arrowHead(context: CanvasRenderingContext2D, curve: SketchLink['curve'], size: number): void {
  const [x, y] = [curve[6], curve[7]];
  let [fromX, fromY] = [curve[4], curve[5]];
  if (fromX === x && fromY === y) [fromX, fromY] = [curve[0], curve[1]];
  const length = Math.hypot(x - fromX, y - fromY) || 1;
  const [ux, uy] = [(x - fromX) / length, (y - fromY) / length];
  context.moveTo(x, y);
  context.lineTo(x - ux * size - uy * size * 0.5, y - uy * size + ux * size * 0.5);
  context.lineTo(x - ux * size + uy * size * 0.5, y - uy * size - ux * size * 0.5);
  context.closePath();
}

function drawNotes(context: CanvasRenderingContext2D, notes: readonly NoteNode[], pen: Pen, options: SketchOptions): void {
  // On the minimap a big board's notes are specks under a pixel: its frames say enough.
  if (!options.details && pen.zoom * NOTE_SIZE.w < 1) return;
  const byKind = groupBy(notes, (note) => note.data.kind);
  for (const kind of KINDS) {
    const group = byKind.get(kind);
    if (!group) continue;
    const colors = NOTE_COLORS[kind];
    const radius = kind === 'idea' ? 14 : 4;
    context.beginPath();
    for (const note of group) shape(context, nodeBox(note), radius, pen);
    context.fillStyle = colors.body;
    context.fill();
    if (pen.zoom >= SHOW.corners) {
      context.strokeStyle = colors.edge;
      context.lineWidth = pen.px;
      context.stroke();
    }
    if (colors.band && pen.zoom >= SHOW.bands) {
      context.beginPath();
      for (const note of group) {
        const { x, y, width, height } = nodeBox(note);
        if (colors.band === 'top') context.rect(x, y, width, 4);
        else context.rect(x, y, 4, height);
      }
      context.fillStyle = colors.tag;
      context.fill();
    }
    if (options.details && pen.zoom >= SHOW.words) drawWords(context, group, colors.tag);
  }
  const privateIdeas = notes.filter((note) => note.data.private);
  if (privateIdeas.length > 0) {
    context.beginPath();
    for (const note of privateIdeas) {
      const { x, y, width, height } = nodeBox(note);
      const gap = 3 + pen.px;
      context.rect(x - gap, y - gap, width + 2 * gap, height + 2 * gap);
    }
    context.strokeStyle = PRIVATE_OUTLINE;
    context.lineWidth = Math.max(2, pen.px);
    context.setLineDash([6, 4]);
    context.stroke();
    context.setLineDash([]);
  }
}

/**
 * A note's words as grey lines, as long as its text would run: from afar a note with
 * words looks written on and an empty one blank, as they will once zoomed in.
 */
function drawWords(context: CanvasRenderingContext2D, notes: readonly NoteNode[], tag: string): void {
  context.beginPath();
  for (const note of notes) {
    const { x, y } = nodeBox(note);
    context.rect(x + 14, y + 11, note.data.kind === 'idea' ? 30 : 62, 12);
  }
  context.fillStyle = tag;
  context.fill();
  context.beginPath();
  for (const note of notes) {
    const { x, y, width } = nodeBox(note);
    const lineLength = width - 28;
    let left = note.data.text.length * 7;
    for (let line = 0; line < 3 && left > 0; line++, left -= lineLength) {
      context.rect(x + 14, y + 36 + line * 20, Math.min(lineLength, left), 10);
    }
  }
  context.fillStyle = GREEK;
  context.fill();
}

/** The overlay on notes (cross-functional rings, silo shading, finding dots), my selection and the hover. */
function drawNoteMarks(context: CanvasRenderingContext2D, notes: readonly NoteNode[], marks: SketchMarks, pen: Pen): void {
  const { decorations, hovered } = marks;
  for (const note of notes) {
    const decoration = decorations.notes.get(note.id);
    const box = nodeBox(note);
    if (decoration?.silo) {
      context.beginPath();
      shape(context, box, 4, pen);
      context.fillStyle = 'rgba(229, 72, 77, 0.12)';
      context.fill();
      context.strokeStyle = 'rgba(229, 72, 77, 0.55)';
      context.lineWidth = Math.max(2, pen.px);
      context.stroke();
    }
    if (decoration?.ring) outline(context, box, 7, OK, Math.max(3, 1.5 * pen.px), pen);
    const severity = decoration ? severityDot(decoration.badges) : null;
    if (severity) dot(context, box.x + box.width, box.y, Math.max(9, 3 * pen.px), severity);
    if (decoration?.hint) dot(context, box.x + box.width, box.y + box.height, Math.max(7, 2.5 * pen.px), '#d6a100');
    if (note.selected) outline(context, box, 2 * pen.px + 2, ACCENT, 2 * pen.px, pen);
    else if (hovered === note.id) outline(context, box, pen.px + 1, mix(ACCENT, 0.55, 'transparent'), 1.5 * pen.px, pen);
  }
}

/**
 * Frame names and the frame's worst finding (as its badge where the frame is wide enough,
 * else as a dot), in screen pixels: readable at any zoom. What does not fit is left out
 * rather than squeezed; the tooltip tells it.
 */
function drawFrameLabels(context: CanvasRenderingContext2D, frames: readonly TeamNode[], view: SketchView, marks: SketchMarks): void {
  const { zoom } = view;
  const nameFont = `750 ${Math.min(19, Math.max(11, 19 * zoom))}px ${FONT}`;
  // Setting a font makes the canvas parse it: only when it changes.
  let font = '';
  const setFont = (next: string) => {
    if (next !== font) context.font = font = next;
  };
  context.textBaseline = 'middle';
  for (const frame of frames) {
    const box = nodeBox(frame);
    const left = box.x * zoom + view.x;
    const top = box.y * zoom + view.y;
    const width = box.width * zoom;
    const middle = top + (frameGrip(frame, zoom).height * zoom) / 2;
    const padding = Math.max(6, 18 * zoom);
    const decoration = marks.decorations.teams.get(frame.id);
    const badge = decoration ? worstBadge(decoration.badges) : null;
    context.globalAlpha = frame.className === DIMMED_CLASS ? DIMMED_ALPHA : 1;
    if (width < MIN_LABELLED_FRAME_PX) {
      const color = decoration ? severityDot(decoration.badges) : null;
      if (color) dot(context, left + width, top, 5, color);
      continue;
    }
    let room = width - 2 * padding;
    if (badge) {
      setFont(BADGE_FONT);
      room -= badgePill(context, badge, left + width - padding, middle, room / 2) + 8;
    }
    const name = frame.data.name || 'Unnamed team';
    setFont(nameFont);
    if (context.measureText(name).width > room) continue;
    context.fillStyle = mix(decoration?.tint ?? frame.data.tint, 0.7, '#000000');
    context.fillText(name, left + padding, middle);
  }
  context.globalAlpha = 1;
}

/**
 * A finding's badge ending at `right` (in BADGE_FONT), or its dot there when the badge is
 * wider than `room`; returns the width taken.
 */
function badgePill(context: CanvasRenderingContext2D, badge: Badge, right: number, middle: number, room: number): number {
  const width = context.measureText(badge.label).width + 16;
  const look = BADGE_LOOKS[badge.severity];
  if (width > room) {
    const color = severityDot([badge]);
    if (color) dot(context, right, middle, 5, color);
    return color ? 10 : 0;
  }
  context.beginPath();
  context.roundRect(right - width, middle - 9, width, 18, 9);
  context.fillStyle = look.fill;
  context.fill();
  context.strokeStyle = look.edge;
  context.lineWidth = 1;
  context.stroke();
  context.fillStyle = look.ink;
  context.fillText(badge.label, right - width + 8, middle + 0.5);
  return width;
}

function shape(context: CanvasRenderingContext2D, { x, y, width, height }: Box, radius: number, pen: Pen): void {
  // Corners are under a pixel from far out; plain rectangles draw faster.
  if (pen.zoom >= SHOW.corners) context.roundRect(x, y, width, height, radius);
  else context.rect(x, y, width, height);
}

function outline(context: CanvasRenderingContext2D, box: Box, gap: number, color: string, width: number, pen: Pen): void {
  context.beginPath();
  shape(context, { x: box.x - gap, y: box.y - gap, width: box.width + 2 * gap, height: box.height + 2 * gap }, 6 + gap, pen);
  context.strokeStyle = color;
  context.lineWidth = width;
  context.stroke();
}

function dot(context: CanvasRenderingContext2D, x: number, y: number, radius: number, color: string): void {
  context.beginPath();
  context.arc(x, y, radius, 0, 2 * Math.PI);
  context.fillStyle = color;
  context.fill();
}

function overlaps(a: Box, b: Box): boolean {
  return a.x <= b.x + b.width && a.x + a.width >= b.x && a.y <= b.y + b.height && a.y + a.height >= b.y;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
