import { quoteNote } from '../wording';
import { finding, type Rule } from './rule';

/**
 * unsupported-objective: an objective above the lowest level that nothing links to
 * (neither to it nor to one of its key results). Objectives outside any team frame have
 * no level and are left out.
 */
export const unsupportedObjective: Rule = ({ index, support }) => {
  const lowest = index.levelCount - 1;
  return index.objectives
    .filter((p) => {
      const tally = index.teamAt[p];
      return tally !== undefined && tally.team.level < lowest && !support.supported(p);
    })
    .map((p) => {
      const objective = index.notes[p]!;
      return finding(
        'unsupported-objective',
        [objective.id],
        `No team supports ${quoteNote(objective)} yet.`,
        'Which team can localize it to its own level?',
      );
    });
};
