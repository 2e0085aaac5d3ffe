import { memo, type CSSProperties } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { NOTE_SIZE } from '../../shared/board';
import { useBoardSession } from '../board/BoardContext';
import TeamOverlay from '../overlay/TeamOverlay';
import { useTeamOverlay } from '../overlay/useOverlay';
import { LockGlyph } from '../ui/icons';
import { useUi } from '../ui/store';
import { TeamHeaderEditor } from './TeamHeaderEditor';
import type { TeamNode } from './toFlow';

/**
 * A team frame: name, function and level in its header, notes drawn over it. Only the
 * header grabs the pointer (it drags the frame and its notes); the body lets clicks through
 * to the board, so people pan, select and double-click to add notes inside frames.
 */
function TeamFrame({ id, data, selected }: NodeProps<TeamNode>) {
  const canEdit = useBoardSession().canEdit && !data.held;
  const editing = useUi((s) => s.editing?.type === 'team' && s.editing.id === id);
  const startEditing = useUi((s) => s.startEditing);
  // The silos overlay paints frames by function, one colour each.
  const tint = useTeamOverlay(id)?.tint ?? data.tint;
  const style = { '--tint': tint } as CSSProperties;

  return (
    <div
      className={`team-frame${selected ? ' is-selected' : ''}${data.level === 0 ? ' is-top' : ''}${data.held ? ' is-held' : ''}`}
      style={style}
      data-testid="team-frame"
      data-team-id={id}
    >
      <NodeResizer
        isVisible={canEdit && Boolean(selected)}
        minWidth={NOTE_SIZE.w + 48}
        minHeight={NOTE_SIZE.h + 72}
        color={tint}
        handleClassName="team-frame__resize"
      />
      <TeamOverlay id={id} />
      <div
        className="team-frame__header"
        data-testid="team-header"
        onDoubleClick={(event) => {
          event.stopPropagation();
          if (canEdit) startEditing('team', id);
        }}
      >
        {editing ? (
          <TeamHeaderEditor id={id} data={data} />
        ) : (
          <>
            <span className="team-frame__name" data-testid="team-name">
              {data.name || 'Unnamed team'}
            </span>
            {data.function && data.function !== data.name && <span className="team-frame__function">{data.function}</span>}
            <span className="team-frame__level">{data.levelName}</span>
            {data.held && (
              <span className="team-frame__held" data-testid="team-held" title="The facilitator's step keeps this level as it is; link your team's notes up to it">
                <LockGlyph />
                Read-only in this step
              </span>
            )}
          </>
        )}
      </div>
    </div>
  );
}

export default memo(TeamFrame);
