import { quoteNote } from '../wording';
import { finding, type Rule } from './rule';

/** loose-kr: a key result with no objective (or whose objective is gone). */
export const looseKr: Rule = ({ index }) =>
  index.krs
    .filter((p) => index.objectiveAt[p]! < 0)
    .map((p) => {
      const kr = index.notes[p]!;
      return finding(
        'loose-kr',
        [kr.id],
        `Key result ${quoteNote(kr)} belongs to no objective.`,
        'Put it under the objective it measures.',
      );
    });
