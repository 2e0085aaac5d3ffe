import type { WorkshopScript } from '../script/types';
import type { ControlCommand } from './controlCommands';
import { timeLeftMs, type ControlState } from './controlState';

/** Side effects the server runs for a command, all in one place (server/workshop/effects.ts). */
export type ControlEffect = { type: 'snapshot'; name: string } | { type: 'reveal' };

export interface ControlResult {
  state: ControlState;
  effects: ControlEffect[];
}

/**
 * The next control state after a facilitator's command at server time `now`. Pure: a
 * step change never touches the board, so going back or jumping loses nothing. A step
 * change restarts the countdown with the step's minutes, switches the overlay and the
 * private mode to the step's, clears the spotlight, and asks for an automatic snapshot.
 */
export function applyControl(state: ControlState, command: ControlCommand, now: number, script: WorkshopScript): ControlResult {
  const changed = (patch: Partial<ControlState>, effects: ControlEffect[] = []): ControlResult => ({
    state: { ...state, ...patch, version: state.version + 1 },
    effects,
  });
  const { timer } = state;
  switch (command.type) {
    case 'next':
      return goTo(state.stepIndex + 1);
    case 'previous':
      return goTo(state.stepIndex - 1);
    case 'jump':
      return goTo(command.stepIndex);
    case 'timer-start':
      return timer.runningSince !== null ? { state, effects: [] } : changed({ timer: { ...timer, runningSince: now } });
    case 'timer-pause':
      if (timer.runningSince === null) return { state, effects: [] };
      return changed({
        timer: { ...timer, runningSince: null, elapsedBeforeMs: timer.elapsedBeforeMs + Math.max(0, now - timer.runningSince) },
      });
    case 'timer-add': {
      // Taking time away stops at zero left; it never makes the countdown negative.
      const durationMs = Math.max(timer.durationMs - timeLeftMs(timer, now), timer.durationMs + command.ms);
      return changed({ timer: { ...timer, durationMs } });
    }
    case 'lock':
      return changed({ locked: command.locked });
    case 'follow-me':
      return changed({ followMe: { on: command.on, viewport: command.viewport ?? state.followMe.viewport } });
    case 'viewport':
      return changed({ followMe: { ...state.followMe, viewport: command.viewport } });
    case 'spotlight':
      return changed({ spotlight: command.target });
    case 'private-mode':
      return changed({ privateMode: command.on });
    case 'reveal':
      return changed({ reveals: state.reveals + 1 }, [{ type: 'reveal' }]);
    case 'overlay':
      return changed({ overlayMode: command.mode });
  }

  function goTo(index: number): ControlResult {
    const stepIndex = Math.min(Math.max(index, 0), script.steps.length - 1);
    if (stepIndex === state.stepIndex) return { state, effects: [] };
    const step = script.steps[stepIndex]!;
    // Leaving a private step reveals what was written in it, so no idea is stranded.
    const leavingPrivate = state.privateMode && !step.privateIdeas;
    return changed(
      {
        stepIndex,
        reachedStepIndex: Math.max(state.reachedStepIndex, stepIndex),
        stepStartedAt: now,
        timer: { durationMs: step.minutes * 60_000, runningSince: now, elapsedBeforeMs: 0 },
        spotlight: null,
        privateMode: step.privateIdeas,
        overlayMode: step.overlayMode,
        reveals: leavingPrivate ? state.reveals + 1 : state.reveals,
      },
      [
        { type: 'snapshot', name: `Step ${stepIndex + 1}: ${step.title}` },
        ...(leavingPrivate ? [{ type: 'reveal' } as const] : []),
      ],
    );
  }
}
