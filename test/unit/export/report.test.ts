import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../shared/analysis/types';
import { workshopReport } from '../../../shared/export/report';
import { sampleBoard } from './sampleBoard';

const date = new Date('2026-11-23T15:30:00Z');

/** What shared/analysis would say about the sample board; written by hand so this test stands alone. */
const analysis: AnalysisResult = {
  findings: [
    { rule: 'output-kr', severity: 'info', ids: ['k5'], message: '"Launch the partner page" reads like a task.', suggestion: 'Increase partner-sourced revenue from X to Y' },
    { rule: 'cascade-link', severity: 'warning', ids: ['o3', 'k2'], message: 'Objective "Grow revenue, in the mid-market" was made from key result "Win 20 new enterprise customers". Localize from its objective instead.' },
    { rule: 'output-kr', severity: 'info', ids: ['k2'], message: '"Win 20 new enterprise customers" has no number to move from.' },
  ],
  metrics: {
    teams: [],
    objectives: [],
    levels: [
      { level: 0, name: 'Company', teams: 1, projectedKrsPerTeam: 2, actualMeanKrsPerTeam: 2, actualMaxKrsPerTeam: 2 },
      { level: 1, name: 'Department', teams: 2, projectedKrsPerTeam: 4, actualMeanKrsPerTeam: 1.5, actualMaxKrsPerTeam: 2 },
      { level: 2, name: 'Team', teams: 1, projectedKrsPerTeam: 8, actualMeanKrsPerTeam: 0, actualMaxKrsPerTeam: 0 },
    ],
    projection: { topObjectives: 1, krsPerTopObjective: 2 },
    crossFunctionalShare: 0.25,
  },
};

function section(report: string, heading: string): string {
  const start = report.indexOf(`## ${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = report.indexOf('\n## ', start + 1);
  return report.slice(start, end < 0 ? undefined : end).trim();
}

describe('workshopReport', () => {
  it('opens with the title and the date', () => {
    expect(workshopReport({ board: sampleBoard(), date }).startsWith('# Workshop report: Q3 planning\n\nDate: 2026-11-23\n')).toBe(true);
  });

  it('lists the steps reached and the participants, once each and sorted', () => {
    const report = workshopReport({ board: sampleBoard(), date, steps: ['Welcome', 'Strategic intent'], participants: ['Cleo', 'Ana', 'Cleo '] });
    expect(section(report, 'Steps reached')).toBe('## Steps reached\n\n1. Welcome\n2. Strategic intent');
    expect(section(report, 'Participants')).toBe('## Participants\n\n2 people: Ana, Cleo');
  });

  it('counts objectives, key results and ideas per team, by level, with the notes in no team and a total', () => {
    expect(section(workshopReport({ board: sampleBoard(), date }), 'OKRs per team')).toBe(
      [
        '## OKRs per team',
        '',
        '| Level | Team | Function | Objectives | Key results | Ideas |',
        '| --- | --- | --- | ---: | ---: | ---: |',
        '| Company | Leadership | Company | 1 | 2 | 0 |',
        '| Department | People | HR | 1 | 2 | 0 |',
        '| Department | Sales | Sales | 1 | 1 | 0 |',
        '| Team | Platform | Product | 0 | 0 | 1 |',
        '|  | _Not in a team_ |  | 1 | 0 | 0 |',
        '| **Total** |  |  | 4 | 5 | 1 |',
        '',
        'Focus budget: 3 objectives per team, 4 key results per objective.',
      ].join('\n'),
    );
  });

  it('summarises the findings by rule, in the order of the rules, with counts and sentences', () => {
    expect(section(workshopReport({ board: sampleBoard(), date, analysis }), 'Findings')).toBe(
      [
        '## Findings',
        '',
        'Cross-functional top-level objectives: 25%.',
        '',
        '| Finding | Severity | Count |',
        '| --- | --- | ---: |',
        '| Cascaded from a key result | warning | 1 |',
        '| Output key result | info | 2 |',
        '',
        '### Cascaded from a key result (1)',
        '',
        '- Objective "Grow revenue, in the mid-market" was made from key result "Win 20 new enterprise customers". Localize from its objective instead.',
        '',
        '### Output key result (2)',
        '',
        '- "Launch the partner page" reads like a task.',
        '  - Suggestion: Increase partner-sourced revenue from X to Y',
        '- "Win 20 new enterprise customers" has no number to move from.',
      ].join('\n'),
    );
  });

  it('shows the cascade projection beside what each level holds', () => {
    const projection = section(workshopReport({ board: sampleBoard(), date, analysis }), 'Cascade projection');
    expect(projection).toContain('With 1 top-level objective and 2 key results per top-level objective');
    expect(projection).toContain('| Department | 2 | 4 | 1.5 | 2 |');
    expect(projection).toContain('| Team | 1 | 8 | 0 | 0 |');
  });

  it('says there are no findings when the analysis found none', () => {
    const report = workshopReport({ board: sampleBoard(), date, analysis: { ...analysis, findings: [] } });
    expect(section(report, 'Findings')).toBe('## Findings\n\nCross-functional top-level objectives: 25%.\n\n_No findings._');
  });

  it('leaves out findings, projection, steps and participants it was not given', () => {
    const report = workshopReport({ board: sampleBoard(), date });
    expect(report).not.toMatch(/## (Findings|Cascade projection|Steps reached|Participants)/);
    expect(report).toMatch(/## OKRs per team/);
  });

  it('closes with the OKR list under its own heading', () => {
    const report = workshopReport({ board: sampleBoard(), date });
    expect(report).toContain('## OKR list\n\n### Company\n\n#### Leadership (Company)\n\n- **Grow revenue**');
  });
});
