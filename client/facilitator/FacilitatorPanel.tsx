import { OVERLAY_MODES } from '../../shared/script/overlayModes';
import { scriptById } from '../../shared/script/scripts';
import type { BoardLinks } from '../../shared/protocol/api';
import { useBoardSession } from '../board/BoardContext';
import { presenterPathFromLink } from '../presenter/presenterPath';
import type { ControlState } from '../../shared/workshop/controlState';
import { useControlState, type ControlStateView } from '../sync/useControlState';
import { ParticipantList } from './ParticipantList';
import { RoomControls } from './RoomControls';
import { StepList } from './StepList';
import { StepNavigation } from './StepNavigation';
import { TimerControls } from './TimerControls';
import { useStepMoves } from './useStepMoves';
import './facilitator.css';

/** The facilitator's side panel: where the room is in the script, and every control over it. */
export function FacilitatorPanel({ links }: { links: BoardLinks | undefined }) {
  const control = useControlState();
  return (
    <aside className="facilitator-panel" data-testid="facilitator-panel" aria-label="Facilitator">
      {control.state ? (
        <PanelBody links={links} control={control} current={control.state} />
      ) : (
        <p className="facilitator-panel__wait">Connecting to the room…</p>
      )}
    </aside>
  );
}

interface PanelBodyProps {
  links: BoardLinks | undefined;
  control: ControlStateView;
  current: ControlState;
}

function PanelBody({ links, control, current }: PanelBodyProps) {
  const { awareness } = useBoardSession();
  const { serverOffset, sendCommand, lastRefusal } = control;
  const moves = useStepMoves(current, sendCommand);
  const script = scriptById(current.scriptId);
  const presenter = links && presenterPathFromLink(links.viewer);

  return (
    <>
      <div className="facilitator-panel__controls">
        <header className="facilitator-panel__head">
          <h2>{script.title}</h2>
          <p>
            Step {current.stepIndex + 1} of {script.steps.length} · overlay{' '}
            <strong data-testid="overlay-mode">{OVERLAY_MODES[current.overlayMode].title}</strong>
          </p>
        </header>
        <StepNavigation script={script} state={current} moves={moves} />
        <TimerControls state={current} serverOffset={serverOffset} sendCommand={sendCommand} />
        <RoomControls state={current} sendCommand={sendCommand} />
        {presenter && (
          <a className="button button--small facilitator-panel__present" href={presenter} target="_blank" rel="noreferrer" data-testid="presenter-link">
            Open the presenter view ↗
          </a>
        )}
        {lastRefusal && (
          <p className="facilitator-panel__refused" role="alert">
            The server refused a command: {lastRefusal.reason}
          </p>
        )}
      </div>
      <div className="facilitator-panel__scroll">
        <h3 className="facilitator-panel__heading">Script</h3>
        <StepList script={script} state={current} moves={moves} />
        <ParticipantList awareness={awareness} />
      </div>
    </>
  );
}
