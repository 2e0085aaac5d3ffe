import { useEffect, useMemo } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { createOrigin } from '../../shared/board';
import type { BoardInfoResponse } from '../../shared/protocol/api';
import { scriptById } from '../../shared/script/scripts';
import { BoardContext, type BoardSession } from '../board/BoardContext';
import { Canvas } from '../canvas/Canvas';
import { Countdown } from '../facilitator/Countdown';
import { PresentingContext } from '../facilitator/followUi';
import { OverlayProvider } from '../overlay/OverlayProvider';
import { useBoardConnection, type BoardConnection } from '../sync/useBoardConnection';
import { useControlState } from '../sync/useControlState';
import './presenter.css';

/** Never used to write: the presenter session cannot edit, whichever key opened it. */
const PRESENTER_ORIGIN = createOrigin('system', 'presenter');

/**
 * The shared screen: the step, its prompt and the time left in type read from the back of
 * the room, over the board following the facilitator. No editing, no cursors, no one's
 * name: the projector is not a participant.
 */
export function PresenterView({ info, boardKey }: { info: BoardInfoResponse; boardKey: string }) {
  const { connection, synced, refusal } = useBoardConnection(info.id, boardKey);
  if (!connection || !synced) {
    return <div className="page-loading">{refusal ? `The server closed the board: ${refusal}` : 'Loading the board…'}</div>;
  }
  return <PresenterRoom info={info} connection={connection} />;
}

function PresenterRoom({ info, connection }: { info: BoardInfoResponse; connection: BoardConnection }) {
  const { doc, awareness, store, extensions, control } = connection;
  // Hidden from the room: no avatar, no cursor.
  useEffect(() => awareness.setLocalState(null), [awareness]);
  const session = useMemo<BoardSession>(
    () => ({
      boardId: info.id,
      doc,
      store,
      awareness,
      origin: PRESENTER_ORIGIN,
      undoManager: null,
      role: 'viewer',
      canEdit: false,
      topLevelReadOnly: false,
      author: '',
      extensions,
      control,
      privateIdeas: null,
    }),
    [info.id, doc, store, awareness, extensions, control],
  );

  return (
    <BoardContext.Provider value={session}>
      <PresentingContext.Provider value={true}>
        <main className="presenter" data-testid="presenter">
          <StepHeader title={info.title} />
          <ReactFlowProvider>
            <OverlayProvider>
              <div className="presenter__board">
                <Canvas />
              </div>
            </OverlayProvider>
          </ReactFlowProvider>
        </main>
      </PresentingContext.Provider>
    </BoardContext.Provider>
  );
}

function StepHeader({ title }: { title: string }) {
  const { state, serverOffset } = useControlState();
  if (!state) return <header className="presenter__head presenter__head--waiting">{title}</header>;
  const script = scriptById(state.scriptId);
  const step = script.steps[state.stepIndex];
  return (
    <header className="presenter__head">
      <div className="presenter__step">
        <p className="presenter__count">
          Step {state.stepIndex + 1} of {script.steps.length}
          <span className="presenter__board-title"> · {title}</span>
        </p>
        <h1 className="presenter__title" data-testid="presenter-title">
          {step?.title}
        </h1>
        <p className="presenter__prompt" data-testid="presenter-prompt">
          {step?.participantPrompt}
        </p>
        {(state.locked || state.privateMode) && (
          <p className="presenter__states">
            {state.locked && <span className="presenter__chip presenter__chip--locked">Board locked</span>}
            {state.privateMode && <span className="presenter__chip presenter__chip--private">Private brainstorm: ideas stay hidden until the reveal</span>}
          </p>
        )}
      </div>
      <Countdown state={state} serverOffset={serverOffset} className="presenter__timer" />
    </header>
  );
}
