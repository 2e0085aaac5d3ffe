import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNote, moveNote, setNoteText } from '../../../shared/board/commands';
import { createOrigin } from '../../../shared/board/origin';
import { snapshotBoard } from '../../../shared/board/snapshot';
import { silentLogger } from '../../../server/logger';
import type { Store, StoredUpdate } from '../../../server/store/store';
import { DurableBatcher } from '../../../server/sync/durableBatcher';
import type { Peer } from '../../../server/sync/peer';
import { Room } from '../../../server/sync/room';

const me = createOrigin('user', 'me');

/** The store calls a room makes, in memory; `refuse` makes every write fail. */
function memoryStore() {
  const written: StoredUpdate[] = [];
  const store = {
    refuse: false,
    written,
    loadUpdates: () => [],
    appendUpdates(updates: readonly StoredUpdate[]) {
      if (store.refuse) throw new Error('disk full');
      written.push(...updates);
    },
    compact: () => {},
  };
  return store;
}

function peer(id: number): Peer & { received: Uint8Array[] } {
  const received: Uint8Array[] = [];
  return { id, role: 'participant', awarenessClients: new Set(), received, send: (m) => received.push(m), close: () => {} };
}

/** The Yjs updates in the document messages a peer received (sync step 2 and updates). */
function syncPayloads(p: { received: Uint8Array[] }): Uint8Array[] {
  const payloads: Uint8Array[] = [];
  for (const message of p.received) {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== 0) continue;
    const type = decoding.readVarUint(decoder);
    if (type === syncProtocol.messageYjsUpdate || type === syncProtocol.messageYjsSyncStep2) payloads.push(decoding.readVarUint8Array(decoder));
  }
  return payloads;
}

/** Applies the document messages a peer received to a fresh doc, as a y-websocket client would. */
function docSeenBy(p: { received: Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc();
  for (const update of syncPayloads(p)) Y.applyUpdate(doc, update);
  return doc;
}

/** Runs the batcher's flush and the broadcast queued behind it. */
async function flush() {
  await vi.runOnlyPendingTimersAsync();
}

describe('Room', () => {
  const writer = peer(1);
  let store: ReturnType<typeof memoryStore>;
  let room: Room;
  /** The writer's own doc: its every change reaches the room as the writer's update. */
  let author: Y.Doc;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'] });
    store = memoryStore();
    const asStore = store as unknown as Store;
    room = new Room('b1', { store: asStore, batcher: new DurableBatcher(asStore, silentLogger), logger: silentLogger, compactAfter: 1_000 });
    room.load();
    author = new Y.Doc();
    author.on('update', (update: Uint8Array) => room.applyUpdate(writer, update));
  });

  afterEach(() => {
    room.destroy();
    vi.useRealTimers();
  });

  it('shows an update to nobody until the store has written it', async () => {
    const reader = peer(2);
    room.join(reader);
    await flush();
    reader.received.length = 0;
    addNote(author, { kind: 'objective', text: 'Grow', author: 'me' }, me);
    expect(reader.received).toEqual([]);
    await flush();
    expect(store.written).toHaveLength(1);
    expect(snapshotBoard(docSeenBy(reader)).notes.map((n) => n.text)).toEqual(['Grow']);
  });

  it('holds updates back, and keeps them, while the store refuses to write', async () => {
    const reader = peer(2);
    room.join(reader);
    await flush();
    reader.received.length = 0;
    store.refuse = true;
    addNote(author, { kind: 'objective', text: 'Grow', author: 'me' }, me);
    await flush();
    expect(reader.received).toEqual([]);
    store.refuse = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.written).toHaveLength(1);
    expect(snapshotBoard(docSeenBy(reader)).notes).toHaveLength(1);
  });

  it('sends everything one flush made durable as one message that brings each peer up to date', async () => {
    const reader = peer(2);
    room.join(reader);
    await flush();
    reader.received.length = 0;
    const id = addNote(author, { kind: 'objective', text: 'Grow', author: 'me' }, me);
    for (let x = 1; x <= 10; x++) moveNote(author, id, x * 10, 0, me);
    const other = new Y.Doc();
    addNote(other, { kind: 'idea', text: 'Hire', author: 'you' }, createOrigin('user', 'you'));
    room.applyUpdate(peer(3), Y.encodeStateAsUpdate(other));
    await flush();
    expect(reader.received).toHaveLength(1);
    expect(snapshotBoard(docSeenBy(reader))).toEqual(snapshotBoard(room.doc));
    expect(snapshotBoard(room.doc).notes.find((n) => n.id === id)?.x).toBe(100);
  });

  it('leaves an update out of its only author\'s messages', async () => {
    room.join(writer);
    await flush();
    writer.received.length = 0;
    addNote(author, { kind: 'objective', text: 'Grow', author: 'me' }, me);
    await flush();
    expect(writer.received).toEqual([]);
  });

  it('encodes the whole board once for every newcomer until it changes', async () => {
    addNote(author, { kind: 'objective', text: 'Grow', author: 'me' }, me);
    await flush();
    const [a, b, c] = [peer(4), peer(5), peer(6)];
    room.replyToSyncStep1(a, Y.encodeStateVector(new Y.Doc()));
    room.replyToSyncStep1(b, Y.encodeStateVector(new Y.Doc()));
    expect(a.received[0]).toBe(b.received[0]);
    addNote(author, { kind: 'kr', text: 'NPS 40', author: 'me' }, me);
    room.replyToSyncStep1(c, Y.encodeStateVector(new Y.Doc()));
    await flush();
    expect(snapshotBoard(docSeenBy(c)).notes.map((n) => n.text).sort()).toEqual(['Grow', 'NPS 40']);
    expect(snapshotBoard(docSeenBy(a)).notes.map((n) => n.text)).toEqual(['Grow']);
  });

  it('answers the first newcomer to a board stored as one state row with that row, and encodes once it changes', async () => {
    // A row as the store may hold it: updates merged, not re-encoded from a doc (which
    // would give other bytes), so the answer shows where it came from.
    const stored = new Y.Doc();
    const typed: Uint8Array[] = [];
    stored.on('update', (update: Uint8Array) => typed.push(update));
    const id = addNote(stored, { kind: 'objective', text: 'Sxto', author: 'me' }, me);
    setNoteText(stored, id, 'Sxtored', me);
    setNoteText(stored, id, 'Stored', me);
    const row = Y.mergeUpdates(typed);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, row);
    expect(Y.encodeStateAsUpdate(reloaded)).not.toEqual(row);

    const asStore = { ...memoryStore(), loadUpdates: () => [row] } as unknown as Store;
    const loaded = new Room('b2', { store: asStore, batcher: new DurableBatcher(asStore, silentLogger), logger: silentLogger, compactAfter: 1_000 });
    loaded.load();
    try {
      const [a, b] = [peer(7), peer(8)];
      loaded.replyToSyncStep1(a, Y.encodeStateVector(new Y.Doc()));
      expect(syncPayloads(a)).toEqual([row]);
      const editor = new Y.Doc();
      Y.applyUpdate(editor, row);
      editor.on('update', (update: Uint8Array) => loaded.applyUpdate(writer, update));
      addNote(editor, { kind: 'kr', text: 'Added', author: 'me' }, me);
      loaded.replyToSyncStep1(b, Y.encodeStateVector(new Y.Doc()));
      await flush();
      expect(snapshotBoard(docSeenBy(b)).notes.map((n) => n.text).sort()).toEqual(['Added', 'Stored']);
    } finally {
      loaded.destroy();
    }
  });
});
