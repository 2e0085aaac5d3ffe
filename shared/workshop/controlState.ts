import { DEFAULT_SCRIPT_ID, scriptById } from '../script/scripts';
import type { OverlayMode } from '../script/types';

/**
 * The workshop control state: authoritative on the server, changed only by the
 * facilitator's commands, received by everyone.
 */

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface SpotlightTarget {
  kind: 'note' | 'team';
  id: string;
}

/** A countdown that pauses and extends exactly: time left = duration - elapsed. */
export interface StepTimer {
  durationMs: number;
  /** Server time the timer last started, or null while paused. */
  runningSince: number | null;
  /** Time that ran before the last start. */
  elapsedBeforeMs: number;
}

export interface ControlState {
  scriptId: string;
  stepIndex: number;
  /** The furthest step the workshop has reached (for the report, and the "jump back" confirm). */
  reachedStepIndex: number;
  stepStartedAt: number;
  timer: StepTimer;
  locked: boolean;
  followMe: { on: boolean; viewport: Viewport | null };
  spotlight: SpotlightTarget | null;
  /** Ideas written now stay on their author's screen until revealed. */
  privateMode: boolean;
  /** How many reveals have run; a client clears its private layer when this grows. */
  reveals: number;
  overlayMode: OverlayMode;
  /** Increments with every change, so clients drop stale states. */
  version: number;
}

export function initialControlState(now: number, scriptId = DEFAULT_SCRIPT_ID): ControlState {
  const script = scriptById(scriptId);
  const step = script.steps[0]!;
  return {
    scriptId: script.id,
    stepIndex: 0,
    reachedStepIndex: 0,
    stepStartedAt: now,
    timer: { durationMs: step.minutes * 60_000, runningSince: null, elapsedBeforeMs: 0 },
    locked: false,
    followMe: { on: false, viewport: null },
    spotlight: null,
    privateMode: step.privateIdeas,
    reveals: 0,
    overlayMode: step.overlayMode,
    version: 1,
  };
}

/** Milliseconds left on the step timer at server time `serverNow`; never negative. */
export function timeLeftMs(timer: StepTimer, serverNow: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, serverNow - timer.runningSince);
  return Math.max(0, timer.durationMs - timer.elapsedBeforeMs - running);
}
