import type { BoardIndex } from './boardIndex';
import { cascadeProjection } from './cascadeProjection';
import type { SupportSets } from './supportSets';
import type { BoardMetrics, LevelMetrics, ObjectiveMetrics, TeamMetrics } from './types';

/** Per-team and per-objective counts, actual vs projected key results per level, and the cross-functional share. */
export function boardMetrics(index: BoardIndex, support: SupportSets): BoardMetrics {
  const teams: TeamMetrics[] = [];
  for (const { team, objectives, krs, cascadedObjectives } of index.teams.values()) {
    teams.push({ teamId: team.id, level: team.level, objectives: objectives.length, krs, cascadedObjectives });
  }

  const objectives: ObjectiveMetrics[] = index.objectives.map((p) => {
    const team = index.teamAt[p]?.team;
    return {
      objectiveId: index.notes[p]!.id,
      teamId: team?.id ?? null,
      level: team?.level ?? null,
      krs: index.krsAt[p]?.length ?? 0,
      functions: [...support.functions(p)],
      crossFunctional: support.crossFunctional(p),
    };
  });

  const top = objectives.filter(({ level }) => level === 0);
  const topKrs = top.reduce((sum, { krs }) => sum + krs, 0);
  const krsPerTopObjective = top.length ? topKrs / top.length : 0;
  const projected = cascadeProjection(top.length, krsPerTopObjective, index.levelCount);
  const levels: LevelMetrics[] = projected.map((projectedKrsPerTeam, level) => {
    const atLevel = teams.filter((team) => team.level === level);
    const total = atLevel.reduce((sum, { krs }) => sum + krs, 0);
    return {
      level,
      name: index.snapshot.meta.levels[level] ?? `Level ${level + 1}`,
      teams: atLevel.length,
      projectedKrsPerTeam,
      actualMeanKrsPerTeam: atLevel.length ? total / atLevel.length : 0,
      actualMaxKrsPerTeam: atLevel.reduce((max, { krs }) => Math.max(max, krs), 0),
    };
  });

  return {
    teams,
    objectives,
    levels,
    projection: { topObjectives: top.length, krsPerTopObjective },
    crossFunctionalShare: top.length ? top.filter(({ crossFunctional }) => crossFunctional).length / top.length : 0,
  };
}
