import type { ControlCommand } from '../../shared/workshop/controlCommands';
import type { ControlState } from '../../shared/workshop/controlState';
import { Countdown } from './Countdown';

interface TimerControlsProps {
  state: ControlState;
  serverOffset: number;
  sendCommand(command: ControlCommand): unknown;
}

const MINUTE = 60_000;

/** The step countdown everyone sees, with start, pause and more time. */
export function TimerControls({ state, serverOffset, sendCommand }: TimerControlsProps) {
  const running = state.timer.runningSince !== null;
  return (
    <div className="timer-controls" data-testid="timer-controls">
      <Countdown state={state} serverOffset={serverOffset} className="timer-controls__time" />
      <div className="timer-controls__buttons">
        <button
          type="button"
          className="button button--small"
          data-testid={running ? 'timer-pause' : 'timer-start'}
          onClick={() => sendCommand({ type: running ? 'timer-pause' : 'timer-start' })}
        >
          {running ? 'Pause' : 'Start'}
        </button>
        <button type="button" className="button button--small" data-testid="timer-add-1" onClick={() => sendCommand({ type: 'timer-add', ms: MINUTE })}>
          +1 min
        </button>
        <button type="button" className="button button--small" data-testid="timer-add-5" onClick={() => sendCommand({ type: 'timer-add', ms: 5 * MINUTE })}>
          +5 min
        </button>
      </div>
    </div>
  );
}
