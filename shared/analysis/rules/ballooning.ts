import type { Finding } from '../types';
import { count, teamName } from '../wording';
import { finding, type Rule } from './rule';

/**
 * ballooning: a team holding more key results than its budget allows
 * (`objectivesPerTeam * krsPerObjective`), or whose objectives are mostly cascaded.
 *
 * "Mostly cascaded" = more than half of its objectives have a cascade link, and at least
 * two do: a single cascaded objective is already a cascade-link warning, and calling a
 * one-objective team "ballooning" would cry wolf.
 */
export const ballooning: Rule = ({ index }) => {
  const { objectivesPerTeam, krsPerObjective } = index.snapshot.meta.budget;
  const krBudget = objectivesPerTeam * krsPerObjective;
  const findings: Finding[] = [];
  for (const { team, objectives, krs, cascadedObjectives } of index.teams.values()) {
    const tooMany = krs > krBudget;
    const mostlyCascaded = cascadedObjectives >= 2 && cascadedObjectives * 2 > objectives.length;
    if (!tooMany && !mostlyCascaded) continue;
    const reasons: string[] = [];
    if (tooMany) {
      reasons.push(
        `${teamName(team)} holds ${count(krs, 'key result')}; the budget is ${krBudget} (${count(objectivesPerTeam, 'objective')} x ${krsPerObjective}).`,
      );
    }
    if (mostlyCascaded) {
      const subject = tooMany ? `${cascadedObjectives} of its` : `${cascadedObjectives} of ${teamName(team)}'s`;
      reasons.push(`${subject} ${count(objectives.length, 'objective')} were made from upper key results.`);
    }
    findings.push(
      finding(
        'ballooning',
        [team.id],
        reasons.join(' '),
        'Localize from the upper objectives instead of copying their key results, and trim to the budget.',
      ),
    );
  }
  return findings;
};
