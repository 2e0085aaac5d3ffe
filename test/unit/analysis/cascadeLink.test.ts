import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { cascadeFix } from '../../../shared/analysis/cascadeFix';
import { TestBoard } from './testBoard';

function upperBoard(): TestBoard {
  return new TestBoard()
    .team('top', 'Company', 0, 'Leadership')
    .team('sales', 'Sales', 1)
    .objective('grow', 'top', 'Grow revenue')
    .kr('arr', 'grow', 'Increase ARR from $10M to $14M');
}

const cascadeFindings = (board: TestBoard) => analyze(board.snapshot()).findings.filter((f) => f.rule === 'cascade-link');

describe('cascade-link', () => {
  it('warns about an objective made from an upper key result and names the objective to localize from', () => {
    const board = upperBoard().objective('sell', 'sales', 'Sell more').link('sell', 'arr', 'l1');
    expect(cascadeFindings(board)).toEqual([
      {
        rule: 'cascade-link',
        severity: 'warning',
        ids: ['l1', 'sell', 'arr', 'grow'],
        message:
          'Objective "Sell more" was made from key result "Increase ARR from $10M to $14M". Localize from its objective "Grow revenue" instead.',
        suggestion: 'Link to its objective instead',
      },
    ]);
  });

  it('does not warn about localizing, copying down or contributing links', () => {
    const board = upperBoard()
      .objective('sell', 'sales')
      .kr('pipeline', 'sell')
      .kr('arr-copy', 'sell', 'Increase ARR from $10M to $14M')
      .link('sell', 'grow')
      .link('arr-copy', 'arr')
      .link('pipeline', 'grow');
    expect(cascadeFindings(board)).toEqual([]);
  });

  it('asks for an upper objective when the key result has none', () => {
    const board = upperBoard().kr('loose', null, 'Increase NPS from 30 to 40', 'top').objective('sell', 'sales').link('sell', 'loose', 'l1');
    const [finding] = cascadeFindings(board);
    expect(finding?.ids).toEqual(['l1', 'sell', 'loose']);
    expect(finding?.message).toMatch(/Localize from an upper objective instead\.$/);
    expect(finding?.suggestion).toBeUndefined();
  });

  it('ignores links to or from ideas', () => {
    const board = upperBoard().idea('i1', 'sales', 'Sell more').link('i1', 'arr');
    expect(cascadeFindings(board)).toEqual([]);
  });
});

describe('cascadeFix', () => {
  it("returns the upper key result's objective to relink to", () => {
    const board = upperBoard().objective('sell', 'sales').link('sell', 'arr', 'l1');
    expect(cascadeFix(board.snapshot(), 'l1')).toBe('grow');
  });

  it('returns null for a link that is not a cascade link, or not on the board', () => {
    const board = upperBoard().objective('sell', 'sales').link('sell', 'grow', 'l1');
    expect(cascadeFix(board.snapshot(), 'l1')).toBeNull();
    expect(cascadeFix(board.snapshot(), 'nope')).toBeNull();
  });

  it('returns null when there is no objective to localize from', () => {
    const loose = upperBoard().kr('loose', null, 'Increase NPS from 30 to 40', 'top').objective('sell', 'sales').link('sell', 'loose', 'l1');
    expect(cascadeFix(loose.snapshot(), 'l1')).toBeNull();
    const own = upperBoard().link('grow', 'arr', 'l2');
    expect(cascadeFix(own.snapshot(), 'l2')).toBeNull();
  });
});
