import type { LevelMetrics } from '../../shared/analysis';

export const BAR_KINDS = ['projected', 'mean', 'max'] as const;
export type BarKind = (typeof BAR_KINDS)[number];

export interface ChartBar {
  kind: BarKind;
  value: number;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartColumn {
  level: number;
  name: string;
  /** Centre of the column, for the level's name under it. */
  x: number;
  bars: ChartBar[];
}

export interface ProjectionChart {
  columns: ChartColumn[];
  /** The value at the top of the plot. */
  scaleMax: number;
  /** Horizontal grid lines with their values, bottom first. */
  ticks: { y: number; label: string }[];
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room above the plot for bar labels, below it for level names, left for tick labels. */
  top: number;
  bottom: number;
  left: number;
}

/** The smallest 1, 2 or 5 times a power of ten at or above `value` (1 at least). */
export function niceCeiling(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value)!;
  return step * power;
}

export function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * Geometry of the cascade projection chart: per level, three bars side by side (key
 * results a team would hold if the board cascaded, and the mean and most a team holds
 * here), on one linear scale so the balloon shows as what it is.
 *
 * @example projectionChart(metrics.levels, { width: 300, height: 160, top: 16, bottom: 20, left: 28 })
 */
export function projectionChart(levels: readonly LevelMetrics[], box: ChartBox): ProjectionChart {
  const values = levels.flatMap((l) => [l.projectedKrsPerTeam, l.actualMeanKrsPerTeam, l.actualMaxKrsPerTeam]);
  const scaleMax = niceCeiling(Math.max(0, ...values));
  const plotHeight = box.height - box.top - box.bottom;
  const baseline = box.height - box.bottom;
  const columnWidth = levels.length ? (box.width - box.left) / levels.length : 0;
  const barWidth = Math.min(22, (columnWidth * 0.8) / BAR_KINDS.length);

  const columns = levels.map((level, i) => {
    const x = box.left + columnWidth * (i + 0.5);
    const start = x - (barWidth * BAR_KINDS.length) / 2;
    const byKind: Record<BarKind, number> = {
      projected: level.projectedKrsPerTeam,
      mean: level.actualMeanKrsPerTeam,
      max: level.actualMaxKrsPerTeam,
    };
    const bars = BAR_KINDS.map((kind, k) => {
      const value = byKind[kind];
      const height = (value / scaleMax) * plotHeight;
      // A level without teams has nothing actual to show, which is not zero key results.
      const label = kind !== 'projected' && level.teams === 0 ? '–' : formatCount(value);
      return { kind, value, label, x: start + k * barWidth, y: baseline - height, width: barWidth, height };
    });
    return { level: level.level, name: level.name, x, bars };
  });

  const ticks = [0, 0.5, 1].map((share) => ({ y: baseline - share * plotHeight, label: formatCount(scaleMax * share) }));
  return { columns, scaleMax, ticks };
}
