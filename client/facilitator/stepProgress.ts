import type { ScriptStep, WorkshopScript } from '../../shared/script/types';
import type { ControlCommand } from '../../shared/workshop/controlCommands';

export type StepStatus = 'done' | 'current' | 'upcoming';

export interface StepRow {
  index: number;
  step: ScriptStep;
  status: StepStatus;
  /** An upcoming step the room already went through before coming back. */
  visited: boolean;
}

/** The script's steps as the facilitator's progress list. */
export function stepRows(script: WorkshopScript, stepIndex: number, reachedStepIndex: number): StepRow[] {
  return script.steps.map((step, index) => ({
    index,
    step,
    status: index < stepIndex ? 'done' : index === stepIndex ? 'current' : 'upcoming',
    visited: index > stepIndex && index <= reachedStepIndex,
  }));
}

/** Going back past the current step by a click in the list asks first; Back and Next do not. */
export function jumpNeedsConfirm(stepIndex: number, target: number): boolean {
  return target < stepIndex;
}

/** A step change the facilitator made, kept for a few seconds so it can be undone. */
export interface StepMove {
  from: number;
  to: number;
}

/** What puts the room back where it was before `move` (the step left behind is parked, so nothing is lost). */
export function undoCommand(move: StepMove): ControlCommand {
  return move.to === move.from + 1 ? { type: 'previous' } : { type: 'jump', stepIndex: move.from };
}
