import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBezierPath, Position } from '@xyflow/react';
import { NOTE_SIZE } from '../../../shared/board';
import { FULL_FROM, SKETCH_BELOW, nextDetail } from '../../../client/canvas/detail';
import { hiddenFromFlow } from '../../../client/canvas/localNodes';
import { buildSketchScene, frameGrip, hitTest, linkCurve, nodesInside, sceneBounds, type CurveCache } from '../../../client/canvas/sketch/sketchScene';
import { mix, severityDot, worstBadge } from '../../../client/canvas/sketch/sketchPalette';
import { toFlow, type HandleSide, type NoteNode } from '../../../client/canvas/toFlow';
import { LINKS_AND_NOTES } from './boards';

const SIDES: Record<HandleSide, Position> = { top: Position.Top, bottom: Position.Bottom, left: Position.Left, right: Position.Right };

function noteAt(id: string, x: number, y: number): NoteNode {
  return toFlow({
    meta: { title: '', createdAt: 0, formatVersion: 1, levels: [], budget: { objectivesPerTeam: 3, krsPerObjective: 4 }, extra: {} },
    teams: [],
    notes: [{ id, kind: 'objective', text: '', teamId: null, objectiveId: null, x, y, author: '', createdAt: 0, extra: {} }],
    links: [],
  }).nodes[0] as NoteNode;
}

describe('level of detail', () => {
  it('sketches below the line, draws in full from a little above it, and keeps either in between', () => {
    expect(nextDetail(SKETCH_BELOW - 0.01, 'full')).toBe('sketch');
    expect(nextDetail(FULL_FROM, 'sketch')).toBe('full');
    const between = (SKETCH_BELOW + FULL_FROM) / 2;
    expect(nextDetail(between, 'sketch')).toBe('sketch');
    expect(nextDetail(between, 'full')).toBe('full');
  });

  it('hides nodes from React Flow once per node object, so unchanged nodes stay the same objects', () => {
    const { nodes } = toFlow(LINKS_AND_NOTES.snapshot());
    const first = hiddenFromFlow(nodes);
    const again = hiddenFromFlow(nodes);
    expect(first.every((node) => node.hidden)).toBe(true);
    expect(again.every((node, i) => node === first[i])).toBe(true);
  });
});

describe('the sketch scene', () => {
  it("draws every link on React Flow's own Bézier curve", () => {
    const side = fc.constantFrom<HandleSide>('top', 'bottom', 'left', 'right');
    const coordinate = fc.integer({ min: -3000, max: 3000 });
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, side, side, (x1, y1, x2, y2, from, to) => {
        const source = noteAt('a', x1, y1);
        const target = noteAt('b', x2, y2);
        const curve = linkCurve(source, from, target, to);
        const handle = (node: NoteNode, s: HandleSide) => node.handles!.find((h) => h.id === s)!;
        const [path] = getBezierPath({
          sourceX: x1 + handle(source, from).x,
          sourceY: y1 + handle(source, from).y,
          sourcePosition: SIDES[from],
          targetX: x2 + handle(target, to).x,
          targetY: y2 + handle(target, to).y,
          targetPosition: SIDES[to],
        });
        const numbers = path.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
        numbers.forEach((n, i) => expect(curve[i]).toBeCloseTo(n, 6));
      }),
    );
  });

  it('keeps a link curve while its edge and both notes keep their objects, and drops gone links', () => {
    const { nodes, edges } = toFlow(LINKS_AND_NOTES.snapshot());
    const curves: CurveCache = new Map();
    const first = buildSketchScene(nodes, edges, curves);
    const second = buildSketchScene(nodes, edges, curves);
    expect(second.links[0]!.curve).toBe(first.links[0]!.curve);
    buildSketchScene(nodes, [], curves);
    expect(curves.size).toBe(0);
  });

  it('finds the topmost note under a point, else a frame by its name strip, never by its body', () => {
    const { nodes, edges } = toFlow(LINKS_AND_NOTES.snapshot());
    const scene = buildSketchScene(nodes, edges, new Map());
    const note = scene.notes[0]!;
    expect(hitTest(scene, { x: note.position.x + 5, y: note.position.y + 5 }, 1)).toEqual({ type: 'note', node: note });
    const frame = scene.frames[0]!;
    const strip = frameGrip(frame, 1);
    const free = { x: frame.position.x + frame.width! - 4, y: frame.position.y + 4 };
    expect(hitTest(scene, free, 1)?.node.id).toBe(frame.id);
    expect(strip.height).toBe(48);
    // Far out, the strip grows so a frame stays grabbable by its name.
    expect(frameGrip(frame, 0.05).height).toBe(Math.min(frame.height!, 22 / 0.05));
    expect(hitTest(scene, { x: frame.position.x + frame.width! - 4, y: frame.position.y + frame.height! - 4 }, 1)).toBeNull();
  });

  it('bounds the whole board', () => {
    const scene = buildSketchScene([noteAt('a', 0, 0), noteAt('b', 500, 300)], [], new Map());
    expect(sceneBounds(scene)).toEqual({ x: 0, y: 0, width: 500 + NOTE_SIZE.w, height: 300 + NOTE_SIZE.h });
  });
});

describe('the sketch palette', () => {
  it("mixes colours as CSS color-mix does, so frames keep their tint when the zoom crosses over", () => {
    expect(mix('#5b5bd6', 0.4, '#ffffff')).toBe('rgb(189, 189, 239)');
    expect(mix('#5b5bd6', 0.06, 'transparent')).toBe('rgba(91, 91, 214, 0.06)');
    expect(mix('#fff', 0.5, '#000000')).toBe('rgb(128, 128, 128)');
  });

  it('shows the worst finding, as a dot coloured by severity, and no dot for counts within the budget', () => {
    const badge = (severity: 'problem' | 'warning' | 'info' | 'ok') => ({ rule: 'silo-team' as const, severity, label: severity, message: '' });
    expect(worstBadge([badge('info'), badge('problem'), badge('warning')])?.label).toBe('problem');
    expect(severityDot([badge('info'), badge('problem'), badge('warning')])).toBe('#e5484d');
    expect(worstBadge([badge('ok')])?.label).toBe('ok');
    expect(severityDot([badge('ok')])).toBeNull();
  });
});

describe('a selection box on the sketch', () => {
  it('picks the notes and frames wholly inside it, as React Flow does', () => {
    const scene = buildSketchScene([noteAt('a', 0, 0), noteAt('b', 300, 0), noteAt('c', 150, 50)], [], new Map());
    expect(nodesInside(scene, { x: -10, y: -10, width: 420, height: 130 })).toEqual(['a']);
    expect(nodesInside(scene, { x: -10, y: -10, width: 520, height: 200 })).toEqual(['a', 'b', 'c']);
  });
});
