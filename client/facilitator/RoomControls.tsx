import { useStoreApi } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { ControlCommand } from '../../shared/workshop/controlCommands';
import type { ControlState } from '../../shared/workshop/controlState';
import { useBoardSession } from '../board/BoardContext';
import { useBoardSnapshot } from '../sync/useBoardSnapshot';
import { useUi } from '../ui/store';
import { usePrivateWriters } from './awarenessCounts';
import { spotlightFromSelection } from './spotlight';
import { seenViewport } from './viewports';

interface RoomControlsProps {
  state: ControlState;
  sendCommand(command: ControlCommand): unknown;
}

/** The facilitator's switches for the room: lock, follow me, spotlight, private brainstorm and reveal. */
export function RoomControls({ state, sendCommand }: RoomControlsProps) {
  const { store, awareness } = useBoardSession();
  const board = useBoardSnapshot(store);
  const selected = useUi((s) => s.selectedNodes);
  const writers = usePrivateWriters(awareness);
  const flowStore = useStoreApi();
  const selection = spotlightFromSelection(board, selected);
  const spotlit = state.spotlight;
  const spotlitName = spotlit ? nameOf(board, spotlit.kind, spotlit.id) : null;

  return (
    <div className="room-controls">
      <Toggle
        testId="toggle-lock"
        on={state.locked}
        label="Lock the board"
        hint={state.locked ? 'Participants cannot change anything' : 'Everyone can edit'}
        onChange={(on) => sendCommand({ type: 'lock', locked: on })}
      />
      <Toggle
        testId="toggle-follow"
        on={state.followMe.on}
        label="Follow me"
        hint={state.followMe.on ? "Everyone's view follows yours" : 'Everyone looks around freely'}
        onChange={(on) =>
          sendCommand(
            on ? { type: 'follow-me', on, viewport: seenViewport(flowStore.getState()), clientId: awareness.clientID } : { type: 'follow-me', on },
          )
        }
      />
      <Toggle
        testId="toggle-private"
        on={state.privateMode}
        label="Private brainstorm"
        hint={state.privateMode ? 'New ideas stay with their authors' : 'New ideas are shared at once'}
        onChange={(on) => sendCommand({ type: 'private-mode', on })}
      />
      <div className="room-controls__row">
        <button
          type="button"
          className="button button--small"
          data-testid="reveal"
          onClick={() => sendCommand({ type: 'reveal' })}
          title="Put every private idea on the board, in its team's frame"
        >
          Reveal private ideas
        </button>
        <span className="room-controls__note" data-testid="private-writers">
          {writers === 0 ? 'No private ideas yet' : `${writers} ${writers === 1 ? 'person has' : 'people have'} private ideas`}
        </span>
      </div>
      <div className="room-controls__row">
        <button
          type="button"
          className="button button--small"
          data-testid="spotlight"
          disabled={!selection}
          onClick={() => selection && sendCommand({ type: 'spotlight', target: selection })}
          title={selection ? 'Dim everything else for everyone' : 'Select one note or team frame first'}
        >
          Spotlight selection
        </button>
        {spotlit && (
          <button type="button" className="button button--small button--quiet" data-testid="spotlight-clear" onClick={() => sendCommand({ type: 'spotlight', target: null })}>
            Clear
          </button>
        )}
      </div>
      {spotlit && (
        <p className="room-controls__note" data-testid="spotlight-target">
          Spotlight on {spotlitName ?? 'a deleted item'}
        </p>
      )}
    </div>
  );
}

function nameOf(board: ReturnType<typeof useBoardSnapshot>, kind: 'note' | 'team', id: string): string | null {
  if (kind === 'team') return board.teams.find((team) => team.id === id)?.name ?? null;
  const text = board.notes.find((note) => note.id === id)?.text;
  if (text === undefined) return null;
  return text ? `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : 'an empty note';
}

interface ToggleProps {
  testId: string;
  on: boolean;
  label: string;
  hint: ReactNode;
  onChange(on: boolean): void;
}

function Toggle({ testId, on, label, hint, onChange }: ToggleProps) {
  return (
    <button type="button" role="switch" aria-checked={on} className={`toggle${on ? ' is-on' : ''}`} data-testid={testId} onClick={() => onChange(!on)}>
      <span className="toggle__track" aria-hidden="true">
        <span className="toggle__thumb" />
      </span>
      <span className="toggle__text">
        <span className="toggle__label">{label}</span>
        <span className="toggle__hint">{hint}</span>
      </span>
    </button>
  );
}
