import type { WorkshopScript } from '../../shared/script/types';
import type { ControlState } from '../../shared/workshop/controlState';
import type { StepMoves } from './useStepMoves';

interface StepNavigationProps {
  script: WorkshopScript;
  state: ControlState;
  moves: StepMoves;
}

/** Back and Next, and for a few seconds after a move forward, the way back. */
export function StepNavigation({ script, state, moves }: StepNavigationProps) {
  const last = script.steps.length - 1;
  const next = script.steps[state.stepIndex + 1];
  const { lastMove } = moves;
  return (
    <div className="step-nav">
      <div className="step-nav__buttons">
        <button
          type="button"
          className="button"
          data-testid="step-back"
          disabled={state.stepIndex === 0 || moves.pending}
          onClick={() => moves.goTo(state.stepIndex - 1)}
        >
          ← Back
        </button>
        <button
          type="button"
          className="button button--primary step-nav__next"
          data-testid="step-next"
          disabled={state.stepIndex >= last || moves.pending}
          onClick={() => moves.goTo(state.stepIndex + 1)}
          title={next ? `Move the room to step ${state.stepIndex + 2}: ${next.title}` : undefined}
        >
          {next ? `Next: ${next.title} →` : 'Last step'}
        </button>
      </div>
      {lastMove && (
        <p className="step-nav__undo" role="status" data-testid="step-undo-offer">
          Moved to step {lastMove.to + 1}.
          <button type="button" className="button button--small" data-testid="step-undo" disabled={moves.pending} onClick={moves.undo}>
            Undo
          </button>
        </p>
      )}
    </div>
  );
}
