import type { Team } from '../../shared/board';
import { COMPANY_TINT, FRAME_TINTS, teamTint } from '../canvas/colors';

/**
 * One colour per function on this board, so the silos overlay can say "Sales" with a
 * colour on frames and on support sets alike. Each function starts from the tint its frames
 * already have (a hash of its name) and moves to the next free tint only when another
 * function, earlier by name, took it: two functions never share a colour while there are
 * tints left, and a function keeps its colour as long as the board's functions stay.
 * The top level's function keeps the company's violet.
 *
 * @example functionColors(teams).get('Sales') // '#12a594'
 */
export function functionColors(teams: readonly Pick<Team, 'function' | 'level'>[]): ReadonlyMap<string, string> {
  const top = new Set(teams.filter((team) => team.level === 0).map((team) => team.function));
  const names = [...new Set(teams.map((team) => team.function))].filter((name) => !top.has(name)).sort();
  const colors = new Map<string, string>();
  for (const name of top) colors.set(name, COMPANY_TINT);
  const taken = new Set<number>();
  for (const name of names) {
    let slot = (FRAME_TINTS as readonly string[]).indexOf(teamTint('', name, 1));
    for (let tries = 0; taken.has(slot) && tries < FRAME_TINTS.length; tries++) slot = (slot + 1) % FRAME_TINTS.length;
    taken.add(slot);
    colors.set(name, FRAME_TINTS[slot]!);
  }
  return colors;
}
