import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import type { RuleId } from '../../../shared/analysis/types';
import { TestBoard } from './testBoard';

const findingsOf = (board: TestBoard, rule: RuleId) => analyze(board.snapshot()).findings.filter((f) => f.rule === rule);
const subjects = (board: TestBoard, rule: RuleId) => findingsOf(board, rule).map((f) => f.ids[0]);

/** A top objective "grow" (with key result "arr") and department teams of Sales, HR and Sales again. */
function org(): TestBoard {
  return new TestBoard({ levels: ['Company', 'Department'] })
    .team('top', 'Company', 0, 'Leadership')
    .team('sales', 'Sales', 1)
    .team('hr', 'HR', 1)
    .team('sales-eu', 'Sales', 1, 'Sales Europe')
    .objective('grow', 'top', 'Grow revenue')
    .kr('arr', 'grow');
}

describe('silo-objective', () => {
  it('flags a top-level objective that only one function supports, even through two teams', () => {
    const board = org().objective('s1', 'sales').objective('s2', 'sales-eu').link('s1', 'grow').link('s2', 'grow');
    expect(findingsOf(board, 'silo-objective')).toEqual([
      {
        rule: 'silo-objective',
        severity: 'problem',
        ids: ['grow'],
        message: 'Only Sales supports "Grow revenue".',
        suggestion: 'Ask the other functions: "What can we do to support this goal?"',
      },
    ]);
  });

  it('does not flag an objective two functions support', () => {
    const board = org().objective('s1', 'sales').objective('h1', 'hr').link('s1', 'grow').link('h1', 'grow');
    expect(findingsOf(board, 'silo-objective')).toEqual([]);
  });

  it('counts a function that copies down one of its key results', () => {
    const board = org().objective('s1', 'sales').objective('h1', 'hr').kr('h1-arr', 'h1').link('s1', 'grow').link('h1-arr', 'arr');
    expect(findingsOf(board, 'silo-objective')).toEqual([]);
  });

  it('leaves objectives below the top, and unsupported ones, to other rules', () => {
    const board = org().objective('s1', 'sales').objective('s2', 'sales-eu').link('s2', 's1');
    expect(findingsOf(board, 'silo-objective')).toEqual([]);
  });

  it('does not count ideas as support', () => {
    const board = org().objective('s1', 'sales').idea('i1', 'hr').link('s1', 'grow').link('i1', 'grow');
    expect(subjects(board, 'silo-objective')).toEqual(['grow']);
  });
});

describe('silo-team', () => {
  it('flags a team whose objectives reach only a single-function objective', () => {
    const board = org().objective('s1', 'sales').objective('h1', 'hr').link('s1', 'grow');
    const [hr, sales] = findingsOf(board, 'silo-team');
    expect(sales).toEqual({
      rule: 'silo-team',
      severity: 'warning',
      ids: ['sales', 's1'],
      message: 'Sales does not reach an objective that other functions support too.',
      suggestion: 'Localize from a cross-functional objective above.',
    });
    expect(hr?.ids).toEqual(['hr', 'h1']);
  });

  it('does not flag teams that reach a cross-functional objective through a chain of links', () => {
    const board = new TestBoard()
      .team('top', 'Company', 0)
      .team('marketing', 'Marketing', 1)
      .team('hr', 'HR', 1)
      .team('brand', 'Marketing', 2)
      .objective('grow', 'top')
      .objective('m1', 'marketing')
      .objective('h1', 'hr')
      .objective('b1', 'brand')
      .link('m1', 'grow')
      .link('h1', 'grow')
      .link('b1', 'm1');
    expect(findingsOf(board, 'silo-team')).toEqual([]);
  });

  it('leaves the top team and teams without objectives alone', () => {
    const board = org();
    expect(findingsOf(board, 'silo-team')).toEqual([]);
  });
});

describe('unsupported-objective', () => {
  it('notes an objective above the lowest level that nothing links to', () => {
    const board = org();
    expect(findingsOf(board, 'unsupported-objective')).toEqual([
      {
        rule: 'unsupported-objective',
        severity: 'info',
        ids: ['grow'],
        message: 'No team supports "Grow revenue" yet.',
        suggestion: 'Which team can localize it to its own level?',
      },
    ]);
  });

  it('counts a link to one of its key results as support', () => {
    const board = org().objective('s1', 'sales').kr('s1-arr', 's1').link('s1-arr', 'arr');
    expect(findingsOf(board, 'unsupported-objective')).toEqual([]);
  });

  it('leaves the lowest level and objectives outside any team alone', () => {
    const board = org().objective('s1', 'sales').link('s1', 'grow').objective('floating', null);
    expect(findingsOf(board, 'unsupported-objective')).toEqual([]);
  });

  it('treats teams deeper than the named levels as the lowest level', () => {
    const board = org().team('deep', 'Sales', 2).objective('s1', 'sales').link('s1', 'grow').objective('d1', 'deep').link('d1', 's1');
    expect(subjects(board, 'unsupported-objective')).toEqual([]);
    board.objective('s2', 'sales').link('s2', 'grow');
    expect(subjects(board, 'unsupported-objective')).toEqual(['s2']);
  });
});

describe('orphan-objective', () => {
  it('flags an objective below the top that links to nothing above', () => {
    const board = org().objective('s1', 'sales', 'Sell more');
    expect(findingsOf(board, 'orphan-objective')).toEqual([
      {
        rule: 'orphan-objective',
        severity: 'warning',
        ids: ['s1', 'sales'],
        message: 'Sales\'s objective "Sell more" links to nothing above.',
        suggestion: 'Link it to the upper objective whose intent it translates.',
      },
    ]);
  });

  it('accepts a localize link, a cascade link or a copied-down key result as a link above', () => {
    const board = org()
      .objective('s1', 'sales')
      .link('s1', 'grow')
      .objective('h1', 'hr')
      .link('h1', 'arr')
      .objective('e1', 'sales-eu')
      .kr('e1-arr', 'e1')
      .link('e1-arr', 'arr');
    expect(findingsOf(board, 'orphan-objective')).toEqual([]);
  });

  it('leaves top-level objectives alone', () => {
    expect(findingsOf(org(), 'orphan-objective')).toEqual([]);
  });
});
