import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, type LevelMetrics } from '../../../shared/analysis';
import { findingKey, findingTarget, groupFindings } from '../../../client/overlay/findings';
import { niceCeiling, projectionChart } from '../../../client/overlay/projectionChart';
import { parseBudgetCount } from '../../../client/overlay/budgetInput';
import { fixtureSnapshot } from '../../helpers/fixtureSnapshot';

describe('groupFindings', () => {
  const { findings } = analyze(fixtureSnapshot('ballooning'));

  it("groups the mode's findings by rule, in the rules' order, with every finding once", () => {
    const groups = groupFindings(findings, ['ballooning', 'over-budget']);
    expect(groups.map((group) => [group.rule, group.findings.length])).toEqual([
      ['over-budget', 2],
      ['ballooning', 2],
    ]);
    expect(groups[1]!.severity).toBe('problem');
  });

  it('groups every finding when asked for all rules', () => {
    const groups = groupFindings(findings, null);
    expect(groups.reduce((sum, group) => sum + group.findings.length, 0)).toBe(findings.length);
  });

  it('names each finding of a board apart', () => {
    expect(new Set(findings.map(findingKey)).size).toBe(findings.length);
  });
});

describe('findingTarget', () => {
  const board = fixtureSnapshot('ballooning');
  const { findings } = analyze(board);

  it("fits a team's finding to its frame and selects the team", () => {
    const balloon = findings.find((finding) => finding.rule === 'ballooning')!;
    const target = findingTarget(balloon, board);
    expect(target.fit).toEqual([balloon.ids[0]]);
    expect(target.selectNodes).toEqual([balloon.ids[0]]);
  });

  it('fits a cascade to the notes it names and selects the link', () => {
    const cascade = findings.find((finding) => finding.rule === 'cascade-link')!;
    const [linkId, ...noteIds] = cascade.ids;
    const target = findingTarget(cascade, board);
    expect(target.fit).toEqual(noteIds);
    expect(target.selectEdges).toEqual([linkId]);
    expect(target.selectNodes).toEqual([]);
  });
});

const level = (projected: number, mean: number, max: number, teams = 1): LevelMetrics => ({
  level: 0,
  name: 'L',
  teams,
  projectedKrsPerTeam: projected,
  actualMeanKrsPerTeam: mean,
  actualMaxKrsPerTeam: max,
});
const BOX = { width: 300, height: 150, top: 16, bottom: 22, left: 30 };

describe('projectionChart', () => {
  it('draws 9, 27 and 81 on one scale, the tallest reaching the top of the plot', () => {
    const chart = projectionChart([level(9, 9, 9), level(27, 2, 4), level(81, 0, 0)], BOX);
    expect(chart.scaleMax).toBe(100);
    const heights = chart.columns.map((column) => column.bars[0]!.height);
    expect(heights[1]! / heights[0]!).toBeCloseTo(3);
    expect(chart.columns[2]!.bars[0]!.y).toBeCloseTo(BOX.height - BOX.bottom - (81 / 100) * (BOX.height - BOX.top - BOX.bottom));
  });

  it('keeps every bar inside the plot', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(10_000), fc.nat(10_000), fc.nat(10_000)), { minLength: 1, maxLength: 6 }), (values) => {
        const chart = projectionChart(values.map(([p, m, x]) => level(p, m, x)), BOX);
        for (const bar of chart.columns.flatMap((column) => column.bars)) {
          expect(bar.y).toBeGreaterThanOrEqual(BOX.top - 1e-9);
          expect(bar.y + bar.height).toBeCloseTo(BOX.height - BOX.bottom);
          expect(bar.x).toBeGreaterThanOrEqual(BOX.left);
          expect(bar.x + bar.width).toBeLessThanOrEqual(BOX.width + 1e-9);
        }
      }),
    );
  });

  it('says a level without teams has no actual count rather than zero', () => {
    const [column] = projectionChart([level(16, 0, 0, 0)], BOX).columns;
    expect(column!.bars.map((bar) => bar.label)).toEqual(['16', '–', '–']);
  });

  it('rounds the scale up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 9, 12, 27, 81, 101].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 50, 100, 200]);
  });
});

describe('parseBudgetCount', () => {
  it('takes whole numbers from 1 to 50 only', () => {
    expect(['3', ' 12 ', '50'].map(parseBudgetCount)).toEqual([3, 12, 50]);
    expect(['0', '51', '2.5', '-1', '', 'three'].map(parseBudgetCount)).toEqual([null, null, null, null, null, null]);
  });
});
