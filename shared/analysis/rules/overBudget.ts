import type { Finding } from '../types';
import { count, quoteNote, teamName } from '../wording';
import { finding, type Rule } from './rule';

/**
 * over-budget: a team with more objectives than the board's `objectivesPerTeam`, or an
 * objective with more key results than `krsPerObjective` (copied-down ones count: they
 * are key results like any other).
 */
export const overBudget: Rule = ({ index }) => {
  const { objectivesPerTeam, krsPerObjective } = index.snapshot.meta.budget;
  const idOf = (p: number) => index.notes[p]!.id;
  const findings: Finding[] = [];
  for (const { team, objectives } of index.teams.values()) {
    if (objectives.length <= objectivesPerTeam) continue;
    findings.push(
      finding(
        'over-budget',
        [team.id, ...objectives.map(idOf)],
        `${teamName(team)} has ${count(objectives.length, 'objective')}; the budget is ${objectivesPerTeam}.`,
        `Keep the ${objectivesPerTeam} that matter most this quarter.`,
      ),
    );
  }
  for (const p of index.objectives) {
    const krs = index.krsAt[p];
    if (!krs || krs.length <= krsPerObjective) continue;
    const objective = index.notes[p]!;
    findings.push(
      finding(
        'over-budget',
        [objective.id, ...krs.map(idOf)],
        `Objective ${quoteNote(objective)} has ${count(krs.length, 'key result')}; the budget is ${krsPerObjective}.`,
        `Keep the ${krsPerObjective} that best show the objective is met.`,
      ),
    );
  }
  return findings;
};
