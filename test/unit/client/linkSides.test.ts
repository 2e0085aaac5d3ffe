import { describe, expect, it } from 'vitest';
import { KR_STACK_GAP, NOTE_SIZE } from '../../../shared/board';
import { coveredSides, linkSides } from '../../../client/canvas/linkSides';

const row = NOTE_SIZE.h + KR_STACK_GAP;
const stack = [
  { id: 'o', kind: 'objective' as const, objectiveId: null, x: 0, y: 0 },
  { id: 'k1', kind: 'kr' as const, objectiveId: 'o', x: 0, y: row },
  { id: 'k2', kind: 'kr' as const, objectiveId: 'o', x: 0, y: 2 * row },
];

describe('coveredSides', () => {
  it('marks the sides an objective and its stacked key results hide from each other', () => {
    const covered = coveredSides(stack);
    expect([...covered.bottom].sort()).toEqual(['k1', 'o']);
    expect([...covered.top].sort()).toEqual(['k1', 'k2']);
  });

  it('marks nothing for a key result dragged away from its objective', () => {
    const covered = coveredSides([stack[0]!, { ...stack[1]!, x: 600 }]);
    expect(covered.top.size + covered.bottom.size).toBe(0);
  });
});

describe('linkSides', () => {
  it('leaves a lower note by its top and enters the upper note by its bottom', () => {
    expect(linkSides({ id: 'a', x: 0, y: 500 }, { id: 'b', x: 300, y: 0 })).toEqual({ source: 'top', target: 'bottom' });
    expect(linkSides({ id: 'a', x: 0, y: 0 }, { id: 'b', x: 0, y: 500 })).toEqual({ source: 'bottom', target: 'top' });
  });

  it('links notes side by side through the sides that face each other', () => {
    expect(linkSides({ id: 'a', x: 500, y: 0 }, { id: 'b', x: 0, y: 20 })).toEqual({ source: 'left', target: 'right' });
    expect(linkSides({ id: 'a', x: 0, y: 20 }, { id: 'b', x: 500, y: 0 })).toEqual({ source: 'right', target: 'left' });
  });

  it('leaves a key result in a stack by the side facing the upper note, not from under its objective', () => {
    const covered = coveredSides(stack);
    expect(linkSides({ id: 'k2', x: 0, y: 2 * row }, { id: 'up', x: -600, y: -500 }, covered).source).toBe('left');
    expect(linkSides({ id: 'k2', x: 0, y: 2 * row }, { id: 'up', x: 600, y: -500 }, covered).source).toBe('right');
  });
});
