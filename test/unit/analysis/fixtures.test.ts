import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import type { RuleId } from '../../../shared/analysis/types';
import { importBoardFile } from '../../../shared/board/file';
import { IMPORT_ORIGIN } from '../../../shared/board/origin';
import { snapshotBoard } from '../../../shared/board/snapshot';
import { fixtureFile, fixtureSnapshot } from '../../helpers/fixtureSnapshot';

const FIXTURES = ['ballooning', 'market-share', 'functional-silos', 'hr-growth'];

const analyzeFixture = (name: string) => analyze(fixtureSnapshot(name));
const subjectsOf = (result: ReturnType<typeof analyze>, rule: RuleId) =>
  result.findings.filter((f) => f.rule === rule).map((f) => f.ids[0]);

describe('seed fixture: ballooning (3 x 3 cascaded two levels down)', () => {
  const result = analyzeFixture('ballooning');

  it('projects 9, 27 and 81 key results per team, and the board holds exactly that', () => {
    expect(result.metrics.projection).toEqual({ topObjectives: 3, krsPerTopObjective: 3 });
    expect(result.metrics.levels.map((l) => l.projectedKrsPerTeam)).toEqual([9, 27, 81]);
    expect(result.metrics.levels.map((l) => l.actualMaxKrsPerTeam)).toEqual([9, 27, 81]);
  });

  it('finds the two cascading teams ballooning, and not the top team', () => {
    expect(subjectsOf(result, 'ballooning')).toEqual(['t-enterprise', 't-sales']);
    expect(result.findings.find((f) => f.ids[0] === 't-sales' && f.rule === 'ballooning')?.message).toBe(
      'Sales holds 27 key results; the budget is 12 (3 objectives x 4). 9 of its 9 objectives were made from upper key results.',
    );
  });

  it('warns about every cascade link and every team over its objective budget', () => {
    expect(subjectsOf(result, 'cascade-link')).toHaveLength(9 + 27);
    expect(subjectsOf(result, 'over-budget')).toEqual(['t-enterprise', 't-sales']);
  });
});

describe('seed fixture: "Increase Market Share" localized by Marketing, Sales and Product', () => {
  const result = analyzeFixture('market-share');

  it('makes the top objective cross-functional', () => {
    expect(result.metrics.objectives.find((o) => o.objectiveId === 'c-o1')).toMatchObject({
      functions: ['Marketing', 'Product', 'Sales'],
      crossFunctional: true,
    });
    expect(result.metrics.crossFunctionalShare).toBe(1);
  });

  it('leaves a localized board with nothing to find', () => {
    expect(result.findings).toEqual([]);
  });
});

describe('seed fixture: one OKR for sales, one for HR, one for manufacturing', () => {
  const result = analyzeFixture('functional-silos');

  it('finds three silo objectives and three silo teams, and nothing else', () => {
    expect(result.findings.map((f) => [f.rule, f.ids[0]])).toEqual([
      ['silo-objective', 'c-hr'],
      ['silo-objective', 'c-manufacturing'],
      ['silo-objective', 'c-sales'],
      ['silo-team', 't-hr'],
      ['silo-team', 't-manufacturing'],
      ['silo-team', 't-sales'],
    ]);
    expect(result.findings[0]?.message).toBe('Only HR supports "HR: be a great place to work".');
    expect(result.metrics.crossFunctionalShare).toBe(0);
  });
});

describe('seed fixture: HR supports a growth objective', () => {
  const result = analyzeFixture('hr-growth');

  it('makes the growth objective cross-functional with HR and Sales', () => {
    expect(result.metrics.objectives.find((o) => o.objectiveId === 'c-growth')).toMatchObject({
      functions: ['HR', 'Sales'],
      crossFunctional: true,
    });
    expect(subjectsOf(result, 'silo-objective')).toEqual([]);
    expect(subjectsOf(result, 'silo-team')).toEqual([]);
  });

  it('hints only at "Launch a new careers page", not at the outcome key results', () => {
    expect(result.findings).toEqual([
      {
        rule: 'output-kr',
        severity: 'info',
        ids: ['h-o1-k3'],
        message: 'Key result "Launch a new careers page" reads like a task: it starts with "launch".',
        suggestion: 'Describe the change it should cause: "Increase <metric> from X to Y".',
      },
    ]);
  });
});

describe('every seed fixture', () => {
  it.each(FIXTURES)('%s gives the same findings once imported into a live board', (name) => {
    const doc = new Y.Doc();
    importBoardFile(doc, fixtureFile(name), IMPORT_ORIGIN, { now: 0 });
    expect(analyze(snapshotBoard(doc))).toEqual(analyzeFixture(name));
  });
});
