import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AWARENESS_INTERVAL_MS, AwarenessRelay } from '../../../server/sync/awarenessRelay';

/** A client's own awareness, whose changes reach the room's as a y-protocols update. */
function client(room: awarenessProtocol.Awareness) {
  const own = new awarenessProtocol.Awareness(new Y.Doc());
  return {
    id: own.clientID,
    set(state: Record<string, unknown>) {
      own.setLocalState(state);
      awarenessProtocol.applyAwarenessUpdate(room, awarenessProtocol.encodeAwarenessUpdate(own, [own.clientID]), 'peer');
    },
    leave() {
      awarenessProtocol.removeAwarenessStates(room, [own.clientID], 'peer');
    },
  };
}

/** What a receiving client knows after applying every relayed message. */
function receiver(sent: Uint8Array[]) {
  const seen = new awarenessProtocol.Awareness(new Y.Doc());
  for (const message of sent) {
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    awarenessProtocol.applyAwarenessUpdate(seen, decoding.readVarUint8Array(decoder), 'server');
  }
  return seen.getStates();
}

describe('AwarenessRelay', () => {
  let room: awarenessProtocol.Awareness;
  let sent: Uint8Array[];
  let relay: AwarenessRelay;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    room = new awarenessProtocol.Awareness(new Y.Doc());
    room.setLocalState(null);
    sent = [];
    relay = new AwarenessRelay(room, (message) => sent.push(message));
    room.on('update', ({ added, updated, removed }: Record<string, number[]>) => relay.queue([...added!, ...updated!, ...removed!]));
  });

  afterEach(() => {
    relay.destroy();
    vi.useRealTimers();
  });

  it('sends the first change after a quiet interval at once', () => {
    client(room).set({ cursor: 1 });
    expect(sent).toHaveLength(1);
  });

  it('gathers the changes of one interval into one message with every client\'s latest state', () => {
    const ada = client(room);
    const bob = client(room);
    ada.set({ cursor: 1 });
    for (let x = 2; x <= 30; x++) {
      ada.set({ cursor: x });
      bob.set({ cursor: -x });
    }
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(AWARENESS_INTERVAL_MS);
    expect(sent).toHaveLength(2);
    const states = receiver(sent);
    expect(states.get(ada.id)).toEqual({ cursor: 30 });
    expect(states.get(bob.id)).toEqual({ cursor: -30 });
  });

  it('never sends more than once an interval however often clients move', () => {
    const ada = client(room);
    for (let ms = 0; ms < 1_000; ms += 5) {
      ada.set({ cursor: ms });
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(AWARENESS_INTERVAL_MS);
    expect(sent.length).toBeLessThanOrEqual(1_000 / AWARENESS_INTERVAL_MS + 1);
    expect(receiver(sent).get(ada.id)).toEqual({ cursor: 995 });
  });

  it('sends a client that left inside an interval as gone', () => {
    const ada = client(room);
    ada.set({ cursor: 1 });
    ada.set({ cursor: 2 });
    ada.leave();
    vi.advanceTimersByTime(AWARENESS_INTERVAL_MS);
    expect(receiver(sent).has(ada.id)).toBe(false);
  });

  it('sends nothing once destroyed', () => {
    const ada = client(room);
    ada.set({ cursor: 1 });
    ada.set({ cursor: 2 });
    relay.destroy();
    vi.advanceTimersByTime(AWARENESS_INTERVAL_MS);
    expect(sent).toHaveLength(1);
  });
});
