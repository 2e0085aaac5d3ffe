import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { ControlCommand } from '../workshop/controlCommands';
import type { ControlState } from '../workshop/controlState';
import { MESSAGE_TYPES } from './messageTypes';

/** Workshop control messages, carried on the board's websocket beside sync and awareness. */
export type ControlMessage =
  | { type: 'control-state'; state: ControlState; serverNow: number }
  | { type: 'control-command'; command: ControlCommand; requestId?: string }
  | { type: 'control-refused'; reason: string; requestId?: string };

/** Clock samples for countdowns that agree across skewed clocks. */
export type ClockMessage = { type: 'ping'; t0: number } | { type: 'pong'; t0: number; t1: number; t2: number };

export function encodeControl(message: ControlMessage): Uint8Array {
  return encodeJson(MESSAGE_TYPES.control, message);
}

export function encodeClock(message: ClockMessage): Uint8Array {
  return encodeJson(MESSAGE_TYPES.clock, message);
}

function encodeJson(type: number, message: object): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarString(encoder, JSON.stringify(message));
  return encoding.toUint8Array(encoder);
}

/**
 * Reads the JSON body of a control or clock message whose type varint was already read.
 * Never throws: garbage gives undefined, and the caller decides what that costs.
 */
export function readJsonBody(decoder: decoding.Decoder): { type: string; [key: string]: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(decoding.readVarString(decoder));
    return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
      ? (value as { type: string })
      : undefined;
  } catch {
    return undefined;
  }
}
