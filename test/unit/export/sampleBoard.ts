import { boardFileToSnapshot, parseBoardFile } from '../../../shared/board/file';
import type { BoardSnapshot } from '../../../shared/board/types';

/**
 * A small localization board: a company objective, an HR team that localizes it, a sales
 * team that cascaded from one of its key results, a team with only an idea and an
 * objective in no team. Positions come from the import's layout.
 */
export function sampleBoard(): BoardSnapshot {
  const result = parseBoardFile({
    format: 'alignboard',
    version: 1,
    title: 'Q3 planning',
    createdAt: Date.UTC(2026, 10, 23),
    teams: [
      { id: 't1', name: 'Leadership', function: 'Company', level: 0, parentId: null },
      { id: 't2', name: 'People', function: 'HR', level: 1, parentId: 't1' },
      { id: 't3', name: 'Sales', function: 'Sales', level: 1, parentId: 't1' },
      { id: 't4', name: 'Platform', function: 'Product', level: 2, parentId: 't3' },
    ],
    notes: [
      { id: 'o1', kind: 'objective', text: 'Grow revenue', teamId: 't1', author: 'Ana' },
      { id: 'k1', kind: 'kr', text: 'Increase ARR from $10M to $14M', objectiveId: 'o1', author: 'Ana' },
      { id: 'k2', kind: 'kr', text: 'Win 20 new enterprise customers', objectiveId: 'o1', author: 'Ben' },
      { id: 'o2', kind: 'objective', text: 'Hire the sales team we need', teamId: 't2', author: 'Cleo' },
      { id: 'k3', kind: 'kr', text: 'Increase sales hires from 4 to 10', objectiveId: 'o2', author: 'Cleo' },
      { id: 'k4', kind: 'kr', text: 'Decrease time to offer\nfrom 30 to 14 days', objectiveId: 'o2', author: 'Dan' },
      { id: 'o3', kind: 'objective', text: 'Grow revenue, in the mid-market', teamId: 't3', author: 'Eve' },
      { id: 'k5', kind: 'kr', text: 'Launch the partner page', teamId: 't3', author: 'Eve' },
      { id: 'i1', kind: 'idea', text: 'Hackathon', teamId: 't4', author: 'Finn' },
      { id: 'o4', kind: 'objective', text: 'Be a great place to work', author: 'Ana' },
    ],
    links: [
      { id: 'l1', from: 'o2', to: 'o1' },
      { id: 'l2', from: 'k3', to: 'o1' },
      { id: 'l3', from: 'o3', to: 'k2' },
      { id: 'l4', from: 'k5', to: 'k1' },
      { id: 'l5', from: 'i1', to: 'o1' },
    ],
  });
  if (!result.ok) throw new Error(result.error);
  return boardFileToSnapshot(result.file);
}
