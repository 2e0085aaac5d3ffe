import { useMemo } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { createOrigin, newId } from '../../shared/board';
import type { BoardInfoResponse } from '../../shared/protocol/api';
import { Canvas } from '../canvas/Canvas';
import { FacilitatorPanel } from '../facilitator/FacilitatorPanel';
import { useWorkshopSession } from '../facilitator/useWorkshopSession';
import { WorkshopBanner } from '../facilitator/WorkshopBanner';
import { OverlayControls, OverlayPanels } from '../overlay/OverlayControls';
import { OverlayProvider } from '../overlay/OverlayProvider';
import { presenceColor } from '../sync/identity';
import { usePublishPresence } from '../sync/presence';
import type { BoardConnection, ConnectionState } from '../sync/useBoardConnection';
import { useUndoManager } from '../sync/useUndoManager';
import { Legend } from '../ui/Legend';
import { Toasts } from '../ui/Toasts';
import { Toolbar } from '../ui/Toolbar';
import { TopBar } from '../ui/TopBar';
import { BoardContext, type BoardSession } from './BoardContext';

interface BoardViewProps {
  info: BoardInfoResponse;
  boardKey: string;
  name: string;
  state: ConnectionState;
}

/** An open board: once its connection has synced, the top bar, canvas, toolbar and side panels. */
export function BoardView({ info, boardKey, name, state }: BoardViewProps) {
  const { connection, status, synced, refusal } = state;
  return (
    <div className="board-page" data-testid="board-page" data-role={info.role}>
      {connection && synced ? (
        <OpenBoard info={info} boardKey={boardKey} name={name} connection={connection} status={status} refusal={refusal} />
      ) : (
        <>
          <TopBar info={info} status={status} refusal={refusal} awareness={null} />
          <div className="page-loading" data-testid="board-loading">
            {refusal ? `The server closed the board: ${refusal}` : 'Loading the board…'}
          </div>
        </>
      )}
    </div>
  );
}

interface OpenBoardProps {
  info: BoardInfoResponse;
  boardKey: string;
  name: string;
  connection: BoardConnection;
  status: Parameters<typeof TopBar>[0]['status'];
  refusal: string | null;
}

function OpenBoard({ info, boardKey, name, connection, status, refusal }: OpenBoardProps) {
  const { doc, awareness, store, extensions, control } = connection;
  // One origin per page load: my undo manager tracks it, every command I run carries it.
  const origin = useMemo(() => createOrigin('user', newId()), []);
  const undoManager = useUndoManager(doc, origin);
  const color = useMemo(presenceColor, []);
  usePublishPresence(awareness, { name, color, role: info.role });

  const { canEdit, topLevelReadOnly, privateIdeas } = useWorkshopSession({ boardId: info.id, boardKey, role: info.role, awareness, control });
  const session = useMemo<BoardSession>(
    () => ({ boardId: info.id, doc, store, awareness, origin, undoManager, role: info.role, canEdit, topLevelReadOnly, author: name, extensions, control, privateIdeas }),
    [info.id, info.role, doc, store, awareness, origin, undoManager, canEdit, topLevelReadOnly, name, extensions, control, privateIdeas],
  );

  return (
    <BoardContext.Provider value={session}>
      <TopBar info={info} status={status} refusal={refusal} awareness={awareness} />
      <ReactFlowProvider>
        <OverlayProvider>
          {info.role === 'facilitator' && <FacilitatorPanel links={info.links} />}
          <WorkshopBanner />
          <div className="board-main">
            <Canvas />
            {canEdit && <Toolbar />}
            <OverlayControls />
            <div className="side-panels">
              <Legend />
              <OverlayPanels />
            </div>
          </div>
        </OverlayProvider>
      </ReactFlowProvider>
      <Toasts />
    </BoardContext.Provider>
  );
}
