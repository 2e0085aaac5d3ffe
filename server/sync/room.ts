import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import { MESSAGE_TYPES } from '../../shared/protocol/messageTypes';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import { AwarenessRelay, awarenessMessage } from './awarenessRelay';
import type { DurableBatcher } from './durableBatcher';
import type { Peer } from './peer';

const LOAD_ORIGIN = Symbol('load');

export interface RoomDeps {
  store: Store;
  batcher: DurableBatcher;
  logger: Logger;
  /** Stored updates past which the room folds its log into one state row. */
  compactAfter: number;
}

/**
 * One board in memory: its Y.Doc, its awareness and its connections. Every update is
 * made durable before it is broadcast; awareness is broadcast at once (it is never stored).
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<Peer>();
  private appendedSinceCompaction = 0;
  private outbox: { update: Uint8Array; origin: unknown }[] = [];
  /** The sync step 2 a client with an empty doc gets; dropped at every change. */
  private wholeState: Uint8Array | undefined;
  private readonly awarenessRelay = new AwarenessRelay(this.awareness, (message) => this.broadcast(message));
  private readonly unsubscribers: (() => void)[] = [];

  constructor(
    readonly docId: string,
    private readonly deps: RoomDeps,
  ) {
    this.awareness.setLocalState(null);
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      this.wholeState = undefined;
      this.persistAndBroadcast(update, origin);
    };
    this.doc.on('update', onUpdate);
    this.unsubscribers.push(() => this.doc.off('update', onUpdate));
    const onAwareness = (changes: AwarenessChanges, origin: unknown) => this.broadcastAwareness(changes, origin);
    this.awareness.on('update', onAwareness);
    this.unsubscribers.push(() => this.awareness.off('update', onAwareness));
  }

  /** Applies the stored state. A room answers no sync before this has run. */
  load(): void {
    const updates = this.deps.store.loadUpdates(this.docId);
    this.doc.transact(() => {
      for (const update of updates) Y.applyUpdate(this.doc, update, LOAD_ORIGIN);
    }, LOAD_ORIGIN);
    this.appendedSinceCompaction = updates.length > 1 ? updates.length : 0;
    // A board stored as one state row (compacted, or just created) is its own answer to a
    // newcomer: the first one to open a big board waits for no encoding.
    if (updates.length === 1) this.wholeState = wholeStateMessage(updates[0]!);
  }

  /** Greets a new connection with our state vector and everyone's presence, once durable. */
  join(peer: Peer): void {
    this.peers.add(peer);
    this.deps.batcher.afterDurable(this.docId, () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      peer.send(encoding.toUint8Array(encoder));
      const states = this.awareness.getStates();
      if (states.size > 0) peer.send(awarenessMessage(this.awareness, [...states.keys()]));
    });
  }

  leave(peer: Peer): void {
    this.peers.delete(peer);
    if (peer.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessClients], peer);
    }
  }

  /**
   * Answers a client's sync step 1 with everything it lacks, in one message. Newcomers
   * lack everything; their answer is encoded once and shared until the board changes, so
   * a room of 300 opening a 5,000-note board encodes it once, not 300 times.
   */
  replyToSyncStep1(peer: Peer, stateVector: Uint8Array): void {
    this.deps.batcher.afterDurable(this.docId, () => {
      if (!isEmptyStateVector(stateVector)) return peer.send(syncStep2Message(this.doc, stateVector));
      this.wholeState ??= syncStep2Message(this.doc);
      peer.send(this.wholeState);
    });
  }

  /** Applies a client's update; the caller has checked that the peer may write. */
  applyUpdate(peer: Peer, update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, peer);
  }

  applyAwareness(peer: Peer, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
  }

  sendAwarenessStates(peer: Peer): void {
    peer.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
  }

  broadcast(message: Uint8Array, except?: unknown): void {
    for (const peer of this.peers) if (peer !== except) peer.send(message);
  }

  /** Folds the stored log into one state row once everything queued is written. */
  compact(): void {
    this.deps.batcher.afterDurable(this.docId, () => {
      try {
        this.deps.store.compact(this.docId, Y.encodeStateAsUpdate(this.doc));
        this.appendedSinceCompaction = 0;
      } catch (error) {
        // The log is still complete; compaction is retried at the next threshold or unload.
        this.deps.logger.error('compaction failed', { docId: this.docId, error: String(error) });
      }
    });
  }

  get needsCompaction(): boolean {
    return this.appendedSinceCompaction > 0;
  }

  destroy(): void {
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    this.awarenessRelay.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private persistAndBroadcast(update: Uint8Array, origin: unknown): void {
    if (origin === LOAD_ORIGIN) return;
    this.deps.batcher.enqueue(this.docId, update, () => this.queueBroadcast(update, origin));
    if (++this.appendedSinceCompaction >= this.deps.compactAfter) this.compact();
  }

  /**
   * Collects the updates one store write made durable and sends them after that flush as
   * one message: a busy room costs one socket write per connection per flush, not one per
   * update. Only updates whose write committed are ever queued here.
   */
  private queueBroadcast(update: Uint8Array, origin: unknown): void {
    if (this.outbox.push({ update, origin }) === 1) queueMicrotask(() => this.sendOutbox());
  }

  private sendOutbox(): void {
    const batch = this.outbox;
    this.outbox = [];
    try {
      const first = batch[0]!;
      // A connection's own update is left out only when it is the batch's one author; an
      // echo of one's own update is harmless to a Yjs client, it applies as a no-op.
      const author = batch.every((item) => item.origin === first.origin) ? first.origin : undefined;
      const update = batch.length === 1 ? first.update : Y.mergeUpdates(batch.map((item) => item.update));
      // Encoded once for every connection.
      this.broadcast(syncUpdateMessage(update), author);
    } catch (error) {
      this.deps.logger.error('broadcast failed', { docId: this.docId, updates: batch.length, error: String(error) });
    }
  }

  private broadcastAwareness(changes: AwarenessChanges, origin: unknown): void {
    if (isPeer(origin, this.peers)) {
      for (const id of changes.added) origin.awarenessClients.add(id);
      for (const id of changes.removed) origin.awarenessClients.delete(id);
    }
    this.awarenessRelay.queue([...changes.added, ...changes.updated, ...changes.removed]);
  }
}

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

function isPeer(origin: unknown, peers: Set<Peer>): origin is Peer {
  return peers.has(origin as Peer);
}

/** What a client with nothing sends as its state vector: zero clients. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

function syncStep2Message(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** The sync step 2 that brings an empty doc to `state`, an update holding a whole document. */
function wholeStateMessage(state: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, state);
  return encoding.toUint8Array(encoder);
}

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPES.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}
