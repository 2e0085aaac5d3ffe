import fc from 'fast-check';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import {
  applyViewportMessage,
  controlBroadcast,
  decodeWorkshopMessage,
  encodeClock,
  encodeControl,
  readJsonBody,
  type ClockMessage,
  type ControlMessage,
} from '../../../shared/protocol/control';
import { MESSAGE_TYPES } from '../../../shared/protocol/messageTypes';
import { localizationWorkshop } from '../../../shared/script/localizationWorkshop';
import { applyControl } from '../../../shared/workshop/applyControl';
import { parseControlCommand } from '../../../shared/workshop/controlCommands';
import { initialControlState, type ControlState } from '../../../shared/workshop/controlState';
import { timedCommandsArb } from './arbitraries';

const state = initialControlState(1_000);

function frame(type: number, body: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarString(encoder, body);
  return encoding.toUint8Array(encoder);
}

describe('workshop message types', () => {
  it('sit after y-websocket\'s own, so a plain y-websocket client ignores them', () => {
    expect(MESSAGE_TYPES.control).toBeGreaterThanOrEqual(10);
    expect(MESSAGE_TYPES.clock).toBeGreaterThanOrEqual(10);
    expect(new Set(Object.values(MESSAGE_TYPES)).size).toBe(Object.keys(MESSAGE_TYPES).length);
  });
});

describe('encoding and decoding', () => {
  const controls: ControlMessage[] = [
    { type: 'control-state', state, serverNow: 1_234 },
    { type: 'control-viewport', version: 9, viewport: { x: -1.5, y: 2, zoom: 0.8 } },
    { type: 'control-command', command: { type: 'jump', stepIndex: 3 }, requestId: 'r1' },
    { type: 'control-command', command: { type: 'next' } },
    { type: 'control-refused', reason: 'only the facilitator can change the workshop', requestId: 'r1' },
  ];
  const clocks: ClockMessage[] = [
    { type: 'ping', t0: 100 },
    { type: 'pong', t0: 100, t1: 5_000, t2: 5_001 },
  ];

  it.each(controls)('carries a $type message through unchanged', (message) => {
    const bytes = encodeControl(message);
    expect(bytes[0]).toBe(MESSAGE_TYPES.control);
    expect(decodeWorkshopMessage(bytes)).toEqual({ ok: true, message });
  });

  it.each(clocks)('carries a $type through unchanged', (message) => {
    const bytes = encodeClock(message);
    expect(bytes[0]).toBe(MESSAGE_TYPES.clock);
    expect(decodeWorkshopMessage(bytes)).toEqual({ ok: true, message });
  });

  it('passes a command with a sound envelope on, so the server can refuse it with a reason', () => {
    const decoded = decodeWorkshopMessage(frame(MESSAGE_TYPES.control, '{"type":"control-command","command":{"type":"jump","stepIndex":-3},"requestId":"bad"}'));
    expect(decoded).toEqual({ ok: true, message: { type: 'control-command', command: { type: 'jump', stepIndex: -3 }, requestId: 'bad' } });
    expect(decoded.ok && decoded.message.type === 'control-command' && parseControlCommand(decoded.message.command).ok).toBe(false);
  });

  it.each([
    ['nothing', new Uint8Array([]), /empty or truncated/],
    ['a truncated type', new Uint8Array([0x80]), /empty or truncated/],
    ['a sync message', new Uint8Array([0, 0, 1, 0]), /type 0 is not a workshop message/],
    ['a truncated string', new Uint8Array([MESSAGE_TYPES.control, 10, 0x7b]), /not a JSON string/],
    ['broken JSON', frame(MESSAGE_TYPES.control, '{{{'), /not a JSON string/],
    ['JSON that is not a message', frame(MESSAGE_TYPES.control, '[1,2]'), /expected object/],
    ['an unknown message', frame(MESSAGE_TYPES.control, '{"type":"control-dance"}'), /type: /],
    ['a clock message on the control type', frame(MESSAGE_TYPES.control, '{"type":"ping","t0":1}'), /type: /],
    ['a state without a version', frame(MESSAGE_TYPES.control, JSON.stringify({ type: 'control-state', state: { ...state, version: undefined }, serverNow: 1 })), /state.version/],
    ['a pong without its times', frame(MESSAGE_TYPES.clock, '{"type":"pong","t0":1}'), /t1: /],
    ['a refusal with a numeric request id', frame(MESSAGE_TYPES.control, '{"type":"control-refused","reason":"x","requestId":7}'), /requestId: /],
    ['bytes after the message', new Uint8Array([...encodeClock({ type: 'ping', t0: 1 }), 0]), /unexpected bytes/],
  ])('refuses %s with an error instead of throwing', (_what, bytes, error) => {
    const decoded = decodeWorkshopMessage(bytes);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toMatch(error);
  });

  it('never throws, whatever the bytes', () => {
    const workshopFramed = fc
      .tuple(fc.constantFrom(MESSAGE_TYPES.control, MESSAGE_TYPES.clock), fc.uint8Array({ maxLength: 64 }))
      .map(([type, rest]) => new Uint8Array([type, ...rest]));
    const jsonFramed = fc
      .tuple(fc.constantFrom(MESSAGE_TYPES.control, MESSAGE_TYPES.clock), fc.json())
      .map(([type, json]) => frame(type, json));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 64 }), workshopFramed, jsonFramed), (bytes) => {
        expect(() => decodeWorkshopMessage(bytes)).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });

  it('still reads the loose JSON body older callers use', () => {
    const decoder = decoding.createDecoder(encodeClock({ type: 'ping', t0: 7 }));
    decoding.readVarUint(decoder);
    expect(readJsonBody(decoder)).toEqual({ type: 'ping', t0: 7 });
  });
});

describe('broadcasts', () => {
  it('send the small viewport message for a facilitator\'s pan, the whole state for anything else', () => {
    const following = applyControl(state, { type: 'follow-me', on: true, viewport: { x: 0, y: 0, zoom: 1 } }, 2_000, localizationWorkshop).state;
    expect(controlBroadcast({ type: 'follow-me', on: true }, following, 2_000)).toEqual({ type: 'control-state', state: following, serverNow: 2_000 });
    const panned = applyControl(following, { type: 'viewport', x: 5, y: 6, zoom: 2 }, 2_100, localizationWorkshop).state;
    expect(controlBroadcast({ type: 'viewport', x: 5, y: 6, zoom: 2 }, panned, 2_100)).toEqual({
      type: 'control-viewport',
      version: panned.version,
      viewport: { x: 5, y: 6, zoom: 2 },
    });
  });

  it('drop a viewport message older than the state a client holds', () => {
    const held: ControlState = { ...state, version: 8 };
    expect(applyViewportMessage(held, { type: 'control-viewport', version: 8, viewport: { x: 1, y: 1, zoom: 1 } })).toBe(held);
  });

  it('keep every client equal to the server, whatever the facilitator does', () => {
    fc.assert(
      fc.property(timedCommandsArb, (commands) => {
        let server = state;
        let client = state;
        let now = 1_000;
        for (const [command, delay] of commands) {
          now += delay;
          const next = applyControl(server, command, now, localizationWorkshop).state;
          if (next === server) continue;
          server = next;
          const decoded = decodeWorkshopMessage(encodeControl(controlBroadcast(command, server, now)));
          if (!decoded.ok) throw new Error(decoded.error);
          const message = decoded.message;
          if (message.type === 'control-state') client = message.state;
          else if (message.type === 'control-viewport') client = applyViewportMessage(client, message);
        }
        expect(client).toEqual(server);
      }),
    );
  });
});
