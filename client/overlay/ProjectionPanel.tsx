import type { BoardMetrics } from '../../shared/analysis';
import type { OverlayState } from './overlayModel';
import { BAR_KINDS, formatCount, projectionChart, type BarKind } from './projectionChart';
import { useOverlayState } from './useOverlay';

const BOX = { width: 300, height: 150, top: 16, bottom: 22, left: 30 };

const BAR_LABELS: Record<BarKind, string> = {
  projected: 'If cascaded',
  mean: 'Mean here',
  max: 'Most here',
};

const selectMetrics = (state: OverlayState) => (state.mode === 'ballooning' ? state.analysis?.metrics : undefined);

/**
 * What cascading would have produced on this board, level by level (o x k^(d+1) key
 * results per team), beside the mean and the most a team actually holds.
 */
export function ProjectionPanel() {
  const metrics = useOverlayState<BoardMetrics | undefined>(selectMetrics, undefined);
  if (!metrics || metrics.levels.length === 0) return null;
  const { topObjectives, krsPerTopObjective } = metrics.projection;
  const chart = projectionChart(metrics.levels, BOX);
  const series = metrics.levels.map((level) => formatCount(level.projectedKrsPerTeam)).join(' → ');
  return (
    <section className="projection panel" aria-labelledby="projection-title" data-testid="projection-panel">
      <header className="panel__head">
        <h2 id="projection-title">Cascade projection</h2>
      </header>
      <p className="projection__caption">
        {topObjectives} top objectives × {formatCount(krsPerTopObjective)} key results: cascading gives a team{' '}
        <strong data-testid="projection-series">{series}</strong> key results, level by level.
      </p>
      <svg
        className="projection__chart"
        width={BOX.width}
        height={BOX.height}
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={metrics.levels
          .map((l) => `${l.name}: ${formatCount(l.projectedKrsPerTeam)} if cascaded, mean ${formatCount(l.actualMeanKrsPerTeam)}, most ${formatCount(l.actualMaxKrsPerTeam)}`)
          .join('; ')}
      >
        {chart.ticks.map((tick) => (
          <g key={tick.label} className="projection__tick">
            <line x1={BOX.left} x2={BOX.width} y1={tick.y} y2={tick.y} />
            <text x={BOX.left - 5} y={tick.y + 3.5} textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
        {chart.columns.map((column) => (
          <g key={column.level}>
            {column.bars.map((bar) => (
              <g key={bar.kind} className={`projection__bar projection__bar--${bar.kind}`}>
                <rect x={bar.x + 1} y={bar.y} width={bar.width - 2} height={Math.max(bar.height, 0.5)} rx="2" />
                <text x={bar.x + bar.width / 2} y={bar.y - 3} textAnchor="middle">
                  {bar.label}
                </text>
              </g>
            ))}
            <text className="projection__level" x={column.x} y={BOX.height - 6} textAnchor="middle">
              {column.name}
            </text>
          </g>
        ))}
      </svg>
      <ul className="projection__legend">
        {BAR_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`projection__swatch projection__bar--${kind}`} />
            {BAR_LABELS[kind]}
          </li>
        ))}
      </ul>
    </section>
  );
}
