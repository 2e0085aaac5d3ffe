import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexBoard } from '../../../shared/analysis/boardIndex';
import { supportSets, type SupportSets } from '../../../shared/analysis/supportSets';
import type { BoardSnapshot } from '../../../shared/board/types';
import { arbitraryBoard } from '../../helpers/arbitraryBoard';
import { TestBoard } from './testBoard';

type ById = { [K in keyof SupportSets]: (id: string) => ReturnType<SupportSets[K]> };

/** The support sets of a board, asked by note id rather than position. */
function byId(snapshot: BoardSnapshot): ById {
  const index = indexBoard(snapshot);
  const sets = supportSets(index);
  const at = (id: string) => index.position.get(id) ?? -1;
  return {
    functions: (id) => sets.functions(at(id)),
    crossFunctional: (id) => sets.crossFunctional(at(id)),
    reachesCrossFunctional: (id) => sets.reachesCrossFunctional(at(id)),
    supported: (id) => sets.supported(at(id)),
    linksUp: (id) => sets.linksUp(at(id)),
  };
}
const support = (board: TestBoard) => byId(board.snapshot());

/**
 * F(O) the slow way: the OKRs (an objective with its key results; a loose key result
 * alone) from which a chain of one or more links leads to O's, grown to a fixpoint.
 */
function naiveFunctions(board: BoardSnapshot, objectiveId: string): string[] {
  const notes = new Map(board.notes.map((n) => [n.id, n]));
  const okr = (id: string): string => {
    const note = notes.get(id)!;
    const objective = note.kind === 'kr' && note.objectiveId ? notes.get(note.objectiveId) : undefined;
    return objective?.kind === 'objective' ? objective.id : id;
  };
  const edges = board.links
    .filter((l) => notes.get(l.from)?.kind !== 'idea' && notes.get(l.to)?.kind !== 'idea')
    .map((l) => [okr(l.from), okr(l.to)] as const)
    .filter(([a, b]) => a !== b);
  const reaching = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [a, b] of edges) {
      if ((b === objectiveId || reaching.has(b)) && !reaching.has(a)) {
        reaching.add(a);
        grew = true;
      }
    }
  }
  const teams = new Map(board.teams.map((t) => [t.id, t]));
  const functions = board.notes
    .filter((n) => n.kind !== 'idea' && reaching.has(okr(n.id)) && n.teamId !== null && teams.has(n.teamId))
    .map((n) => teams.get(n.teamId!)!.function);
  return [...new Set(functions)].sort();
}

describe('support sets', () => {
  it('collects the functions of every team with a chain of links up to the objective', () => {
    const sets = support(
      new TestBoard()
        .team('top', 'Company', 0)
        .team('marketing', 'Marketing', 1)
        .team('brand', 'Brand', 2)
        .objective('grow', 'top')
        .objective('m1', 'marketing')
        .objective('b1', 'brand')
        .link('m1', 'grow')
        .link('b1', 'm1'),
    );
    expect(sets.functions('grow')).toEqual(['Brand', 'Marketing']);
    expect(sets.crossFunctional('grow')).toBe(true);
    expect(sets.functions('m1')).toEqual(['Brand']);
    expect(sets.crossFunctional('m1')).toBe(false);
    expect(sets.functions('b1')).toEqual([]);
  });

  it("does not count the objective's own key results or team", () => {
    const sets = support(new TestBoard().team('top', 'Company', 0).objective('grow', 'top').kr('arr', 'grow').link('arr', 'grow'));
    expect(sets.functions('grow')).toEqual([]);
    expect(sets.supported('grow')).toBe(false);
    expect(sets.linksUp('grow')).toBe(false);
  });

  it('lets everyone on a cycle of links support everyone on it, and what the cycle links to', () => {
    const sets = support(
      new TestBoard()
        .team('top', 'Company', 0)
        .team('sales', 'Sales', 1)
        .team('hr', 'HR', 1)
        .objective('grow', 'top')
        .objective('s1', 'sales')
        .objective('h1', 'hr')
        .link('s1', 'h1')
        .link('h1', 's1')
        .link('h1', 'grow'),
    );
    expect(sets.functions('s1')).toEqual(['HR', 'Sales']);
    expect(sets.functions('h1')).toEqual(['HR', 'Sales']);
    expect(sets.functions('grow')).toEqual(['HR', 'Sales']);
    expect(sets.reachesCrossFunctional('s1')).toBe(true);
  });

  it('handles more functions than fit in one 32-bit word', () => {
    const board = new TestBoard().team('top', 'Company', 0).objective('grow', 'top');
    for (let i = 0; i < 40; i++) board.team(`t${i}`, `Function ${String(i).padStart(2, '0')}`, 1).objective(`o${i}`, `t${i}`);
    board.link('o3', 'grow').link('o37', 'grow');
    const sets = support(board);
    expect(sets.functions('grow')).toEqual(['Function 03', 'Function 37']);
    expect(sets.crossFunctional('grow')).toBe(true);
  });

  it('answers nothing for ids that are not objectives', () => {
    const sets = support(new TestBoard().team('top', 'Company', 0).objective('grow', 'top').kr('arr', 'grow'));
    expect(sets.functions('arr')).toEqual([]);
    expect(sets.functions('missing')).toEqual([]);
    expect(sets.crossFunctional('missing')).toBe(false);
  });

  it('matches a slow fixpoint computation on any board, cycles included', () => {
    fc.assert(
      fc.property(arbitraryBoard({ maxTeams: 6, maxNotes: 30 }), (board) => {
        const sets = byId(board);
        for (const note of board.notes) {
          if (note.kind !== 'objective') continue;
          const expected = naiveFunctions(board, note.id);
          expect(sets.functions(note.id)).toEqual(expected);
          expect(sets.crossFunctional(note.id)).toBe(expected.length >= 2);
        }
      }),
      { numRuns: 300 },
    );
  });
});
