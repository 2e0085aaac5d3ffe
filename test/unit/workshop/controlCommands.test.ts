import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/protocol/roles';
import { canControl } from '../../../shared/workshop/canControl';
import { parseControlCommand } from '../../../shared/workshop/controlCommands';
import { commandArb } from './arbitraries';

describe('parseControlCommand', () => {
  it('accepts every command a facilitator client sends, unchanged', () => {
    fc.assert(
      fc.property(commandArb, (command) => {
        expect(parseControlCommand(JSON.parse(JSON.stringify(command)))).toEqual({ ok: true, command });
      }),
    );
  });

  it('drops fields it does not know rather than passing them on', () => {
    expect(parseControlCommand({ type: 'lock', locked: true, admin: true })).toEqual({ ok: true, command: { type: 'lock', locked: true } });
  });

  it.each([
    [null, /^invalid control command: .*expected object, received null/],
    ['next', /^invalid control command: .*expected object, received string/],
    [{}, /^invalid control command: type: .*'next'/],
    [{ type: 'dance' }, /^unknown control command "dance": type: .*'reveal'/],
    [{ type: 'jump' }, /invalid jump command: stepIndex: .*expected number/],
    [{ type: 'jump', stepIndex: -1 }, /invalid jump command: stepIndex: Too small/],
    [{ type: 'jump', stepIndex: 1.5 }, /invalid jump command: stepIndex: .*int/i],
    [{ type: 'timer-add', ms: '60000' }, /invalid timer-add command: ms: .*expected number, received string/],
    [{ type: 'timer-add', ms: 5 * 60 * 60_000 }, /invalid timer-add command: ms: Too big/],
    [{ type: 'timer-set', ms: -1 }, /invalid timer-set command: ms: Too small/],
    [{ type: 'lock', locked: 'yes' }, /invalid lock command: locked: .*expected boolean/],
    [{ type: 'follow-me', on: true, viewport: { x: 0, y: 0, zoom: 0 } }, /invalid follow-me command: viewport.zoom: Too small/],
    [{ type: 'viewport', x: 1, y: Number.POSITIVE_INFINITY, zoom: 1 }, /invalid viewport command: y: /],
    [{ type: 'spotlight', target: { kind: 'frame', id: 'x' } }, /invalid spotlight command: target.kind: /],
    [{ type: 'spotlight', target: { kind: 'note', id: '' } }, /invalid spotlight command: target.id: Too small/],
    [{ type: 'spotlight' }, /invalid spotlight command: target: /],
    [{ type: 'overlay', mode: 'sparkles' }, /invalid overlay command: mode: .*"kr-quality"/],
  ])('refuses %j with a reason naming what is wrong', (input, reason) => {
    const parsed = parseControlCommand(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(reason);
  });
});

describe('canControl', () => {
  it('lets only the facilitator change the workshop', () => {
    expect(ROLES.filter(canControl)).toEqual(['facilitator']);
  });
});
