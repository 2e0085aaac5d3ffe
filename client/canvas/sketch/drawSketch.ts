import { NOTE_SIZE, type NoteKind } from '../../../shared/board';
import { linkStyle } from '../linkStyles';
import { DIMMED_CLASS } from '../../facilitator/spotlight';
import type { NoteNode, TeamNode } from '../toFlow';
import { drawFrameLabels, drawNoteMarks } from './drawMarks';
import { CASCADE_EMPHASIS, DIMMED_ALPHA, NOTE_COLORS, mix } from './sketchPalette';
import { curveBox, nodeBox, type Box, type SketchLink, type SketchScene } from './sketchScene';
import { SHOW, groupBy, overlaps, shape, type Pen } from './sketchShapes';
import type { SketchCounts, SketchMarks, SketchOptions, SketchView } from './sketchTypes';

const KINDS: readonly NoteKind[] = ['objective', 'kr', 'idea'];
const PRIVATE_OUTLINE = '#8e4ec6';
const GREEK = 'rgba(28, 32, 36, 0.2)';

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
