import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { BaselineNoteData } from './toBaselineFlow';

const SIDES = [
  ['top', Position.Top],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
  ['right', Position.Right],
] as const;

/** A memoised sticky note with a kind tag, its text, its author and four link handles. */
function BaselineNote({ id, data }: NodeProps<Node<BaselineNoteData>>) {
  return (
    <div className={`sticky sticky--${data.kind}`} data-testid="note" data-note-id={id}>
      <div className="sticky__head">
        <span className="sticky__tag">{data.kind}</span>
      </div>
      <div className="sticky__text">{data.text}</div>
      <div className="sticky__foot">{data.author}</div>
      {SIDES.map(([side, position]) => (
        <Handle key={side} id={side} type="source" position={position} />
      ))}
    </div>
  );
}

export default memo(BaselineNote);
