import { quoteNote, teamName } from '../wording';
import { finding, type Rule } from './rule';

/**
 * orphan-objective: an objective below the top that links to nothing above. A link's
 * `to` end is the upper note by definition, so any link out of the objective or one of
 * its key results (a copied-down key result aligns the objective too) counts.
 */
export const orphanObjective: Rule = ({ index, support }) =>
  index.objectives.flatMap((p) => {
    const team = index.teamAt[p]?.team;
    if (!team || team.level === 0 || support.linksUp(p)) return [];
    const objective = index.notes[p]!;
    return [
      finding(
        'orphan-objective',
        [objective.id, team.id],
        `${teamName(team)}'s objective ${quoteNote(objective)} links to nothing above.`,
        'Link it to the upper objective whose intent it translates.',
      ),
    ];
  });
