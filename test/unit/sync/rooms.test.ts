import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBoard } from '../../../shared/board/commands';
import { createOrigin } from '../../../shared/board/origin';
import { readString, metaMap } from '../../../shared/board/schema';
import { silentLogger } from '../../../server/logger';
import type { Store } from '../../../server/store/store';
import type { Peer } from '../../../server/sync/peer';
import { RoomRegistry } from '../../../server/sync/rooms';

const WARM_MS = 1_000;

/** A store holding one board titled `title`; counts how often a board is read from it. */
function storeWith(title: string) {
  const doc = new Y.Doc();
  createBoard(doc, { title, createdAt: 1 }, createOrigin('system', 'test'));
  const state = Y.encodeStateAsUpdate(doc);
  const store = {
    loads: 0,
    loadUpdates: () => {
      store.loads++;
      return [state];
    },
    appendUpdates: () => {},
    compact: () => {},
  };
  return store;
}

function registry(store: ReturnType<typeof storeWith>) {
  return new RoomRegistry({ store: store as unknown as Store, logger: silentLogger, compactAfter: 500, warmMs: WARM_MS });
}

const title = (doc: Y.Doc) => readString(metaMap(doc), 'title');
const peer: Peer = { id: 1, role: 'participant', awarenessClients: new Set(), send: () => {}, close: () => {} };

describe('RoomRegistry.readDoc', () => {
  afterEach(() => vi.useRealTimers());

  it('reads a board from its room, loaded once for the read and the connection that follows', () => {
    const store = storeWith('Q3 planning');
    const rooms = registry(store);
    expect(rooms.readDoc('b1', title)).toBe('Q3 planning');
    expect(rooms.loadedCount).toBe(1);
    rooms.open('b1').join(peer);
    expect(store.loads).toBe(1);
    rooms.destroyAll();
  });

  it('unloads a room loaded for a read once nobody has connected for a while', () => {
    vi.useFakeTimers();
    const rooms = registry(storeWith('Q3'));
    rooms.readDoc('b1', title);
    vi.advanceTimersByTime(WARM_MS - 1);
    expect(rooms.loadedCount).toBe(1);
    vi.advanceTimersByTime(1);
    expect(rooms.loadedCount).toBe(0);
  });

  it('keeps the room while someone is connected, and leaves its unloading to their leaving', () => {
    vi.useFakeTimers();
    const rooms = registry(storeWith('Q3'));
    rooms.readDoc('b1', title);
    const room = rooms.open('b1');
    room.join(peer);
    vi.advanceTimersByTime(WARM_MS);
    expect(rooms.loadedCount).toBe(1);
    room.leave(peer);
    rooms.releaseIfEmpty(room);
    expect(rooms.loadedCount).toBe(0);
  });
});
