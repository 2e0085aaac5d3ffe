import * as Y from 'yjs';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import { DurableBatcher } from './durableBatcher';
import { Room } from './room';

export interface RoomRegistryOptions {
  store: Store;
  logger: Logger;
  compactAfter: number;
  /** How long a room loaded for an HTTP read stays for the connection that usually follows. */
  warmMs?: number;
}

/**
 * Opening a board asks for its title over HTTP, then connects: the room the title was read
 * from is the one the connection is answered from, so a 5,000-note board is decoded once.
 */
const WARM_MS = 30_000;

/**
 * The rooms in memory. A room loads on its first connection and unloads (compacted)
 * when its last connection leaves.
 */
export class RoomRegistry {
  readonly batcher: DurableBatcher;
  private readonly rooms = new Map<string, Room>();
  private readonly warmTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: RoomRegistryOptions) {
    this.batcher = new DurableBatcher(options.store, options.logger);
  }

  /** The loaded room of a document (a board or a private brainstorm), loading it from the store first if needed. */
  open(docId: string): Room {
    let room = this.rooms.get(docId);
    if (!room) {
      room = new Room(docId, { ...this.options, batcher: this.batcher });
      room.load();
      this.rooms.set(docId, room);
    }
    return room;
  }

  get(docId: string): Room | undefined {
    return this.rooms.get(docId);
  }

  /** Unloads a room once no connection is left, after its queued writes are durable. */
  releaseIfEmpty(room: Room): void {
    if (room.peers.size > 0) return;
    this.batcher.afterDurable(room.docId, () => {
      if (room.peers.size > 0 || this.rooms.get(room.docId) !== room) return;
      if (room.needsCompaction) room.compact();
      this.batcher.afterDurable(room.docId, () => {
        if (room.peers.size > 0) return;
        this.rooms.delete(room.docId);
        room.destroy();
      });
    });
  }

  /**
   * Reads a board's current document, from its room: loaded if it was not, and then kept
   * for a while (warmMs) for the connection that usually follows, unloading after that
   * if nobody came. Callers must not write to it.
   */
  readDoc<T>(boardId: string, read: (doc: Y.Doc) => T): T {
    const loaded = this.rooms.get(boardId);
    if (loaded) return read(loaded.doc);
    const room = this.open(boardId);
    const timer = setTimeout(() => {
      this.warmTimers.delete(boardId);
      this.releaseIfEmpty(room);
    }, this.options.warmMs ?? WARM_MS);
    timer.unref();
    this.warmTimers.set(boardId, timer);
    return read(room.doc);
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** Flushes pending writes and compacts every loaded room (shutdown). */
  flushAll(): void {
    this.batcher.flush();
    for (const room of this.rooms.values()) {
      if (!room.needsCompaction) continue;
      try {
        this.options.store.compact(room.docId, Y.encodeStateAsUpdate(room.doc));
      } catch (error) {
        this.options.logger.error('compaction at shutdown failed; the update log is kept', {
          docId: room.docId,
          error: String(error),
        });
      }
    }
  }

  destroyAll(): void {
    for (const timer of this.warmTimers.values()) clearTimeout(timer);
    this.warmTimers.clear();
    for (const room of this.rooms.values()) room.destroy();
    this.rooms.clear();
  }
}
