import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { BaselineFrameData } from './toBaselineFlow';

/** A team frame: a tinted box with the team's name, letting the pointer through to the pane. */
function BaselineFrame({ data }: NodeProps<Node<BaselineFrameData>>) {
  return (
    <div className="frame" data-testid="team-frame">
      <div className="frame__header">{data.name}</div>
    </div>
  );
}

export default memo(BaselineFrame);
