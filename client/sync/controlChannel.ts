import * as decoding from 'lib0/decoding';
import { newId } from '../../shared/board/ids';
import { applyViewportMessage, encodeClock, encodeControl, readJsonBody } from '../../shared/protocol/control';
import { MESSAGE_TYPES } from '../../shared/protocol/messageTypes';
import { estimateClockOffset, type ClockSample } from '../../shared/workshop/clock';
import type { ControlCommand } from '../../shared/workshop/controlCommands';
import type { ControlState, Viewport } from '../../shared/workshop/controlState';
import type { ExtensionMessages } from './extensionMessages';

/** What the server refused of my last commands (a participant sending a facilitator command). */
export interface ControlRefusal {
  reason: string;
  requestId: string | undefined;
}

/** Everything this client knows about the room's workshop control state. */
export interface ControlSnapshot {
  /** The latest state the server sent, or null before the first one arrives. */
  state: ControlState | null;
  /** Server clock minus local clock (ms): the server's now is `Date.now() + serverOffset`. */
  serverOffset: number;
  lastRefusal: ControlRefusal | null;
  /** The freshest ping/pong round trips, for the offset. */
  samples: readonly ClockSample[];
}

export const EMPTY_CONTROL: ControlSnapshot = { state: null, serverOffset: 0, lastRefusal: null, samples: [] };

/** Pings right after (re)connecting, spaced so one slow round trip does not decide the offset. */
export const CONNECT_PINGS = 4;
export const CONNECT_PING_SPACING_MS = 250;
export const PING_INTERVAL_MS = 30_000;
const KEPT_SAMPLES = 8;

/**
 * Folds one control or clock message from the server into what we know. Pure: `now` is
 * the local time the message arrived. States older than the one we hold are dropped (a
 * broadcast overtaken by the greeting of a reconnect); until a pong arrives, the
 * `serverNow` stamped on a state gives a rough offset.
 */
export function receiveControlMessage(
  snapshot: ControlSnapshot,
  message: { type: string; [key: string]: unknown },
  now: number,
): ControlSnapshot {
  switch (message.type) {
    case 'control-state': {
      const state = message.state as ControlState | undefined;
      if (!state || typeof state.version !== 'number') return snapshot;
      if (snapshot.state && state.version < snapshot.state.version) return snapshot;
      const serverNow = message.serverNow;
      const serverOffset =
        snapshot.samples.length === 0 && typeof serverNow === 'number' ? serverNow - now : snapshot.serverOffset;
      return { ...snapshot, state, serverOffset };
    }
    case 'pong': {
      const { t0, t1, t2 } = message;
      if (typeof t0 !== 'number' || typeof t1 !== 'number' || typeof t2 !== 'number') return snapshot;
      const samples = [...snapshot.samples, { t0, t1, t2, t3: now }].slice(-KEPT_SAMPLES);
      return { ...snapshot, samples, serverOffset: estimateClockOffset(samples) };
    }
    case 'control-refused': {
      const reason = typeof message.reason === 'string' ? message.reason : 'refused';
      const requestId = typeof message.requestId === 'string' ? message.requestId : undefined;
      return { ...snapshot, lastRefusal: { reason, requestId } };
    }
    case 'control-viewport': {
      // Follow-me's high-rate message: only the leader's viewport moved.
      const { version, viewport } = message as { version?: unknown; viewport?: Partial<Viewport> };
      if (!snapshot.state || typeof version !== 'number' || !isViewport(viewport)) return snapshot;
      const state = applyViewportMessage(snapshot.state, { type: 'control-viewport', version, viewport });
      return state === snapshot.state ? snapshot : { ...snapshot, state };
    }
    default:
      return snapshot;
  }
}

export interface ControlChannel {
  getSnapshot(): ControlSnapshot;
  /** Calls `listener` after every change of the snapshot; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Sends a command; returns its request id, or null when the socket is not open. */
  sendCommand(command: ControlCommand): string | null;
  destroy(): void;
}

/**
 * The one listener for workshop control and clock messages of a connection. Created with
 * the connection, before the first sync, because the server greets every socket with the
 * current state exactly once: a panel mounting later would otherwise never hear it.
 */
export function createControlChannel(extensions: ExtensionMessages, clock: () => number = Date.now): ControlChannel {
  let snapshot = EMPTY_CONTROL;
  const listeners = new Set<() => void>();
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const receive = (decoder: decoding.Decoder) => {
    const message = readJsonBody(decoder);
    if (!message) return;
    const next = receiveControlMessage(snapshot, message, clock());
    if (next === snapshot) return;
    snapshot = next;
    for (const listener of listeners) listener();
  };
  const ping = () => extensions.send(encodeClock({ type: 'ping', t0: clock() }));
  const pingBurst = () => {
    for (let i = 0; i < CONNECT_PINGS; i++) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        ping();
      }, i * CONNECT_PING_SPACING_MS);
      timers.add(timer);
    }
  };

  const unsubscribes = [
    extensions.subscribe(MESSAGE_TYPES.control, receive),
    extensions.subscribe(MESSAGE_TYPES.clock, receive),
    extensions.onConnected(pingBurst),
  ];
  const interval = setInterval(ping, PING_INTERVAL_MS);

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sendCommand(command) {
      const requestId = newId();
      return extensions.send(encodeControl({ type: 'control-command', command, requestId })) ? requestId : null;
    },
    destroy() {
      for (const unsubscribe of unsubscribes) unsubscribe();
      for (const timer of timers) clearTimeout(timer);
      clearInterval(interval);
      listeners.clear();
    },
  };
}

function isViewport(value: Partial<Viewport> | undefined): value is Viewport {
  return !!value && [value.x, value.y, value.zoom].every((n) => typeof n === 'number' && Number.isFinite(n));
}
