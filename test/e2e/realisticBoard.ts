/**
 * A board as a real localization workshop leaves it: two company objectives with key
 * results; Sales and HR each localize the growth objective, HR supports Sales with a
 * hiring KR, both copy down the upper KRs they own, and one HR objective was cascaded
 * from a key result (the anti-pattern the board warns about). A board file (format v1).
 */
const note = (id: string, kind: 'objective' | 'kr' | 'idea', text: string, teamId: string, x: number, y: number, author: string, objectiveId?: string) => ({
  id,
  kind,
  text,
  teamId,
  x,
  y,
  author,
  ...(objectiveId ? { objectiveId } : {}),
});

const ROW = 126; // NOTE_SIZE.h + KR_STACK_GAP: key results stack under their objective

export const REALISTIC_BOARD = {
  format: 'alignboard',
  version: 1,
  title: 'Q3 OKR localization',
  levels: ['Company', 'Department', 'Team'],
  budget: { objectivesPerTeam: 3, krsPerObjective: 4 },
  teams: [
    { id: 'company', name: 'Leadership', function: 'Company', level: 0, parentId: null, x: 0, y: 0, w: 1120, h: 450 },
    { id: 'sales', name: 'Sales', function: 'Sales', level: 1, parentId: 'company', x: 0, y: 560, w: 530, h: 450 },
    { id: 'hr', name: 'People', function: 'HR', level: 1, parentId: 'company', x: 590, y: 560, w: 530, h: 450 },
  ],
  notes: [
    note('o1', 'objective', 'Become the go-to platform for mid-market retailers', 'company', 60, 70, 'Maria (CEO)'),
    note('k1', 'kr', 'Increase ARR from $10M to $14M', 'company', 60, 70 + ROW, 'Maria (CEO)', 'o1'),
    note('k2', 'kr', 'Raise mid-market win rate from 18% to 25%', 'company', 60, 70 + 2 * ROW, 'Maria (CEO)', 'o1'),
    note('o2', 'objective', 'Be the employer great engineers choose', 'company', 620, 70, 'Maria (CEO)'),
    note('k3', 'kr', 'Cut time from first interview to offer from 41 to 21 days', 'company', 620, 70 + ROW, 'Maria (CEO)', 'o2'),
    note('k4', 'kr', 'Raise offer acceptance from 62% to 85%', 'company', 620, 70 + 2 * ROW, 'Maria (CEO)', 'o2'),

    note('s1', 'objective', 'Win mid-market retailers in the Nordics', 'sales', 40, 630, 'Sam (Sales)'),
    note('s1k1', 'kr', 'Grow Nordic pipeline from €2M to €5M', 'sales', 40, 630 + ROW, 'Sam (Sales)', 's1'),
    note('s1k2', 'kr', 'Raise mid-market win rate from 18% to 25%', 'sales', 40, 630 + 2 * ROW, 'Sam (Sales)', 's1'),
    note('s-idea', 'idea', 'Partner with two Nordic POS resellers', 'sales', 290, 630, 'Lea (Sales)'),

    note('h1', 'objective', 'Hire the people our sales growth needs', 'hr', 630, 630, 'Hana (HR)'),
    note('h1k1', 'kr', 'Increase sales hires per quarter from 4 to 9', 'hr', 630, 630 + ROW, 'Hana (HR)', 'h1'),
    note('h1k2', 'kr', 'Cut time from first interview to offer from 41 to 21 days', 'hr', 630, 630 + 2 * ROW, 'Hana (HR)', 'h1'),
    note('h2', 'objective', 'Raise offer acceptance to 85%', 'hr', 880, 630, 'Omar (HR)'),
  ],
  links: [
    { id: 'l1', from: 's1', to: 'o1' },
    { id: 'l2', from: 'h1', to: 'o1' },
    { id: 'l3', from: 's1k2', to: 'k2' },
    { id: 'l4', from: 'h1k2', to: 'k3' },
    { id: 'l5', from: 'h2', to: 'k4' },
    { id: 'l6', from: 'h1k1', to: 's1' },
  ],
};
