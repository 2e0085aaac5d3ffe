import { describe, expect, it } from 'vitest';
import { localizationWorkshop } from '../../../shared/script/localizationWorkshop';
import { applyControl } from '../../../shared/workshop/applyControl';
import type { ControlCommand } from '../../../shared/workshop/controlCommands';
import { initialControlState, timeLeftMs, type ControlState } from '../../../shared/workshop/controlState';

const script = localizationWorkshop;
const T0 = 1_700_000_000_000;
const MIN = 60_000;
const stepIndexOf = (id: string) => script.steps.findIndex((s) => s.id === id);

/** Applies commands one after another, each at its own server time. */
function run(state: ControlState, ...commands: [ControlCommand, number][]): ControlState {
  return commands.reduce((s, [command, now]) => applyControl(s, command, now, script).state, state);
}

describe('step changes', () => {
  it('starts the workshop on the first step with its countdown set and not yet running', () => {
    const state = initialControlState(T0);
    expect(state).toMatchObject({ scriptId: 'localization', stepIndex: 0, reachedStepIndex: 0, version: 1, locked: false });
    expect(state.timer).toEqual({ durationMs: script.steps[0]!.minutes * MIN, remainingMs: script.steps[0]!.minutes * MIN, runningSince: null });
  });

  it('moves the room to the next step with its countdown running and its overlay, and asks for a snapshot', () => {
    const { state, effects } = applyControl(run(initialControlState(T0), [{ type: 'jump', stepIndex: 3 }, T0]), { type: 'next' }, T0 + 5, script);
    expect(state).toMatchObject({ stepIndex: 4, reachedStepIndex: 4, stepStartedAt: T0 + 5, overlayMode: 'kr-quality' });
    expect(state.timer).toEqual({ durationMs: 20 * MIN, remainingMs: 20 * MIN, runningSince: T0 + 5 });
    expect(effects).toEqual([{ type: 'snapshot', name: 'Step 5: Key results' }]);
  });

  it('names the snapshot of a jump after the step it lands on', () => {
    const { effects } = applyControl(initialControlState(T0), { type: 'jump', stepIndex: 6 }, T0, script);
    expect(effects).toEqual([{ type: 'snapshot', name: 'Step 7: Cross-functional check' }]);
  });

  it('clamps next at the last step and previous at the first, changing nothing there', () => {
    const first = initialControlState(T0);
    expect(applyControl(first, { type: 'previous' }, T0, script)).toEqual({ state: first, effects: [] });
    expect(applyControl(first, { type: 'previous' }, T0, script).state).toBe(first);
    const last = run(first, [{ type: 'jump', stepIndex: 8 }, T0]);
    const again = applyControl(last, { type: 'next' }, T0 + 1, script);
    expect(again.state).toBe(last);
    expect(again.effects).toEqual([]);
  });

  it('lands on the last step when a jump goes past the end', () => {
    expect(run(initialControlState(T0), [{ type: 'jump', stepIndex: 40 }, T0]).stepIndex).toBe(script.steps.length - 1);
  });

  it('changes nothing when jumping to the current step', () => {
    const state = run(initialControlState(T0), [{ type: 'jump', stepIndex: 2 }, T0]);
    expect(applyControl(state, { type: 'jump', stepIndex: 2 }, T0 + MIN, script).state).toBe(state);
  });

  it('remembers the furthest step reached when the room goes back', () => {
    const state = run(initialControlState(T0), [{ type: 'jump', stepIndex: 5 }, T0], [{ type: 'previous' }, T0 + 1], [{ type: 'jump', stepIndex: 1 }, T0 + 2]);
    expect(state).toMatchObject({ stepIndex: 1, reachedStepIndex: 5 });
  });

  it('clears the spotlight but keeps the lock and follow-me across a step change', () => {
    const before = run(
      initialControlState(T0),
      [{ type: 'lock', locked: true }, T0],
      [{ type: 'follow-me', on: true, viewport: { x: 1, y: 2, zoom: 1 }, clientId: 7 }, T0],
      [{ type: 'spotlight', target: { kind: 'note', id: 'n1' } }, T0],
    );
    const after = run(before, [{ type: 'next' }, T0 + 1]);
    expect(after.spotlight).toBeNull();
    expect(after.locked).toBe(true);
    expect(after.followMe).toEqual(before.followMe);
  });

  it('turns private ideas on entering Support and off on leaving it, without revealing anything', () => {
    const support = applyControl(initialControlState(T0), { type: 'jump', stepIndex: stepIndexOf('support') }, T0, script);
    expect(support.state.privateMode).toBe(true);
    const localize = applyControl(support.state, { type: 'next' }, T0 + 10 * MIN, script);
    expect(localize.state.privateMode).toBe(false);
    expect(localize.state.revealCount).toBe(0);
    expect(localize.effects).toEqual([{ type: 'snapshot', name: 'Step 4: Localize' }]);
  });
});

describe('going back', () => {
  it('finds the step as it was left, so a next by accident followed by previous costs nothing', () => {
    const localize = stepIndexOf('localize');
    const working = run(initialControlState(T0), [{ type: 'jump', stepIndex: localize }, T0]);
    // Eight minutes into Localize, the facilitator hits next by accident and comes back 40 s later.
    const left = timeLeftMs(working, T0 + 8 * MIN);
    const back = run(working, [{ type: 'next' }, T0 + 8 * MIN], [{ type: 'previous' }, T0 + 8 * MIN + 40_000]);
    expect(back.stepIndex).toBe(localize);
    expect(timeLeftMs(back, T0 + 8 * MIN + 40_000)).toBe(left);
    expect(timeLeftMs(back, T0 + 9 * MIN + 40_000)).toBe(left - MIN);
  });

  it('keeps a paused countdown paused when the room comes back to it', () => {
    const paused = run(initialControlState(T0), [{ type: 'jump', stepIndex: 3 }, T0], [{ type: 'timer-pause' }, T0 + 3 * MIN]);
    const back = run(paused, [{ type: 'jump', stepIndex: 7 }, T0 + 4 * MIN], [{ type: 'jump', stepIndex: 3 }, T0 + 30 * MIN]);
    expect(back.timer).toEqual({ durationMs: 20 * MIN, remainingMs: 17 * MIN, runningSince: null });
  });

  it('keeps a revealed brainstorm revealed and a chosen overlay chosen when the room comes back', () => {
    const support = stepIndexOf('support');
    const revealed = run(
      initialControlState(T0),
      [{ type: 'jump', stepIndex: support }, T0],
      [{ type: 'reveal' }, T0 + 9 * MIN],
      [{ type: 'overlay', mode: 'silos' }, T0 + 9 * MIN],
    );
    const back = run(revealed, [{ type: 'next' }, T0 + 10 * MIN], [{ type: 'previous' }, T0 + 11 * MIN]);
    expect(back).toMatchObject({ stepIndex: support, privateMode: false, overlayMode: 'silos', revealCount: 1 });
  });

  it('starts a step entered for the first time at its full time box, even after others were left', () => {
    const state = run(initialControlState(T0), [{ type: 'next' }, T0], [{ type: 'jump', stepIndex: 6 }, T0 + 7 * MIN]);
    expect(state.timer).toEqual({ durationMs: 10 * MIN, remainingMs: 10 * MIN, runningSince: T0 + 7 * MIN });
    expect(Object.keys(state.parkedSteps).sort()).toEqual(['strategic-intent', 'welcome']);
  });

  it('changes only the step, its own settings and the parking, nothing else the room set up', () => {
    const before = run(
      initialControlState(T0),
      [{ type: 'jump', stepIndex: stepIndexOf('support') }, T0],
      [{ type: 'lock', locked: true }, T0 + 1],
      [{ type: 'spotlight', target: { kind: 'team', id: 't1' } }, T0 + 2],
    );
    const { state } = applyControl(before, { type: 'next' }, T0 + MIN, script);
    const changed = (Object.keys(state) as (keyof ControlState)[]).filter(
      (key) => JSON.stringify(state[key]) !== JSON.stringify(before[key]),
    );
    expect(changed.sort()).toEqual(
      ['overlayMode', 'parkedSteps', 'privateMode', 'reachedStepIndex', 'spotlight', 'stepIndex', 'stepStartedAt', 'timer', 'version'].sort(),
    );
  });
});
