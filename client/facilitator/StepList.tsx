import { useEffect, useRef, useState } from 'react';
import { OVERLAY_MODES } from '../../shared/script/overlayModes';
import type { WorkshopScript } from '../../shared/script/types';
import type { ControlState } from '../../shared/workshop/controlState';
import { jumpNeedsConfirm, stepRows, type StepRow } from './stepProgress';
import type { StepMoves } from './useStepMoves';

interface StepListProps {
  script: WorkshopScript;
  state: ControlState;
  moves: StepMoves;
}

const STATUS_LABEL = { done: 'Done', current: 'Now', upcoming: 'Next up' } as const;

/**
 * The script as a progress list: done steps, the current one opened with its goal,
 * prompt and notes, the ones to come. A click on a step jumps there; going back asks
 * first, because the whole room moves with it.
 */
export function StepList({ script, state, moves }: StepListProps) {
  const [confirming, setConfirming] = useState<number | null>(null);
  const rows = stepRows(script, state.stepIndex, state.reachedStepIndex);
  const currentRow = useRef<HTMLLIElement>(null);
  // The room moved: bring the new step's goal and notes into view, scrolling the list only.
  useEffect(() => {
    const row = currentRow.current;
    const list = row?.closest<HTMLElement>('.facilitator-panel__scroll');
    if (!row || !list) return;
    const top = list.scrollTop + row.getBoundingClientRect().top - list.getBoundingClientRect().top - 8;
    list.scrollTo({ top, behavior: 'smooth' });
  }, [state.stepIndex]);

  const choose = (row: StepRow) => {
    if (row.status === 'current') return;
    if (jumpNeedsConfirm(state.stepIndex, row.index)) setConfirming(row.index);
    else moves.goTo(row.index);
  };

  return (
    <ol className="step-list" data-testid="step-list">
      {rows.map((row) => (
        <li
          key={row.step.id}
          ref={row.status === 'current' ? currentRow : undefined}
          className={`step-list__item is-${row.status}${row.visited ? ' is-visited' : ''}`}
          data-testid="step-row"
          data-status={row.status}
          aria-current={row.status === 'current' ? 'step' : undefined}
        >
          <button
            type="button"
            className="step-list__head"
            disabled={moves.pending}
            onClick={() => choose(row)}
            title={row.status === 'current' ? 'The room is here' : `Go to step ${row.index + 1}`}
          >
            <span className="step-list__marker" aria-label={STATUS_LABEL[row.status]}>
              {row.status === 'done' ? '✓' : row.index + 1}
            </span>
            <span className="step-list__title">{row.step.title}</span>
            <span className="step-list__minutes">{row.step.minutes} min</span>
          </button>
          {confirming === row.index && (
            <div className="step-list__confirm" role="alertdialog" aria-label="Go back">
              <p>
                Take the whole room back to step {row.index + 1}? Nothing on the board changes; that step&apos;s timer picks up
                where it was left.
              </p>
              <div className="step-list__confirm-buttons">
                <button
                  type="button"
                  className="button button--small button--primary"
                  data-testid="confirm-jump"
                  onClick={() => {
                    setConfirming(null);
                    moves.goTo(row.index);
                  }}
                >
                  Go back
                </button>
                <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                  Cancel
                </button>
              </div>
            </div>
          )}
          {row.status === 'current' && (
            <div className="step-list__detail" data-testid="current-step-detail">
              <p>
                <strong>Goal.</strong> {row.step.goal}
              </p>
              <p>
                <strong>Prompt.</strong> {row.step.participantPrompt}
              </p>
              {row.step.facilitatorNotes.length > 0 && (
                <ul className="step-list__notes" aria-label="Facilitator notes">
                  {row.step.facilitatorNotes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              )}
              <p className="step-list__meta">
                Overlay: {OVERLAY_MODES[row.step.overlayMode].title}
                {row.step.privateIdeas && ' · private ideas'}
                {row.step.invitedKinds.length > 0 && ` · adds: ${row.step.invitedKinds.join(', ')}`}
              </p>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
