import { describe, expect, it } from 'vitest';
import { localizationWorkshop } from '../../../shared/script/localizationWorkshop';
import { applyControl } from '../../../shared/workshop/applyControl';
import { initialControlState } from '../../../shared/workshop/controlState';
import { restoreControlState } from '../../../shared/workshop/controlStateSchema';

const T0 = 1_000_000;
const LATER = T0 + 3_600_000;

describe('restoreControlState', () => {
  it('keeps a stored state that parses whole, running countdown and all', () => {
    let state = initialControlState(T0);
    state = applyControl(state, { type: 'jump', stepIndex: 4 }, T0, localizationWorkshop).state;
    state = applyControl(state, { type: 'lock', locked: true }, T0, localizationWorkshop).state;
    expect(restoreControlState(JSON.parse(JSON.stringify(state)), LATER)).toEqual(state);
  });

  it('puts the room back on its step, locked as it was, when the stored state has an older shape', () => {
    // The shape stored before the countdown kept its time left: elapsed time, `reveals`, followMe.viewport.
    const older = {
      scriptId: 'localization',
      stepIndex: 3,
      reachedStepIndex: 5,
      stepStartedAt: T0,
      timer: { durationMs: 900_000, runningSince: T0, elapsedBeforeMs: 0 },
      locked: true,
      followMe: { on: false, viewport: null },
      spotlight: null,
      privateMode: false,
      reveals: 1,
      overlayMode: 'alignment',
      version: 12,
    };
    const restored = restoreControlState(older, LATER);
    expect(restored).toMatchObject({ stepIndex: 3, reachedStepIndex: 5, locked: true, overlayMode: 'alignment', version: 13 });
    expect(restored.timer).toEqual({ durationMs: 20 * 60_000, remainingMs: 20 * 60_000, runningSince: null });
  });

  it('starts from the first step of the default script for garbage, with a version clients accept', () => {
    for (const stored of [null, 'step 3', 42, [], { stepIndex: 'three', version: -4 }]) {
      const restored = restoreControlState(stored, LATER);
      expect(restored).toEqual(initialControlState(LATER));
    }
  });

  it('clamps a step past the end of the script, and drops the step of a retired script', () => {
    expect(restoreControlState({ scriptId: 'localization', stepIndex: 30, version: 3 }, LATER)).toMatchObject({ stepIndex: 8, version: 4 });
    const retired = restoreControlState({ ...initialControlState(T0), scriptId: 'okr-retro', stepIndex: 2 }, LATER);
    expect(retired).toMatchObject({ scriptId: 'localization', stepIndex: 0, reachedStepIndex: 0, version: 2 });
  });
});
