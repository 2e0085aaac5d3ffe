import { KR_STACK_GAP, NOTE_SIZE, type Note } from '../../shared/board';
import type { HandleSide } from './toFlow';

type Placed = Pick<Note, 'id' | 'x' | 'y'>;

/** Sides of notes hidden by the neighbouring note of a key-result stack. */
export interface CoveredSides {
  top: ReadonlySet<string>;
  bottom: ReadonlySet<string>;
}

const STACK_REACH = 2 * KR_STACK_GAP;

/**
 * Finds the sides an objective and its key results hide from each other: key results stack
 * right under their objective, so an arrow into the objective's bottom would end under
 * the first key result.
 */
export function coveredSides(notes: readonly Pick<Note, 'id' | 'kind' | 'objectiveId' | 'x' | 'y'>[]): CoveredSides {
  const stacks = new Map<string, Placed[]>();
  for (const note of notes) {
    const stackId = note.kind === 'objective' ? note.id : note.kind === 'kr' ? note.objectiveId : null;
    if (!stackId) continue;
    const stack = stacks.get(stackId) ?? [];
    stack.push(note);
    stacks.set(stackId, stack);
  }
  const top = new Set<string>();
  const bottom = new Set<string>();
  for (const stack of stacks.values()) {
    stack.sort((a, b) => a.y - b.y);
    for (let i = 1; i < stack.length; i++) {
      const above = stack[i - 1]!;
      const below = stack[i]!;
      const gap = below.y - (above.y + NOTE_SIZE.h);
      if (gap >= 0 && gap <= STACK_REACH && Math.abs(below.x - above.x) < NOTE_SIZE.w) {
        bottom.add(above.id);
        top.add(below.id);
      }
    }
  }
  return { top, bottom };
}

const NONE: CoveredSides = { top: new Set(), bottom: new Set() };

/**
 * The sides a link leaves and enters by. A link from a lower note to the one above leaves
 * from its top and enters the upper note's bottom. A key result inside a stack has its top
 * hidden under the note above it: a link leaving there would seem to start at its
 * objective, so it leaves from the side facing the upper note instead. (An arrow into a
 * hidden bottom still shows its head in the stack's gap, and points at the right note.)
 */
export function linkSides(from: Placed, to: Placed, covered: CoveredSides = NONE): { source: HandleSide; target: HandleSide } {
  if (to.y + NOTE_SIZE.h <= from.y) {
    const source: HandleSide = covered.top.has(from.id) ? (to.x <= from.x + NOTE_SIZE.w / 2 ? 'left' : 'right') : 'top';
    return { source, target: 'bottom' };
  }
  if (from.y + NOTE_SIZE.h <= to.y) {
    const source: HandleSide = covered.bottom.has(from.id) ? (to.x <= from.x + NOTE_SIZE.w / 2 ? 'left' : 'right') : 'bottom';
    return { source, target: 'top' };
  }
  return to.x < from.x ? { source: 'left', target: 'right' } : { source: 'right', target: 'left' };
}
