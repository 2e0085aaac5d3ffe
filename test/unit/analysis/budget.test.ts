import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import type { RuleId } from '../../../shared/analysis/types';
import { TestBoard } from './testBoard';

const findingsOf = (board: TestBoard, rule: RuleId) => analyze(board.snapshot()).findings.filter((f) => f.rule === rule);

function teamWithObjectives(count: number, options: ConstructorParameters<typeof TestBoard>[0] = {}): TestBoard {
  const board = new TestBoard(options).team('sales', 'Sales', 1);
  for (let i = 1; i <= count; i++) board.objective(`o${i}`, 'sales');
  return board;
}

/** Sales with `count` objectives below a top objective with key results k1..k4 to cascade from. */
function belowTop(count: number): TestBoard {
  const board = teamWithObjectives(count).team('top', 'Company', 0).objective('grow', 'top');
  for (let i = 1; i <= 4; i++) board.kr(`k${i}`, 'grow');
  return board;
}

describe('over-budget', () => {
  it('flags a team with more objectives than the budget', () => {
    expect(findingsOf(teamWithObjectives(4), 'over-budget')).toEqual([
      {
        rule: 'over-budget',
        severity: 'warning',
        ids: ['sales', 'o1', 'o2', 'o3', 'o4'],
        message: 'Sales has 4 objectives; the budget is 3.',
        suggestion: 'Keep the 3 that matter most this quarter.',
      },
    ]);
  });

  it('leaves a team at its budget alone', () => {
    expect(findingsOf(teamWithObjectives(3), 'over-budget')).toEqual([]);
  });

  it("reads the budget from the board's meta", () => {
    const board = teamWithObjectives(3, { budget: { objectivesPerTeam: 2, krsPerObjective: 4 } });
    expect(findingsOf(board, 'over-budget').map((f) => f.message)).toEqual(['Sales has 3 objectives; the budget is 2.']);
  });

  it('flags an objective with more key results than the budget, copied-down ones included', () => {
    const board = new TestBoard()
      .team('top', 'Company', 0)
      .team('sales', 'Sales', 1)
      .objective('grow', 'top')
      .kr('arr', 'grow')
      .objective('sell', 'sales', 'Sell more')
      .kr('k1', 'sell')
      .kr('k2', 'sell')
      .kr('k3', 'sell')
      .kr('k4', 'sell');
    expect(findingsOf(board, 'over-budget')).toEqual([]);
    board.kr('copy', 'sell').link('copy', 'arr');
    expect(findingsOf(board, 'over-budget')).toMatchObject([
      { ids: ['sell', 'copy', 'k1', 'k2', 'k3', 'k4'], message: 'Objective "Sell more" has 5 key results; the budget is 4.' },
    ]);
  });
});

describe('ballooning', () => {
  it('flags a team holding more key results than objectives x key results allows', () => {
    const board = teamWithObjectives(3, { budget: { objectivesPerTeam: 3, krsPerObjective: 2 } });
    for (const o of ['o1', 'o2', 'o3']) board.kr(`${o}-a`, o).kr(`${o}-b`, o);
    expect(findingsOf(board, 'ballooning')).toEqual([]);
    board.kr('extra', 'o1');
    expect(findingsOf(board, 'ballooning')).toEqual([
      {
        rule: 'ballooning',
        severity: 'problem',
        ids: ['sales'],
        message: 'Sales holds 7 key results; the budget is 6 (3 objectives x 2).',
        suggestion: 'Localize from the upper objectives instead of copying their key results, and trim to the budget.',
      },
    ]);
  });

  it('flags a team whose objectives are mostly cascaded', () => {
    const board = belowTop(3).link('o1', 'k1').link('o2', 'k2');
    expect(findingsOf(board, 'ballooning').map((f) => f.message)).toEqual([
      "2 of Sales's 3 objectives were made from upper key results.",
    ]);
  });

  it('does not call one cascaded objective, or exactly half, ballooning', () => {
    expect(findingsOf(belowTop(1).link('o1', 'k1'), 'ballooning')).toEqual([]);
    expect(findingsOf(belowTop(4).link('o1', 'k1').link('o2', 'k2'), 'ballooning')).toEqual([]);
    expect(findingsOf(belowTop(4).link('o1', 'k1').link('o2', 'k2').link('o3', 'k3'), 'ballooning')).toHaveLength(1);
  });
});
