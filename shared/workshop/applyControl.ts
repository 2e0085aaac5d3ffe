import type { WorkshopScript } from '../script/types';
import type { ControlCommand } from './controlCommands';
import { stepMs, type ControlState, type ParkedStep, type Viewport } from './controlState';
import { addTime, newTimer, pauseTimer, setTime, startTimer, timerLeftMs } from './stepTimer';

/**
 * What the server does beyond the control state, all in one place
 * (server/workshop/effects.ts): an automatic snapshot at each step change, and moving
 * private ideas onto the board at a reveal.
 */
export type ControlEffect = { type: 'snapshot'; name: string } | { type: 'reveal' };

export interface ControlResult {
  state: ControlState;
  effects: ControlEffect[];
}

/**
 * The control state after a facilitator's command at server time `now`. Pure. A
 * command that changes nothing returns the same state object and no effects, so the
 * server can skip the broadcast; any other raises `version` by one.
 *
 * Step changes touch no note, so going back or jumping loses nothing. The step left
 * behind is parked (countdown frozen, private mode, overlay), and going back finds it
 * as it was: "next" by accident followed by "previous" costs nothing. A step entered
 * for the first time starts its countdown at once, with its overlay and private mode.
 * The spotlight is cleared; lock and follow-me stay as they are.
 *
 * @example
 * const { state, effects } = applyControl(initialControlState(now), { type: 'next' }, now, localizationWorkshop);
 * // state.stepIndex === 1, effects: [{ type: 'snapshot', name: 'Step 2: Strategic intent' }]
 */
export function applyControl(state: ControlState, command: ControlCommand, now: number, script: WorkshopScript): ControlResult {
  const { timer } = state;
  switch (command.type) {
    case 'next':
      return goToStep(state, state.stepIndex + 1, now, script);
    case 'previous':
      return goToStep(state, state.stepIndex - 1, now, script);
    case 'jump':
      return goToStep(state, command.stepIndex, now, script);
    case 'timer-start':
      return update(state, { timer: startTimer(timer, now) });
    case 'timer-pause':
      return update(state, { timer: pauseTimer(timer, now) });
    case 'timer-add':
      return command.ms === 0 ? unchanged(state) : update(state, { timer: addTime(timer, command.ms, now) });
    case 'timer-set':
      return update(state, { timer: setTime(timer, command.ms, now) });
    case 'lock':
      return update(state, { locked: command.locked });
    case 'follow-me':
      return update(state, {
        followMe: command.on
          ? {
              on: true,
              facilitatorViewport: command.viewport ?? state.followMe.facilitatorViewport,
              facilitatorClientId: command.clientId ?? null,
            }
          : { on: false, facilitatorViewport: null, facilitatorClientId: null },
      });
    case 'viewport': {
      const { type: _type, ...viewport } = command;
      return moveViewport(state, viewport);
    }
    case 'spotlight':
      return update(state, { spotlight: command.target });
    case 'private-mode':
      return update(state, { privateMode: command.on });
    case 'reveal':
      // A reveal ends the private round: what the room writes next is seen at once.
      return changed(state, { privateMode: false, revealCount: state.revealCount + 1, revealedAt: now }, [{ type: 'reveal' }]);
    case 'overlay':
      return update(state, { overlayMode: command.mode });
  }
}

function goToStep(state: ControlState, index: number, now: number, script: WorkshopScript): ControlResult {
  const stepIndex = Math.min(Math.max(index, 0), script.steps.length - 1);
  const left = script.steps[state.stepIndex];
  const step = script.steps[stepIndex];
  if (stepIndex === state.stepIndex || !step) return unchanged(state);
  const parkedSteps = { ...state.parkedSteps };
  if (left) parkedSteps[left.id] = park(state, now);
  const parked = parkedSteps[step.id];
  delete parkedSteps[step.id];
  return changed(
    state,
    {
      stepIndex,
      reachedStepIndex: Math.max(state.reachedStepIndex, stepIndex),
      stepStartedAt: now,
      timer: parked
        ? { durationMs: parked.durationMs, remainingMs: parked.remainingMs, runningSince: parked.running ? now : null }
        : newTimer(stepMs(step), now, true),
      privateMode: parked ? parked.privateMode : step.privateIdeas,
      overlayMode: parked ? parked.overlayMode : step.overlayMode,
      spotlight: null,
      parkedSteps,
    },
    [{ type: 'snapshot', name: `Step ${stepIndex + 1}: ${step.title}` }],
  );
}

function park(state: ControlState, now: number): ParkedStep {
  return {
    durationMs: state.timer.durationMs,
    remainingMs: timerLeftMs(state.timer, now),
    running: state.timer.runningSince !== null,
    privateMode: state.privateMode,
    overlayMode: state.overlayMode,
  };
}

/** Kept cheap: it runs for every pan of the leading facilitator. */
function moveViewport(state: ControlState, viewport: Viewport): ControlResult {
  const { followMe } = state;
  const current = followMe.facilitatorViewport;
  if (!followMe.on) return unchanged(state);
  if (current && sameValue(current, viewport)) return unchanged(state);
  return changed(state, { followMe: { ...followMe, facilitatorViewport: viewport } });
}

/** A patch that may repeat what the state already holds (lock when locked): unchanged then. */
function update(state: ControlState, patch: Partial<ControlState>): ControlResult {
  const same = (Object.keys(patch) as (keyof ControlState)[]).every((key) => sameValue(state[key], patch[key]));
  return same ? unchanged(state) : changed(state, patch);
}

function changed(state: ControlState, patch: Partial<ControlState>, effects: ControlEffect[] = []): ControlResult {
  return { state: { ...state, ...patch, version: state.version + 1 }, effects };
}

function unchanged(state: ControlState): ControlResult {
  return { state, effects: [] };
}

/** Deep equality of the small plain values a patch holds (booleans, a timer, a viewport). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
