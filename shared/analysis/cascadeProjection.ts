/**
 * What cascading would put on each team: a team at level d (top = 0) that aligned to
 * every upper key result holds o * k^(d+1) key results, with o top objectives and k key
 * results per top objective. One number per level, top first.
 *
 * @example cascadeProjection(3, 3, 3) // [9, 27, 81]
 */
export function cascadeProjection(topObjectives: number, krsPerTopObjective: number, levels: number): number[] {
  return Array.from({ length: levels }, (_, d) => topObjectives * krsPerTopObjective ** (d + 1));
}
