import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONNECT_PINGS,
  CONNECT_PING_SPACING_MS,
  EMPTY_CONTROL,
  PING_INTERVAL_MS,
  createControlChannel,
  receiveControlMessage,
} from '../../../client/sync/controlChannel';
import type { ExtensionListener, ExtensionMessages } from '../../../client/sync/extensionMessages';
import { encodeClock, encodeControl, readJsonBody } from '../../../shared/protocol/control';
import type { MessageType } from '../../../shared/protocol/messageTypes';
import { initialControlState, type ControlState } from '../../../shared/workshop/controlState';

function stateAt(version: number, patch: Partial<ControlState> = {}): ControlState {
  return { ...initialControlState(0), version, ...patch };
}

describe('receiveControlMessage', () => {
  it('keeps the newest control state and drops one with a lower version', () => {
    const newer = receiveControlMessage(EMPTY_CONTROL, { type: 'control-state', state: stateAt(5), serverNow: 0 }, 0);
    const stale = receiveControlMessage(newer, { type: 'control-state', state: stateAt(4, { locked: true }), serverNow: 0 }, 0);
    expect(stale.state?.version).toBe(5);
    expect(stale.state?.locked).toBe(false);
  });

  it("takes a rough offset from the state's server time until a pong arrives", () => {
    const greeted = receiveControlMessage(EMPTY_CONTROL, { type: 'control-state', state: stateAt(1), serverNow: 10_500 }, 10_000);
    expect(greeted.serverOffset).toBe(500);
    const ponged = receiveControlMessage(greeted, { type: 'pong', t0: 20_000, t1: 21_005, t2: 21_005 }, 20_010);
    expect(ponged.serverOffset).toBe(1000);
    const later = receiveControlMessage(ponged, { type: 'control-state', state: stateAt(2), serverNow: 90_000 }, 30_000);
    expect(later.serverOffset).toBe(1000);
  });

  it('trusts the pong with the shortest round trip', () => {
    let snapshot = receiveControlMessage(EMPTY_CONTROL, { type: 'pong', t0: 0, t1: 1400, t2: 1400 }, 800);
    snapshot = receiveControlMessage(snapshot, { type: 'pong', t0: 1000, t1: 2005, t2: 2005 }, 1010);
    expect(snapshot.serverOffset).toBe(1000);
  });

  it("remembers the server's refusal with its request id", () => {
    const refused = receiveControlMessage(EMPTY_CONTROL, { type: 'control-refused', reason: 'facilitator only', requestId: 'r1' }, 0);
    expect(refused.lastRefusal).toEqual({ reason: 'facilitator only', requestId: 'r1' });
  });

  it('ignores malformed and unknown messages', () => {
    expect(receiveControlMessage(EMPTY_CONTROL, { type: 'control-state', state: 'nope' }, 0)).toBe(EMPTY_CONTROL);
    expect(receiveControlMessage(EMPTY_CONTROL, { type: 'pong', t0: 'x' }, 0)).toBe(EMPTY_CONTROL);
    expect(receiveControlMessage(EMPTY_CONTROL, { type: 'ping', t0: 1 }, 0)).toBe(EMPTY_CONTROL);
  });
});

/** An in-memory stand-in for the socket's extension messages. */
function fakeExtensions() {
  const listeners = new Map<MessageType, Set<ExtensionListener>>();
  const connected = new Set<() => void>();
  const sent: { type: string; [key: string]: unknown }[] = [];
  let open = true;
  const extensions: ExtensionMessages = {
    subscribe(type, listener) {
      const set = listeners.get(type) ?? new Set();
      set.add(listener);
      listeners.set(type, set);
      return () => set.delete(listener);
    },
    send(message) {
      if (!open) return false;
      const decoder = decoding.createDecoder(message);
      decoding.readVarUint(decoder);
      sent.push(readJsonBody(decoder)!);
      return true;
    },
    onConnected(listener) {
      connected.add(listener);
      return () => connected.delete(listener);
    },
  };
  const deliver = (message: Uint8Array) => {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder) as MessageType;
    for (const listener of listeners.get(type) ?? []) listener(decoder);
  };
  return {
    extensions,
    sent,
    deliver,
    connect: () => connected.forEach((listener) => listener()),
    close: () => (open = false),
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0) + connected.size,
  };
}

describe('createControlChannel', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings a few times on connect and then every 30 seconds', () => {
    const fake = fakeExtensions();
    const channel = createControlChannel(fake.extensions, Date.now);
    fake.connect();
    vi.advanceTimersByTime(CONNECT_PINGS * CONNECT_PING_SPACING_MS);
    expect(fake.sent.filter((m) => m.type === 'ping')).toHaveLength(CONNECT_PINGS);
    vi.advanceTimersByTime(PING_INTERVAL_MS);
    expect(fake.sent.filter((m) => m.type === 'ping')).toHaveLength(CONNECT_PINGS + 1);
    channel.destroy();
  });

  it('tells subscribers about a new state and sends commands with a request id', () => {
    const fake = fakeExtensions();
    const channel = createControlChannel(fake.extensions, () => 0);
    const heard = vi.fn();
    channel.subscribe(heard);
    fake.deliver(encodeControl({ type: 'control-state', state: stateAt(3, { overlayMode: 'silos' }), serverNow: 0 }));
    expect(heard).toHaveBeenCalledOnce();
    expect(channel.getSnapshot().state?.overlayMode).toBe('silos');
    const requestId = channel.sendCommand({ type: 'overlay', mode: 'ballooning' });
    expect(fake.sent.at(-1)).toEqual({ type: 'control-command', command: { type: 'overlay', mode: 'ballooning' }, requestId });
    channel.destroy();
  });

  it('measures the offset from pongs', () => {
    const fake = fakeExtensions();
    let now = 1000;
    const channel = createControlChannel(fake.extensions, () => now);
    now = 1020;
    fake.deliver(encodeClock({ type: 'pong', t0: 1000, t1: 6010, t2: 6010 }));
    expect(channel.getSnapshot().serverOffset).toBe(5000);
    channel.destroy();
  });

  it('says a command was not sent while the socket is closed', () => {
    const fake = fakeExtensions();
    const channel = createControlChannel(fake.extensions);
    fake.close();
    expect(channel.sendCommand({ type: 'next' })).toBeNull();
    channel.destroy();
  });

  it('unsubscribes and stops pinging when destroyed', () => {
    const fake = fakeExtensions();
    const channel = createControlChannel(fake.extensions);
    channel.destroy();
    vi.advanceTimersByTime(PING_INTERVAL_MS * 2);
    expect(fake.sent).toHaveLength(0);
    expect(fake.listenerCount()).toBe(0);
  });
});
