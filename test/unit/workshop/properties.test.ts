import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localizationWorkshop } from '../../../shared/script/localizationWorkshop';
import { applyControl } from '../../../shared/workshop/applyControl';
import type { ControlCommand } from '../../../shared/workshop/controlCommands';
import { initialControlState, timeLeftMs, type ControlState } from '../../../shared/workshop/controlState';
import { controlStateSchema } from '../../../shared/workshop/controlStateSchema';
import { MAX_TIMER_MS } from '../../../shared/workshop/stepTimer';
import { timedCommandsArb } from './arbitraries';

const script = localizationWorkshop;
const T0 = 1_700_000_000_000;

/** The state after running the commands, each after its delay, and the server time then. */
function replay(commands: readonly (readonly [ControlCommand, number])[]): { state: ControlState; now: number } {
  let state = initialControlState(T0);
  let now = T0;
  for (const [command, delay] of commands) {
    now += delay;
    state = applyControl(state, command, now, script).state;
  }
  return { state, now };
}

describe('any sequence of valid commands', () => {
  it('keeps the step in the script, time left between zero and the cap, and the version rising by one per change', () => {
    fc.assert(
      fc.property(timedCommandsArb, (commands) => {
        let state = initialControlState(T0);
        let now = T0;
        for (const [command, delay] of commands) {
          now += delay;
          const { state: next, effects } = applyControl(state, command, now, script);
          if (next === state) {
            expect(effects).toEqual([]);
          } else {
            expect(next.version).toBe(state.version + 1);
          }
          expect(effects.some((e) => e.type === 'snapshot')).toBe(next.stepIndex !== state.stepIndex);
          expect(effects.some((e) => e.type === 'reveal')).toBe(command.type === 'reveal');
          state = next;
          expect(state.stepIndex).toBeGreaterThanOrEqual(0);
          expect(state.stepIndex).toBeLessThan(script.steps.length);
          expect(state.reachedStepIndex).toBeGreaterThanOrEqual(state.stepIndex);
          for (const later of [now, now + 1, now + 10 * 60_000, now + 10 * 60 * 60_000]) {
            const left = timeLeftMs(state, later);
            expect(left).toBeGreaterThanOrEqual(0);
            expect(left).toBeLessThanOrEqual(MAX_TIMER_MS);
          }
          expect(Object.keys(state.parkedSteps)).not.toContain(script.steps[state.stepIndex]!.id);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a state that travels as JSON and passes its own schema', () => {
    fc.assert(
      fc.property(timedCommandsArb, (commands) => {
        const { state } = replay(commands);
        const travelled: unknown = JSON.parse(JSON.stringify(state));
        expect(travelled).toEqual(state);
        expect(controlStateSchema.safeParse(travelled).success).toBe(true);
      }),
    );
  });
});

describe('going back', () => {
  it('restores the time left, private mode and overlay of the step the room left, from any state', () => {
    fc.assert(
      fc.property(timedCommandsArb, fc.nat(8), fc.nat(600_000), fc.nat(600_000), (commands, target, away, back) => {
        const { state, now } = replay(commands);
        fc.pre(target !== state.stepIndex);
        const leftAt = now;
        const gone = applyControl(state, { type: 'jump', stepIndex: target }, leftAt + away, script).state;
        const returned = applyControl(gone, { type: 'jump', stepIndex: state.stepIndex }, leftAt + away + back, script).state;
        expect(returned.stepIndex).toBe(state.stepIndex);
        expect(timeLeftMs(returned, leftAt + away + back)).toBe(timeLeftMs(state, leftAt + away));
        expect(returned.timer.runningSince !== null).toBe(state.timer.runningSince !== null);
        expect(returned.privateMode).toBe(state.privateMode);
        expect(returned.overlayMode).toBe(state.overlayMode);
      }),
    );
  });
});
