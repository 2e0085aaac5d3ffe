import { KIND_TAGS } from '../kindTags';
import type { SketchHover } from './useSketchPointer';

/** What a note or frame too small to read says, beside the pointer resting on it. */
export function SketchTooltip({ hover }: { hover: SketchHover }) {
  const { hit, clientX, clientY } = hover;
  return (
    <div className="sketch-tooltip" role="tooltip" data-testid="sketch-tooltip" style={{ left: clientX + 14, top: clientY + 16 }}>
      {hit.type === 'note' ? (
        <>
          <span className={`sketch-tooltip__tag sketch-tooltip__tag--${hit.node.data.kind}`}>{KIND_TAGS[hit.node.data.kind]}</span>
          <p className="sketch-tooltip__text">{hit.node.data.text || 'Nothing written yet'}</p>
          {hit.node.data.author && <p className="sketch-tooltip__meta">{hit.node.data.author}</p>}
        </>
      ) : (
        <>
          <p className="sketch-tooltip__text sketch-tooltip__text--team">{hit.node.data.name || 'Unnamed team'}</p>
          <p className="sketch-tooltip__meta">
            {[hit.node.data.function, hit.node.data.levelName].filter(Boolean).join(' · ')}
          </p>
        </>
      )}
    </div>
  );
}
