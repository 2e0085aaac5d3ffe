import { LINK_MEANINGS, type LinkMeaning } from '../../shared/board';
import { LINK_STYLES } from '../canvas/linkStyles';
import { useUi } from './store';

const MEANINGS = Object.keys(LINK_MEANINGS) as LinkMeaning[];

const KINDS = [
  { kind: 'objective', label: 'Objective', explains: 'A qualitative goal for this team.' },
  { kind: 'kr', label: 'Key result', explains: 'A measurable outcome of one objective.' },
  { kind: 'idea', label: 'Idea', explains: 'Brainstorm material; no rule counts it.' },
] as const;

/** What the colours and lines on the board mean. */
export function Legend() {
  const open = useUi((s) => s.legendOpen);
  const toggle = useUi((s) => s.toggleLegend);
  if (!open) return null;
  return (
    <aside className="legend panel" data-testid="legend" aria-label="Legend">
      <header className="panel__head">
        <h2>Legend</h2>
        <button type="button" className="icon-button" aria-label="Close legend" onClick={toggle}>
          ×
        </button>
      </header>
      <h3>Links: drag from the lower note to the one it aligns to</h3>
      <ul className="legend__list">
        {MEANINGS.map((meaning) => {
          const style = LINK_STYLES[meaning];
          return (
            <li key={meaning} data-testid={`legend-${meaning}`}>
              <svg width="44" height="12" aria-hidden="true">
                <line x1="2" y1="6" x2="36" y2="6" stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash || undefined} strokeLinecap="round" />
                <path d="M 35 2 L 42 6 L 35 10 z" fill={style.color} />
              </svg>
              <div>
                <strong style={{ color: style.color }}>{style.label}</strong>
                <span>{style.explains}</span>
              </div>
            </li>
          );
        })}
      </ul>
      <h3>Notes</h3>
      <ul className="legend__list">
        {KINDS.map(({ kind, label, explains }) => (
          <li key={kind}>
            <span className={`legend__swatch sticky--${kind}`} />
            <div>
              <strong>{label}</strong>
              <span>{explains}</span>
            </div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
