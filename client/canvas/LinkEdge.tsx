import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { useLinkOverlay } from '../overlay/useOverlay';
import { linkStyle } from './linkStyles';
import type { LinkFlowEdge } from './toFlow';

/** A link between two notes, drawn by its derived meaning, with an arrow at the upper note. */
function LinkEdge(props: EdgeProps<LinkFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const meaning = data?.meaning ?? null;
  const style = linkStyle(meaning);
  // The alignment overlay brings cascade links forward.
  const emphasised = useLinkOverlay(id)?.cascade === true;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const markerId = `link-arrow-${id}`;
  return (
    <>
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill={style.color} />
        </marker>
      </defs>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#${markerId})`}
        interactionWidth={18}
        className={emphasised ? 'link-path--emphasised' : undefined}
        style={{
          stroke: style.color,
          strokeWidth: style.width + (selected ? 1.5 : 0) + (emphasised ? 1.5 : 0),
          strokeDasharray: style.dash || undefined,
          strokeLinecap: 'round',
        }}
      />
      <EdgeLabelRenderer>
        <div
          className={`link-label link-label--${meaning ?? 'plain'}${selected ? ' is-selected' : ''}${emphasised ? ' is-emphasised' : ''}${data?.dimmed ? ' is-dimmed' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`, color: style.color }}
          data-testid="link-label"
          data-link-id={id}
          data-meaning={meaning ?? 'plain'}
        >
          {meaning === 'cascades' ? '⚠ ' : ''}
          {style.label}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export default memo(LinkEdge);
