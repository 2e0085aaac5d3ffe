import { DEFAULT_SCRIPT_ID, scriptById } from '../script/scripts';
import type { OverlayMode } from '../script/overlayModes';
import type { ScriptStep } from '../script/types';
import { newTimer, timerLeftMs, type StepTimer } from './stepTimer';

/**
 * The workshop control state: authoritative on the server, changed only by the
 * facilitator's commands (applyControl), received by everyone.
 */

/** A React Flow viewport: the flow-space offset and zoom. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
  /** The canvas it was seen on, in CSS pixels: a follower's screen of another size shows the same part of the board. */
  width?: number;
  height?: number;
}

export interface SpotlightTarget {
  kind: 'note' | 'team';
  id: string;
}

export interface FollowMe {
  on: boolean;
  /** Where participants' viewports go; null until the facilitator's first viewport. */
  facilitatorViewport: Viewport | null;
  /** The awareness client id of the facilitator being followed, to tell them apart from a co-facilitator. */
  facilitatorClientId: number | null;
}

/** What a step was like when the room left it: going back finds it so. */
export interface ParkedStep {
  durationMs: number;
  remainingMs: number;
  running: boolean;
  privateMode: boolean;
  overlayMode: OverlayMode;
}

export interface ControlState {
  scriptId: string;
  stepIndex: number;
  /** The furthest step reached: the report's steps, and the panel's "jump back" confirm. */
  reachedStepIndex: number;
  /** Server time the current step was entered. */
  stepStartedAt: number;
  timer: StepTimer;
  /** Participants' board writes are refused; the facilitator's are not. */
  locked: boolean;
  followMe: FollowMe;
  /** Everything but this note or team is dimmed for everyone. */
  spotlight: SpotlightTarget | null;
  /** New ideas stay on their author's screen until the next reveal. */
  privateMode: boolean;
  /** Grows with every reveal, so a client knows to drop its private layer. */
  revealCount: number;
  revealedAt: number | null;
  overlayMode: OverlayMode;
  /** Steps left behind, by step id. */
  parkedSteps: Record<string, ParkedStep>;
  /** Grows by one with every change, so clients drop states older than theirs. */
  version: number;
}

/** The first step, its countdown set but not running: the workshop starts when the facilitator says. */
export function initialControlState(now: number, scriptId = DEFAULT_SCRIPT_ID): ControlState {
  const script = scriptById(scriptId);
  const step = script.steps[0]!;
  return {
    scriptId: script.id,
    stepIndex: 0,
    reachedStepIndex: 0,
    stepStartedAt: now,
    timer: newTimer(stepMs(step), now, false),
    locked: false,
    followMe: { on: false, facilitatorViewport: null, facilitatorClientId: null },
    spotlight: null,
    privateMode: step.privateIdeas,
    revealCount: 0,
    revealedAt: null,
    overlayMode: step.overlayMode,
    parkedSteps: {},
    version: 1,
  };
}

/**
 * Milliseconds left on the step countdown at server time `serverNow`; never negative.
 * A client passes `Date.now() + offset` (see estimateClockOffset) so skewed clocks agree.
 */
export function timeLeftMs(state: Pick<ControlState, 'timer'>, serverNow: number): number {
  return timerLeftMs(state.timer, serverNow);
}

export function stepMs(step: ScriptStep): number {
  return step.minutes * 60_000;
}

/** The step the workshop is on. stepIndex is kept within the script by applyControl and restoreControlState. */
export function currentStep(state: Pick<ControlState, 'scriptId' | 'stepIndex'>): ScriptStep {
  const { steps } = scriptById(state.scriptId);
  return steps[Math.min(state.stepIndex, steps.length - 1)]!;
}
