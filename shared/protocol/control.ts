import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { z } from 'zod';
import { viewportSchema, type ControlCommand } from '../workshop/controlCommands';
import type { ControlState, Viewport } from '../workshop/controlState';
import { controlStateSchema } from '../workshop/controlStateSchema';
import { MESSAGE_TYPES } from './messageTypes';

/**
 * Workshop control messages, carried on the board's websocket beside sync and
 * awareness: the first varint is MESSAGE_TYPES.control or .clock, then one JSON string
 * tagged with `type`.
 */

/** Server to client: the whole state, on connect and after each change. */
export interface ControlStateMessage {
  type: 'control-state';
  state: ControlState;
  serverNow: number;
}

/** Server to client: only the leading facilitator's viewport moved (high-rate while following). */
export interface ControlViewportMessage {
  type: 'control-viewport';
  version: number;
  viewport: Viewport;
}

/** Client to server: a facilitator's command. */
export interface ControlCommandMessage {
  type: 'control-command';
  command: ControlCommand;
  /** Echoed in a refusal, so the sender knows which command failed. */
  requestId?: string;
}

/** Server to the sender only: the command changed nothing, and why. */
export interface ControlRefusedMessage {
  type: 'control-refused';
  reason: string;
  requestId?: string;
}

export type ControlMessage = ControlStateMessage | ControlViewportMessage | ControlCommandMessage | ControlRefusedMessage;

/** Clock samples for countdowns that agree across skewed clocks (see estimateClockOffset). */
export type ClockMessage = { type: 'ping'; t0: number } | { type: 'pong'; t0: number; t1: number; t2: number };

/**
 * A control message as received. A command's envelope is checked here but the command
 * itself is not: parseControlCommand does that, so a bad command is refused with its
 * reason while garbage closes the connection.
 */
export type ReceivedControlMessage =
  | Exclude<ControlMessage, ControlCommandMessage>
  | { type: 'control-command'; command: unknown; requestId?: string };

export type Decoded<M> = { ok: true; message: M } | { ok: false; error: string };

const requestId = z.string().max(64).optional();

const controlMessageSchema: z.ZodType<ReceivedControlMessage> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('control-state'), state: controlStateSchema, serverNow: z.number() }),
  z.object({ type: z.literal('control-viewport'), version: z.number().int().min(1), viewport: viewportSchema }),
  z.object({ type: z.literal('control-command'), command: z.unknown(), requestId }),
  z.object({ type: z.literal('control-refused'), reason: z.string().max(1000), requestId }),
]);

const clockMessageSchema: z.ZodType<ClockMessage> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping'), t0: z.number() }),
  z.object({ type: z.literal('pong'), t0: z.number(), t1: z.number(), t2: z.number() }),
]);

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

/** Reads a control message whose type varint was already read. Never throws. */
export function readControlMessage(decoder: decoding.Decoder): Decoded<ReceivedControlMessage> {
  return readBody(decoder, controlMessageSchema);
}

/** Reads a clock message whose type varint was already read. Never throws. */
export function readClockMessage(decoder: decoding.Decoder): Decoded<ClockMessage> {
  return readBody(decoder, clockMessageSchema);
}

/** Decodes a whole websocket message of the control or clock type. Never throws. */
export function decodeWorkshopMessage(data: Uint8Array): Decoded<ReceivedControlMessage | ClockMessage> {
  const decoder = decoding.createDecoder(data);
  let type: number;
  try {
    type = decoding.readVarUint(decoder);
  } catch {
    return { ok: false, error: 'empty or truncated message' };
  }
  if (type === MESSAGE_TYPES.control) return readControlMessage(decoder);
  if (type === MESSAGE_TYPES.clock) return readClockMessage(decoder);
  return { ok: false, error: `message type ${type} is not a workshop message` };
}

function readBody<M>(decoder: decoding.Decoder, schema: z.ZodType<M>): Decoded<M> {
  let json: unknown;
  try {
    json = JSON.parse(decoding.readVarString(decoder));
  } catch {
    return { ok: false, error: 'not a JSON string' };
  }
  if (decoding.hasContent(decoder)) return { ok: false, error: 'unexpected bytes after the message' };
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}` };
}

/**
 * Reads the JSON body of a control or clock message, checking only that it is an object
 * with a string `type`. Never throws: garbage gives undefined. Prefer readControlMessage
 * and readClockMessage, which check every field.
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

/**
 * What the server broadcasts after a command changed the state: the small viewport
 * message when only the leading facilitator's viewport moved, the whole state otherwise.
 */
export function controlBroadcast(command: ControlCommand, state: ControlState, serverNow: number): ControlStateMessage | ControlViewportMessage {
  const viewport = state.followMe.facilitatorViewport;
  return command.type === 'viewport' && viewport
    ? { type: 'control-viewport', version: state.version, viewport }
    : { type: 'control-state', state, serverNow };
}

/**
 * A client's state after a `control-viewport` message. The server sends one only when
 * nothing else changed, so taking its version keeps the state in step; an older one is dropped.
 */
export function applyViewportMessage(state: ControlState, message: ControlViewportMessage): ControlState {
  if (message.version <= state.version) return state;
  return { ...state, version: message.version, followMe: { ...state.followMe, facilitatorViewport: message.viewport } };
}
