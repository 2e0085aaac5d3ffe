import { upperObjectiveOf } from '../cascadeFix';
import { quoteNote } from '../wording';
import { finding, type Rule } from './rule';

/**
 * cascade-link: every objective -> kr link, i.e. an objective made from an upper key
 * result. Subject is the link; then the objective, the key result and, when there is
 * one to localize from, the key result's objective.
 */
export const cascadeLink: Rule = ({ index }) =>
  index.links
    .filter(({ meaning }) => meaning === 'cascades')
    .map(({ link, from, to, toAt }) => {
      const krObjective = index.objectiveAt[toAt]!;
      const upper = upperObjectiveOf(from, krObjective < 0 ? undefined : index.notes[krObjective]);
      const made = `Objective ${quoteNote(from)} was made from key result ${quoteNote(to)}.`;
      return upper
        ? finding(
            'cascade-link',
            [link.id, from.id, to.id, upper.id],
            `${made} Localize from its objective ${quoteNote(upper)} instead.`,
            'Link to its objective instead',
          )
        : finding('cascade-link', [link.id, from.id, to.id], `${made} Localize from an upper objective instead.`);
    });
