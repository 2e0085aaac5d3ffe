import type { Badge } from '../../overlay/decorations';
import { DIMMED_CLASS } from '../../facilitator/spotlight';
import type { NoteNode, TeamNode } from '../toFlow';
import { ACCENT, BADGE_LOOKS, DIMMED_ALPHA, FONT, OK, mix, severityDot, worstBadge } from './sketchPalette';
import { frameGrip, nodeBox } from './sketchScene';
import { dot, outline, padlock, shape, type Pen } from './sketchShapes';
import type { SketchMarks, SketchView } from './sketchTypes';

/** Narrower on screen, a frame shows no name or badge, only its finding dot. */
const MIN_LABELLED_FRAME_PX = 72;
const BADGE_FONT = `700 11px ${FONT}`;
const LOCK_PX = 12;

/** The overlay on notes (cross-functional rings, silo shading, finding dots), my selection and the hover. */
export function drawNoteMarks(context: CanvasRenderingContext2D, notes: readonly NoteNode[], marks: SketchMarks, pen: Pen): void {
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
export function drawFrameLabels(context: CanvasRenderingContext2D, frames: readonly TeamNode[], view: SketchView, marks: SketchMarks): void {
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
    const ink = mix(decoration?.tint ?? frame.data.tint, 0.7, '#000000');
    // A frame the step holds says so before its name, as its DOM header does.
    const lock = frame.data.held ? LOCK_PX + 4 : 0;
    if (context.measureText(name).width + lock > room) continue;
    if (lock) padlock(context, left + padding, middle, LOCK_PX, ink);
    context.fillStyle = ink;
    context.fillText(name, left + padding + lock, middle);
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
