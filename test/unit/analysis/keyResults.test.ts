import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { OUTPUT_VERBS } from '../../../shared/analysis/outputVerbs';
import { outputKrReason, outputVerbMatcher } from '../../../shared/analysis/rules/outputKr';
import type { RuleId } from '../../../shared/analysis/types';
import type { Note } from '../../../shared/board/types';
import { TestBoard } from './testBoard';

const findingsOf = (board: TestBoard, rule: RuleId, options = {}) =>
  analyze(board.snapshot(), options).findings.filter((f) => f.rule === rule);

function kr(text: string, metric?: Note['metric']): Note {
  const note: Note = { id: 'k', kind: 'kr', text, teamId: null, objectiveId: null, x: 0, y: 0, author: '', createdAt: 0, extra: {} };
  if (metric) note.metric = metric;
  return note;
}
const reason = (text: string, metric?: Note['metric']) => outputKrReason(kr(text, metric), outputVerbMatcher(OUTPUT_VERBS));

describe('output-kr', () => {
  it.each([
    ['Launch a new careers page', 'launch'],
    ['Hold 3 workshops', 'hold'],
    ['set up the partner portal', 'set up'],
    ['- Roll out: SSO to every customer', 'roll out'],
    ['SHIP v2', 'ship'],
  ])('hears the output verb in "%s"', (text, verb) => {
    expect(reason(text)).toEqual({ kind: 'verb', verb });
  });

  it.each(['Improve onboarding', 'Better sales process'])('notices that "%s" has nothing to measure by', (text) => {
    expect(reason(text)).toEqual({ kind: 'unmeasured' });
  });

  it.each([
    'Increase the number of sales hires from 4 to 10',
    'Decrease time from first interview to offer from 30 to 14 days',
    'Raise NPS by 15%',
    'Move releases from quarterly to weekly',
    'Double weekly active teams',
    'Runway of 18 months',
  ])('accepts the outcome "%s"', (text) => {
    expect(reason(text)).toBeNull();
  });

  it('accepts a key result whose metric has a target', () => {
    expect(reason('Customer happiness', { baseline: 30, target: 45, unit: 'NPS' })).toBeNull();
  });

  it('gives an empty key result, still being written, no hint', () => {
    expect(reason('   ')).toBeNull();
  });

  it('suggests an outcome rewrite and names the key result', () => {
    const board = new TestBoard().team('hr', 'HR', 1).objective('o', 'hr').kr('k', 'o', 'Launch a new careers page');
    expect(findingsOf(board, 'output-kr')).toEqual([
      {
        rule: 'output-kr',
        severity: 'info',
        ids: ['k'],
        message: 'Key result "Launch a new careers page" reads like a task: it starts with "launch".',
        suggestion: 'Describe the change it should cause: "Increase <metric> from X to Y".',
      },
    ]);
  });

  it('takes its verb list from the options', () => {
    const board = new TestBoard().team('hr', 'HR', 1).objective('o', 'hr').kr('k', 'o', 'Recruit 6 engineers');
    expect(findingsOf(board, 'output-kr')).toEqual([]);
    expect(findingsOf(board, 'output-kr', { outputVerbs: ['Recruit'] }).map((f) => f.ids)).toEqual([['k']]);
  });

  it('ignores ideas and objectives', () => {
    const board = new TestBoard().team('hr', 'HR', 1).objective('o', 'hr', 'Launch a careers page').idea('i', 'hr', 'Launch a blog');
    expect(findingsOf(board, 'output-kr')).toEqual([]);
  });

  it('cuts a long key result short in its message', () => {
    const long = 'Write a long and detailed handbook about every single onboarding step we have';
    const board = new TestBoard().team('hr', 'HR', 1).objective('o', 'hr').kr('k', 'o', long);
    expect(findingsOf(board, 'output-kr')[0]?.message).toBe(
      'Key result "Write a long and detailed handbook about every…" reads like a task: it starts with "write".',
    );
  });
});

describe('loose-kr', () => {
  it('flags a key result with no objective', () => {
    const board = new TestBoard().team('hr', 'HR', 1).kr('k', null, 'Increase hires from 4 to 10', 'hr');
    expect(findingsOf(board, 'loose-kr')).toEqual([
      {
        rule: 'loose-kr',
        severity: 'warning',
        ids: ['k'],
        message: 'Key result "Increase hires from 4 to 10" belongs to no objective.',
        suggestion: 'Put it under the objective it measures.',
      },
    ]);
  });

  it('flags a key result whose objective is gone, and not one that has its objective', () => {
    const board = new TestBoard().team('hr', 'HR', 1).objective('o', 'hr').kr('ok', 'o').kr('gone', 'deleted', undefined, 'hr');
    expect(findingsOf(board, 'loose-kr').map((f) => f.ids)).toEqual([['gone']]);
  });
});
