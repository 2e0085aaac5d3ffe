import { quoteNote } from '../wording';
import { finding, type Rule } from './rule';

/**
 * silo-objective: a top-level objective supported by exactly one function. One with no
 * support at all is an unsupported-objective instead.
 */
export const siloObjective: Rule = ({ index, support }) =>
  index.objectives
    .filter((p) => index.teamAt[p]?.team.level === 0 && support.functions(p).length === 1)
    .map((p) => {
      const objective = index.notes[p]!;
      return finding(
        'silo-objective',
        [objective.id],
        `Only ${support.functions(p)[0]} supports ${quoteNote(objective)}.`,
        'Ask the other functions: "What can we do to support this goal?"',
      );
    });
