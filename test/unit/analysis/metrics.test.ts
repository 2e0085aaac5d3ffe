import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { cascadeProjection } from '../../../shared/analysis/cascadeProjection';
import { TestBoard } from './testBoard';

describe('cascade projection', () => {
  it('multiplies by the key results per objective at every level down', () => {
    expect(cascadeProjection(3, 3, 3)).toEqual([9, 27, 81]);
    expect(cascadeProjection(2, 4, 4)).toEqual([8, 32, 128, 512]);
    expect(cascadeProjection(0, 0, 2)).toEqual([0, 0]);
  });
});

describe('board metrics', () => {
  const board = new TestBoard()
    .team('top', 'Company', 0)
    .team('sales', 'Sales', 1)
    .team('hr', 'HR', 1)
    .objective('grow', 'top')
    .kr('g1', 'grow')
    .kr('g2', 'grow')
    .kr('g3', 'grow')
    .objective('care', 'top')
    .kr('c1', 'care')
    .objective('s1', 'sales')
    .kr('s1a', 's1')
    .kr('s1b', 's1')
    .objective('s2', 'sales')
    .kr('s2a', 's2')
    .kr('loose', null, 'Increase loose from 1 to 2', 'sales')
    .objective('h1', 'hr')
    .idea('idea', 'hr')
    .link('s1', 'grow')
    .link('s2', 'g1')
    .link('h1', 'grow');
  const { metrics } = analyze(board.snapshot());

  it('counts objectives, key results (loose ones too) and cascaded objectives per team', () => {
    expect(metrics.teams).toEqual([
      { teamId: 'hr', level: 1, objectives: 1, krs: 0, cascadedObjectives: 0 },
      { teamId: 'sales', level: 1, objectives: 2, krs: 4, cascadedObjectives: 1 },
      { teamId: 'top', level: 0, objectives: 2, krs: 4, cascadedObjectives: 0 },
    ]);
  });

  it('projects from the top objectives and their mean key results, beside the actual mean and max', () => {
    expect(metrics.projection).toEqual({ topObjectives: 2, krsPerTopObjective: 2 });
    expect(metrics.levels).toEqual([
      { level: 0, name: 'Company', teams: 1, projectedKrsPerTeam: 4, actualMeanKrsPerTeam: 4, actualMaxKrsPerTeam: 4 },
      { level: 1, name: 'Department', teams: 2, projectedKrsPerTeam: 8, actualMeanKrsPerTeam: 2, actualMaxKrsPerTeam: 4 },
      { level: 2, name: 'Team', teams: 0, projectedKrsPerTeam: 16, actualMeanKrsPerTeam: 0, actualMaxKrsPerTeam: 0 },
    ]);
  });

  it('gives every objective its support set and the share of cross-functional top objectives', () => {
    expect(metrics.objectives.find((o) => o.objectiveId === 'grow')).toEqual({
      objectiveId: 'grow',
      teamId: 'top',
      level: 0,
      krs: 3,
      functions: ['HR', 'Sales'],
      crossFunctional: true,
    });
    expect(metrics.crossFunctionalShare).toBe(0.5);
  });

  it('names levels deeper than the board names by number', () => {
    const deep = analyze(new TestBoard({ levels: ['Company'] }).team('top', 'Company', 0).team('x', 'Sales', 2).snapshot());
    expect(deep.metrics.levels.map((l) => l.name)).toEqual(['Company', 'Level 2', 'Level 3']);
    expect(deep.metrics.crossFunctionalShare).toBe(0);
  });
});
