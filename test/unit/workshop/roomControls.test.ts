import { describe, expect, it } from 'vitest';
import { localizationWorkshop } from '../../../shared/script/localizationWorkshop';
import { applyControl, type ControlResult } from '../../../shared/workshop/applyControl';
import type { ControlCommand } from '../../../shared/workshop/controlCommands';
import { initialControlState, type ControlState } from '../../../shared/workshop/controlState';

const T0 = 2_000_000;

function at(state: ControlState, command: ControlCommand, now = T0): ControlResult {
  return applyControl(state, command, now, localizationWorkshop);
}

const start = initialControlState(T0);

describe('lock', () => {
  it('locks and unlocks the board, and changes nothing when asked for the lock it has', () => {
    const locked = at(start, { type: 'lock', locked: true }).state;
    expect(locked).toMatchObject({ locked: true, version: 2 });
    expect(at(locked, { type: 'lock', locked: true }).state).toBe(locked);
    expect(at(locked, { type: 'lock', locked: false }).state).toMatchObject({ locked: false, version: 3 });
  });
});

describe('follow-me', () => {
  const following = at(start, { type: 'follow-me', on: true, viewport: { x: 10, y: 20, zoom: 1.5 }, clientId: 42 }).state;

  it('leads participants to the facilitator\'s viewport, naming who leads', () => {
    expect(following.followMe).toEqual({ on: true, facilitatorViewport: { x: 10, y: 20, zoom: 1.5 }, facilitatorClientId: 42 });
  });

  it('moves the viewport participants follow as the facilitator pans and zooms', () => {
    const moved = at(following, { type: 'viewport', x: -300, y: 40, zoom: 0.75 });
    expect(moved.state.followMe.facilitatorViewport).toEqual({ x: -300, y: 40, zoom: 0.75 });
    expect(moved.state.version).toBe(following.version + 1);
    expect(moved.effects).toEqual([]);
  });

  it("keeps the leader's canvas size with the viewport, and a resize alone moves followers too", () => {
    const sized = at(following, { type: 'viewport', x: 10, y: 20, zoom: 1.5, width: 1400, height: 800 });
    expect(sized.state.followMe.facilitatorViewport).toEqual({ x: 10, y: 20, zoom: 1.5, width: 1400, height: 800 });
    expect(at(sized.state, { type: 'viewport', x: 10, y: 20, zoom: 1.5, width: 1400, height: 800 }).state).toBe(sized.state);
    expect(at(sized.state, { type: 'viewport', x: 10, y: 20, zoom: 1.5, width: 1200, height: 800 }).state).not.toBe(sized.state);
  });

  it('ignores a viewport that did not move, and any viewport while nobody follows', () => {
    expect(at(following, { type: 'viewport', x: 10, y: 20, zoom: 1.5 }).state).toBe(following);
    expect(at(start, { type: 'viewport', x: 1, y: 2, zoom: 1 }).state).toBe(start);
  });

  it('lets participants go when turned off', () => {
    expect(at(following, { type: 'follow-me', on: false }).state.followMe).toEqual({
      on: false,
      facilitatorViewport: null,
      facilitatorClientId: null,
    });
  });
});

describe('spotlight', () => {
  it('spotlights a team or a note, and clears', () => {
    const team = at(start, { type: 'spotlight', target: { kind: 'team', id: 't1' } }).state;
    expect(team.spotlight).toEqual({ kind: 'team', id: 't1' });
    const note = at(team, { type: 'spotlight', target: { kind: 'note', id: 'n9' } }).state;
    expect(note.spotlight).toEqual({ kind: 'note', id: 'n9' });
    expect(at(note, { type: 'spotlight', target: { kind: 'note', id: 'n9' } }).state).toBe(note);
    expect(at(note, { type: 'spotlight', target: null }).state.spotlight).toBeNull();
  });
});

describe('private ideas and reveal', () => {
  it('turns private mode on and off without revealing', () => {
    const on = at(start, { type: 'private-mode', on: true });
    expect(on.state.privateMode).toBe(true);
    const off = at(on.state, { type: 'private-mode', on: false });
    expect(off.state).toMatchObject({ privateMode: false, revealCount: 0 });
    expect(off.effects).toEqual([]);
  });

  it('reveals every private idea at once, ends the private round and stamps when', () => {
    const brainstorm = at(start, { type: 'jump', stepIndex: 2 }).state;
    const { state, effects } = at(brainstorm, { type: 'reveal' }, T0 + 600_000);
    expect(state).toMatchObject({ privateMode: false, revealCount: 1, revealedAt: T0 + 600_000 });
    expect(effects).toEqual([{ type: 'reveal' }]);
  });

  it('reveals again when asked again: ideas written after the first reveal are not stranded', () => {
    const once = at(start, { type: 'reveal' }).state;
    const twice = at(once, { type: 'reveal' }, T0 + 1);
    expect(twice.state.revealCount).toBe(2);
    expect(twice.effects).toEqual([{ type: 'reveal' }]);
  });
});

describe('overlay', () => {
  it('switches the room to another overlay mode', () => {
    const silos = at(start, { type: 'overlay', mode: 'silos' }).state;
    expect(silos.overlayMode).toBe('silos');
    expect(at(silos, { type: 'overlay', mode: 'silos' }).state).toBe(silos);
  });
});
