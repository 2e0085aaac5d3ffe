import { teamName } from '../wording';
import { finding, type Rule } from './rule';

/**
 * silo-team: a team below the top none of whose objectives reaches a cross-functional
 * objective (its own, or one up a chain of links). A team with no objectives yet is left
 * out: at the start of a workshop every frame is empty, and that is not a silo.
 */
export const siloTeam: Rule = ({ index, support }) =>
  [...index.teams.values()]
    .filter(
      ({ team, objectives }) =>
        team.level > 0 && objectives.length > 0 && !objectives.some((p) => support.reachesCrossFunctional(p)),
    )
    .map(({ team, objectives }) =>
      finding(
        'silo-team',
        [team.id, ...objectives.map((p) => index.notes[p]!.id)],
        `${teamName(team)} does not reach an objective that other functions support too.`,
        'Localize from a cross-functional objective above.',
      ),
    );
