import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import type { BoardSnapshot } from '../../../shared/board';
import { deriveDecorations, NO_DECORATIONS } from '../../../client/overlay/decorations';
import { functionColors } from '../../../client/overlay/functionColors';
import { COMPANY_TINT } from '../../../client/canvas/colors';
import { fixtureSnapshot } from '../../helpers/fixtureSnapshot';
import { TestBoard } from '../analysis/testBoard';

const decorate = (board: BoardSnapshot, mode: Parameters<typeof deriveDecorations>[2], previous = NO_DECORATIONS) =>
  deriveDecorations(board, analyze(board), mode, previous);

/** A company objective with one cascaded Sales objective and a Sales KR that reads like a task. */
function cascadedBoard(): BoardSnapshot {
  return new TestBoard({ budget: { objectivesPerTeam: 1, krsPerObjective: 1 } })
    .team('c', 'Company', 0)
    .team('s', 'Sales', 1)
    .objective('o1', 'c', 'Grow revenue')
    .kr('k1', 'o1', 'Increase ARR from $10M to $14M')
    .kr('k2', 'o1', 'Raise win rate from 18% to 25%')
    .objective('so1', 's', 'Increase ARR')
    .objective('so2', 's', 'Win the Nordics')
    .kr('sk1', 'so2', 'Launch a partner program')
    .link('so1', 'k1', 'cascade')
    .link('so2', 'o1', 'localize')
    .snapshot();
}

describe('deriveDecorations', () => {
  it('draws nothing while the overlay is off', () => {
    expect(decorate(cascadedBoard(), 'off')).toBe(NO_DECORATIONS);
  });

  it('brings the cascade link forward in alignment mode and marks the cascaded objective', () => {
    const decorations = decorate(cascadedBoard(), 'alignment');
    expect(decorations.links.get('cascade')?.cascade).toBe(true);
    expect(decorations.links.has('localize')).toBe(false);
    expect(decorations.notes.get('so1')?.badges.map((b) => b.label)).toEqual(['Cascaded']);
    expect(decorations.notes.get('sk1')?.hint).toBeUndefined();
  });

  it('hints an output key result with its outcome rewrite in KR quality mode only', () => {
    const hint = decorate(cascadedBoard(), 'kr-quality').notes.get('sk1')?.hint;
    expect(hint?.message).toContain('Launch a partner program');
    expect(hint?.suggestion).toMatch(/from X to Y/);
    expect(decorate(cascadedBoard(), 'kr-quality').links.size).toBe(0);
  });

  it('puts budget badges on teams and objectives over the budget', () => {
    const decorations = decorate(cascadedBoard(), 'ballooning');
    expect(decorations.teams.get('s')?.badges.map((b) => b.label)).toContain('2 objectives / 1 allowed');
    expect(decorations.notes.get('o1')?.badges.map((b) => b.label)).toEqual(['2 KRs / 1']);
  });

  it('shows a team within the budget its count as a neutral badge', () => {
    const decorations = decorate(cascadedBoard(), 'ballooning');
    expect(decorations.teams.get('c')?.badges[0]).toMatchObject({ severity: 'ok', label: '1 objective / 1 allowed' });
    expect(decorations.teams.get('s')?.badges.map((b) => b.severity)).not.toContain('ok');
  });

  it('says how many key results a ballooning team holds against its budget', () => {
    const decorations = decorate(fixtureSnapshot('ballooning'), 'ballooning');
    const labels = [...decorations.teams.values()].flatMap((team) => team.badges.map((b) => b.label));
    expect(labels).toContain('81 KRs / 12 allowed');
  });

  it('shades silo objectives and silo teams, and colours frames by function, in silos mode', () => {
    const board = fixtureSnapshot('functional-silos');
    const decorations = decorate(board, 'silos');
    const silos = [...decorations.notes].filter(([, note]) => note.silo).map(([id]) => id);
    expect(silos.sort()).toEqual(['c-hr', 'c-manufacturing', 'c-sales']);
    expect(decorations.teams.get('t-hr')?.silo).toBe(true);
    const tints = board.teams.filter((team) => team.level > 0).map((team) => decorations.teams.get(team.id)?.tint);
    expect(new Set(tints).size).toBe(3);
  });

  it('rings a cross-functional objective and lists its supporting functions', () => {
    const board = fixtureSnapshot('market-share');
    const decorations = decorate(board, 'silos');
    const ringed = [...decorations.notes.values()].filter((note) => note.ring);
    expect(ringed).toHaveLength(1);
    expect(ringed[0]!.supporters!.map((s) => s.name)).toEqual(['Marketing', 'Product', 'Sales']);
  });

  it('keeps the decoration object of a note nothing changed about', () => {
    const board = cascadedBoard();
    const first = decorate(board, 'alignment');
    const edited: BoardSnapshot = {
      ...board,
      notes: board.notes.map((note) => (note.id === 'sk1' ? { ...note, text: 'Launch two partner programs' } : note)),
    };
    const second = decorate(edited, 'alignment', first);
    expect(second.notes.get('so1')).toBe(first.notes.get('so1'));
    expect(second).toEqual(first);
  });

  it('gives a new object to a note whose decoration changed', () => {
    const board = cascadedBoard();
    const first = decorate(board, 'alignment');
    const unlinked: BoardSnapshot = { ...board, links: board.links.filter((link) => link.id !== 'cascade') };
    const second = decorate(unlinked, 'alignment', first);
    expect(second.links.size).toBe(0);
    expect(second.notes.get('so1')?.badges.map((b) => b.label)).not.toContain('Cascaded');
  });
});

describe('functionColors', () => {
  it('gives two functions whose names hash alike different colours', () => {
    const colors = functionColors([
      { function: 'Company', level: 0 },
      { function: 'Manufacturing', level: 1 },
      { function: 'Marketing', level: 1 },
      { function: 'Sales', level: 1 },
      { function: 'Operations', level: 2 },
    ]);
    expect(colors.get('Company')).toBe(COMPANY_TINT);
    expect(new Set(colors.values()).size).toBe(5);
  });

  it('keeps a function its colour whatever order the teams come in', () => {
    const teams = [
      { function: 'Sales', level: 1 },
      { function: 'Operations', level: 1 },
      { function: 'HR', level: 2 },
    ];
    expect(functionColors(teams)).toEqual(functionColors([...teams].reverse()));
  });
});
