import fc from 'fast-check';
import { OVERLAY_MODE_IDS } from '../../../shared/script/overlayModes';
import type { ControlCommand } from '../../../shared/workshop/controlCommands';
import type { Viewport } from '../../../shared/workshop/controlState';
import { MAX_TIMER_MS } from '../../../shared/workshop/stepTimer';

/** A double that survives JSON: no -0 (it comes back as 0, and toEqual tells them apart). */
const jsonDouble = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((n) => n + 0);

export const viewportArb: fc.Arbitrary<Viewport> = fc.record(
  {
    x: jsonDouble(-1e6, 1e6),
    y: jsonDouble(-1e6, 1e6),
    zoom: jsonDouble(0.05, 4),
    width: fc.integer({ min: 1, max: 4_000 }),
    height: fc.integer({ min: 1, max: 3_000 }),
  },
  { requiredKeys: ['x', 'y', 'zoom'] },
);

/** Any command a facilitator's client may send, every kind equally likely. */
export const commandArb: fc.Arbitrary<ControlCommand> = fc.oneof(
  fc.constant<ControlCommand>({ type: 'next' }),
  fc.constant<ControlCommand>({ type: 'previous' }),
  fc.nat(12).map((stepIndex): ControlCommand => ({ type: 'jump', stepIndex })),
  fc.constant<ControlCommand>({ type: 'timer-start' }),
  fc.constant<ControlCommand>({ type: 'timer-pause' }),
  fc.integer({ min: -MAX_TIMER_MS, max: MAX_TIMER_MS }).map((ms): ControlCommand => ({ type: 'timer-add', ms })),
  fc.integer({ min: 0, max: MAX_TIMER_MS }).map((ms): ControlCommand => ({ type: 'timer-set', ms })),
  fc.boolean().map((locked): ControlCommand => ({ type: 'lock', locked })),
  fc
    .record({ on: fc.boolean(), viewport: viewportArb, clientId: fc.nat() }, { requiredKeys: ['on'] })
    .map((fields): ControlCommand => ({ type: 'follow-me', ...fields })),
  viewportArb.map((viewport): ControlCommand => ({ type: 'viewport', ...viewport })),
  fc
    .option(fc.record({ kind: fc.constantFrom('note' as const, 'team' as const), id: fc.constantFrom('n1', 'n2', 't1') }))
    .map((target): ControlCommand => ({ type: 'spotlight', target })),
  fc.boolean().map((on): ControlCommand => ({ type: 'private-mode', on })),
  fc.constant<ControlCommand>({ type: 'reveal' }),
  fc.constantFrom(...OVERLAY_MODE_IDS).map((mode): ControlCommand => ({ type: 'overlay', mode })),
);

/** Commands with the server milliseconds elapsed before each, up to a quarter of an hour. */
export const timedCommandsArb = fc.array(fc.tuple(commandArb, fc.nat(15 * 60_000)), { maxLength: 60 });
