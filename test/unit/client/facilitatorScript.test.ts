import { describe, expect, it } from 'vitest';
import { canEditBoard } from '../../../client/facilitator/editRights';
import { EMPTY_CONTROL, receiveControlMessage } from '../../../client/sync/controlChannel';
import { jumpNeedsConfirm, stepRows, undoCommand } from '../../../client/facilitator/stepProgress';
import { followRoleOf } from '../../../client/facilitator/useFollowViewport';
import { presenterPath, presenterPathFromLink } from '../../../client/presenter/presenterPath';
import { matchRoute } from '../../../client/router';
import { localizationWorkshop } from '../../../shared/script/localizationWorkshop';
import { initialControlState, type ControlState } from '../../../shared/workshop/controlState';

describe('stepRows', () => {
  it('marks the steps before the current one done and the rest upcoming', () => {
    const rows = stepRows(localizationWorkshop, 3, 3);
    expect(rows.map((row) => row.status)).toEqual(['done', 'done', 'done', 'current', ...Array(5).fill('upcoming')]);
    expect(rows[3]!.step.title).toBe(localizationWorkshop.steps[3]!.title);
  });

  it('remembers which upcoming steps the room already went through before coming back', () => {
    const rows = stepRows(localizationWorkshop, 1, 4);
    expect(rows.filter((row) => row.visited).map((row) => row.index)).toEqual([2, 3, 4]);
  });
});

describe('jumpNeedsConfirm', () => {
  it('asks before going back past the current step, never before going forward', () => {
    expect(jumpNeedsConfirm(4, 2)).toBe(true);
    expect(jumpNeedsConfirm(4, 3)).toBe(true);
    expect(jumpNeedsConfirm(4, 5)).toBe(false);
    expect(jumpNeedsConfirm(4, 8)).toBe(false);
  });
});

describe('undoCommand', () => {
  it('undoes a Next with Previous, and a jump forward with a jump back', () => {
    expect(undoCommand({ from: 2, to: 3 })).toEqual({ type: 'previous' });
    expect(undoCommand({ from: 2, to: 6 })).toEqual({ type: 'jump', stepIndex: 2 });
  });
});

describe('canEditBoard', () => {
  it('keeps participants out while locked, and never lets a viewer edit', () => {
    expect(canEditBoard('participant', false)).toBe(true);
    expect(canEditBoard('participant', true)).toBe(false);
    expect(canEditBoard('facilitator', true)).toBe(true);
    expect(canEditBoard('viewer', false)).toBe(false);
  });
});

describe('followRoleOf', () => {
  const following = (patch: Partial<ControlState['followMe']>): ControlState => ({
    ...initialControlState(0),
    followMe: { on: true, facilitatorViewport: { x: 1, y: 2, zoom: 1 }, facilitatorClientId: 7, ...patch },
  });

  it('lets nobody lead or follow while follow-me is off', () => {
    expect(followRoleOf(initialControlState(0), 'facilitator', 7, false, false)).toEqual({ leading: false, following: false });
  });

  it('makes the facilitator who turned it on lead, and a second facilitator tab follow', () => {
    expect(followRoleOf(following({}), 'facilitator', 7, false, false)).toEqual({ leading: true, following: false });
    expect(followRoleOf(following({}), 'facilitator', 8, false, false)).toEqual({ leading: false, following: true });
  });

  it('lets a participant step out, but never the presenter view', () => {
    expect(followRoleOf(following({}), 'participant', 3, false, true)).toEqual({ leading: false, following: false });
    expect(followRoleOf(following({}), 'participant', 3, false, false).following).toBe(true);
    expect(followRoleOf(following({}), 'facilitator', 7, true, true)).toEqual({ leading: false, following: true });
  });
});

describe('presenter links', () => {
  it('opens the presenter view of a board with the key of any link', () => {
    expect(presenterPath('b1', 'k v')).toBe('/b/b1/present?key=k%20v');
    expect(presenterPathFromLink('/b/b1?key=view%2B1')).toBe('/b/b1/present?key=view%2B1');
    expect(presenterPathFromLink('https://okr.example.com/b/b1?key=v')).toBe('/b/b1/present?key=v');
    expect(presenterPathFromLink('/b/b1')).toBeNull();
  });

  it('routes the presenter path to the presenter page', () => {
    expect(matchRoute('/b/b1/present', '?key=view%2B1')).toEqual({ page: 'present', id: 'b1', key: 'view+1' });
    expect(matchRoute(new URL(presenterPath('b 1', 'k'), 'http://x').pathname, '?key=k')).toEqual({ page: 'present', id: 'b 1', key: 'k' });
  });
});

describe('the follow-me viewport broadcast', () => {
  const greeted = receiveControlMessage(
    EMPTY_CONTROL,
    { type: 'control-state', state: { ...initialControlState(0), version: 4, followMe: { on: true, facilitatorViewport: null, facilitatorClientId: 7 } }, serverNow: 0 },
    0,
  );

  it("moves the leader's viewport in the state a client holds", () => {
    const moved = receiveControlMessage(greeted, { type: 'control-viewport', version: 5, viewport: { x: 10, y: -20, zoom: 0.8 } }, 0);
    expect(moved.state?.followMe.facilitatorViewport).toEqual({ x: 10, y: -20, zoom: 0.8 });
    expect(moved.state?.version).toBe(5);
  });

  it('drops an older or malformed one', () => {
    expect(receiveControlMessage(greeted, { type: 'control-viewport', version: 3, viewport: { x: 1, y: 1, zoom: 1 } }, 0)).toBe(greeted);
    expect(receiveControlMessage(greeted, { type: 'control-viewport', version: 6, viewport: { x: 1, zoom: 1 } }, 0)).toBe(greeted);
  });
});
