import * as Y from 'yjs';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import { DurableBatcher } from './durableBatcher';
import { Room } from './room';
import { withTransientDoc } from './transientDoc';

export interface RoomRegistryOptions {
  store: Store;
  logger: Logger;
  compactAfter: number;
}

/**
 * The rooms in memory. A room loads on its first connection and unloads (compacted)
 * when its last connection leaves.
 */
export class RoomRegistry {
  readonly batcher: DurableBatcher;
  private readonly rooms = new Map<string, Room>();

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
   * Reads a board's current document: the live one if its room is loaded, otherwise a
   * transient copy from the store. Callers must not write to it.
   */
  readDoc<T>(boardId: string, read: (doc: Y.Doc) => T): T {
    const room = this.rooms.get(boardId);
    if (room) return read(room.doc);
    return withTransientDoc(this.options.store.loadUpdates(boardId), read);
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
    for (const room of this.rooms.values()) room.destroy();
    this.rooms.clear();
  }
}
