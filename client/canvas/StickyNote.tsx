import { memo, type MouseEvent } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { addKeyResult } from '../board/actions';
import { useBoardSession } from '../board/BoardContext';
import NoteOverlay from '../overlay/NoteOverlay';
import { useUi } from '../ui/store';
import { KIND_TAGS } from './kindTags';
import { NoteEditor } from './NoteEditor';
import type { HandleSide, NoteNode } from './toFlow';

const SIDES: readonly [HandleSide, Position][] = [
  ['top', Position.Top],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
  ['right', Position.Right],
];

/**
 * A sticky note: objective, key result or idea, each with its own look. Links start from a
 * side handle, shown while the pointer is on the note or the note is selected; they end
 * anywhere on the upper note (the canvas finds the note under the pointer). Viewers keep
 * the handles too, invisible: React Flow reads where links end from them.
 */
function StickyNote({ id, data, selected }: NodeProps<NoteNode>) {
  const session = useBoardSession();
  // A note the step holds still links, up or down: links are not part of the top level.
  const canEdit = session.canEdit && !data.held;
  const editing = useUi((s) => s.editing?.type === 'note' && s.editing.id === id);
  const startEditing = useUi((s) => s.startEditing);

  const onDoubleClick = (event: MouseEvent) => {
    event.stopPropagation();
    if (canEdit) startEditing('note', id);
  };

  return (
    <div
      className={`sticky sticky--${data.kind}${selected ? ' is-selected' : ''}${editing ? ' is-editing' : ''}${data.private ? ' is-private' : ''}${data.held ? ' is-held' : ''}`}
      data-testid="note"
      data-note-id={id}
      data-kind={data.kind}
      onDoubleClick={onDoubleClick}
    >
      <div className="sticky__head">
        <span className="sticky__tag">{KIND_TAGS[data.kind]}</span>
        {data.private && (
          <span className="sticky__private" data-testid="private-badge" title="Only you see this idea until the facilitator reveals it">
            Private
          </span>
        )}
        {data.kind === 'objective' && data.krCount > 0 && (
          <span className="sticky__count" title="Key results">
            {data.krCount} KR{data.krCount === 1 ? '' : 's'}
          </span>
        )}
      </div>
      {editing ? (
        <NoteEditor id={id} />
      ) : (
        <div className="sticky__text" data-testid="note-text">
          {data.text || (canEdit ? <span className="sticky__placeholder">Double-click to write</span> : null)}
        </div>
      )}
      <div className="sticky__foot">
        <span className="sticky__author" title="Author">
          {data.author}
        </span>
        {canEdit && data.kind === 'objective' && (
          <button
            type="button"
            className="sticky__add-kr nodrag"
            data-testid="add-kr"
            onClick={(event) => {
              event.stopPropagation();
              addKeyResult(session, id);
            }}
          >
            + Key result
          </button>
        )}
      </div>
      <NoteOverlay id={id} kind={data.kind} />
      {SIDES.map(([side, position]) => (
        <Handle key={side} id={side} type="source" position={position} isConnectable={session.canEdit && !data.private} className="sticky__handle" />
      ))}
    </div>
  );
}

export default memo(StickyNote);
