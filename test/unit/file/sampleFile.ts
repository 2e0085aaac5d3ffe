/**
 * A small valid board file in the shape of PRODUCT.md section 2's example, built fresh
 * for each test so one test's edits never leak into another's.
 */
export function sampleFile() {
  return {
    format: 'alignboard',
    version: 1,
    title: 'Q3 planning',
    levels: ['Company', 'Department', 'Team'],
    budget: { objectivesPerTeam: 3, krsPerObjective: 4 },
    teams: [
      { id: 't1', name: 'Leadership', function: 'Company', level: 0, parentId: null },
      { id: 't2', name: 'People', function: 'HR', level: 1, parentId: 't1' },
    ],
    notes: [
      { id: 'n1', kind: 'objective', text: 'Grow revenue', teamId: 't1', x: 0, y: 0 },
      { id: 'n2', kind: 'kr', text: 'Increase ARR from $10M to $14M', teamId: 't1', objectiveId: 'n1', x: 0, y: 140 },
      { id: 'n7', kind: 'kr', text: 'Increase sales hires from 4 to 10', teamId: 't2' },
      { id: 'n8', kind: 'objective', text: 'Hire the sales team we need', teamId: 't2' },
    ],
    links: [
      { id: 'l1', from: 'n7', to: 'n1' },
      { id: 'l2', from: 'n8', to: 'n1' },
    ],
  } as Record<string, unknown> & {
    teams: Record<string, unknown>[];
    notes: Record<string, unknown>[];
    links: Record<string, unknown>[];
  };
}
