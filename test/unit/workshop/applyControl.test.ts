import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localizationWorkshop } from '../../../shared/script/localizationWorkshop';
import { SCRIPTS, scriptById } from '../../../shared/script/scripts';
import { OVERLAY_MODES } from '../../../shared/script/types';
import { applyControl } from '../../../shared/workshop/applyControl';
import { estimateClockOffset } from '../../../shared/workshop/clock';
import { parseControlCommand, type ControlCommand } from '../../../shared/workshop/controlCommands';
import { initialControlState, timeLeftMs, type ControlState } from '../../../shared/workshop/controlState';

const script = localizationWorkshop;
const T0 = 1_000_000;
const run = (state: ControlState, command: ControlCommand, now = T0) => applyControl(state, command, now, script);

describe('the localization workshop script', () => {
  it('has the nine steps of the method in order, each fully written', () => {
    expect(script.steps.map((s) => s.title)).toEqual([
      'Welcome', 'Strategic intent', 'Support', 'Localize', 'Key results', 'Copy down',
      'Cross-functional check', 'Focus check', 'Wrap-up',
    ]);
    for (const step of script.steps) {
      expect(step.goal.length).toBeGreaterThan(20);
      expect(step.participantPrompt.length).toBeGreaterThan(20);
      expect(step.facilitatorNotes.length).toBeGreaterThan(0);
      expect(step.minutes).toBeGreaterThan(0);
      expect(OVERLAY_MODES).toContain(step.overlayMode);
    }
    expect(script.steps.find((s) => s.id === 'support')).toMatchObject({ privateIdeas: true, invitedKinds: ['idea'] });
    expect(script.steps.find((s) => s.id === 'focus')?.overlayMode).toBe('ballooning');
    expect(scriptById('unknown')).toBe(SCRIPTS.localization);
  });
});

describe('applyControl', () => {
  it('moves to the next step with its countdown running, its overlay, and a snapshot effect', () => {
    const { state, effects } = run(initialControlState(T0), { type: 'next' }, T0 + 5);
    expect(state).toMatchObject({ stepIndex: 1, reachedStepIndex: 1, stepStartedAt: T0 + 5, version: 2 });
    expect(state.timer).toEqual({ durationMs: 10 * 60_000, runningSince: T0 + 5, elapsedBeforeMs: 0 });
    expect(effects).toEqual([{ type: 'snapshot', name: 'Step 2: Strategic intent' }]);
  });

  it('goes back and jumps without forgetting the furthest step reached, clamped to the script', () => {
    let state = run(initialControlState(T0), { type: 'jump', stepIndex: 5 }).state;
    state = run(state, { type: 'previous' }).state;
    expect(state).toMatchObject({ stepIndex: 4, reachedStepIndex: 5 });
    state = run(state, { type: 'jump', stepIndex: 99 }).state;
    expect(state.stepIndex).toBe(8);
    const unchanged = run(state, { type: 'next' });
    expect(unchanged.state).toBe(state);
    expect(unchanged.effects).toEqual([]);
  });

  it('turns private ideas on in the Support step and reveals them when the room leaves it', () => {
    let state = run(initialControlState(T0), { type: 'jump', stepIndex: 2 }).state;
    expect(state.privateMode).toBe(true);
    const leaving = run(state, { type: 'next' });
    state = leaving.state;
    expect(state).toMatchObject({ privateMode: false, reveals: 1 });
    expect(leaving.effects).toContainEqual({ type: 'reveal' });
  });

  it('pauses, resumes and extends the timer exactly', () => {
    let state = run(initialControlState(T0), { type: 'timer-start' }, T0).state;
    expect(timeLeftMs(state.timer, T0 + 60_000)).toBe(4 * 60_000);
    state = run(state, { type: 'timer-pause' }, T0 + 60_000).state;
    expect(timeLeftMs(state.timer, T0 + 999_000)).toBe(4 * 60_000);
    state = run(state, { type: 'timer-add', ms: 60_000 }, T0 + 100_000).state;
    state = run(state, { type: 'timer-start' }, T0 + 200_000).state;
    expect(timeLeftMs(state.timer, T0 + 230_000)).toBe(5 * 60_000 - 30_000);
    state = run(state, { type: 'timer-add', ms: -60 * 60_000 }, T0 + 230_000).state;
    expect(timeLeftMs(state.timer, T0 + 230_000)).toBe(0);
  });

  it('sets lock, follow-me, viewport, spotlight, private mode, overlay and counts reveals', () => {
    let state = initialControlState(T0);
    const commands: ControlCommand[] = [
      { type: 'lock', locked: true },
      { type: 'follow-me', on: true, viewport: { x: 1, y: 2, zoom: 1 } },
      { type: 'viewport', viewport: { x: 5, y: 6, zoom: 0.5 } },
      { type: 'spotlight', target: { kind: 'team', id: 't1' } },
      { type: 'private-mode', on: true },
      { type: 'overlay', mode: 'silos' },
    ];
    for (const command of commands) state = run(state, command).state;
    expect(state).toMatchObject({
      locked: true,
      followMe: { on: true, viewport: { x: 5, y: 6, zoom: 0.5 } },
      spotlight: { kind: 'team', id: 't1' },
      privateMode: true,
      overlayMode: 'silos',
      version: 7,
    });
    expect(run(state, { type: 'reveal' }).effects).toEqual([{ type: 'reveal' }]);
  });

  it('keeps the step in range, time left never negative and the version rising for any commands', () => {
    const command = fc.oneof(
      fc.constantFrom<ControlCommand>({ type: 'next' }, { type: 'previous' }, { type: 'timer-start' }, { type: 'timer-pause' }, { type: 'reveal' }),
      fc.nat(20).map((stepIndex): ControlCommand => ({ type: 'jump', stepIndex })),
      fc.integer({ min: -3_600_000, max: 3_600_000 }).map((ms): ControlCommand => ({ type: 'timer-add', ms })),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(command, fc.nat(120_000)), { maxLength: 40 }), (steps) => {
        let state = initialControlState(T0);
        let now = T0;
        for (const [cmd, dt] of steps) {
          now += dt;
          const next = run(state, cmd, now).state;
          expect(next === state || next.version === state.version + 1).toBe(true);
          state = next;
          expect(state.stepIndex).toBeGreaterThanOrEqual(0);
          expect(state.stepIndex).toBeLessThan(script.steps.length);
          expect(timeLeftMs(state.timer, now)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('parseControlCommand', () => {
  it('accepts valid commands and names what is wrong with invalid ones', () => {
    expect(parseControlCommand({ type: 'jump', stepIndex: 2 })).toEqual({ ok: true, command: { type: 'jump', stepIndex: 2 } });
    const bad = parseControlCommand({ type: 'jump', stepIndex: -1 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/stepIndex/);
    expect(parseControlCommand({ type: 'dance' }).ok).toBe(false);
    expect(parseControlCommand({ type: 'overlay', mode: 'sparkles' }).ok).toBe(false);
  });
});

describe('clock offset', () => {
  it('lets two clients with skewed clocks agree on the time left', () => {
    const serverNow = 5_000_000;
    const timer = { durationMs: 300_000, runningSince: serverNow - 60_000, elapsedBeforeMs: 0 };
    const views = [-90_000, 45_000].map((skew) => {
      // Client clock = server clock + skew; 20 ms round trip, 4 ms of it server-side.
      const t0 = serverNow + skew - 20;
      const samples = [{ t0, t1: serverNow - 10, t2: serverNow - 6, t3: t0 + 20 }, { t0, t1: serverNow - 2, t2: serverNow, t3: t0 + 80 }];
      const offset = estimateClockOffset(samples);
      return timeLeftMs(timer, serverNow + skew + offset);
    });
    expect(Math.abs(views[0]! - views[1]!)).toBeLessThan(20);
    expect(estimateClockOffset([])).toBe(0);
  });
});
