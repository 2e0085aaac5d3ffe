import type * as Y from 'yjs';
import { refreshSnapshot, snapshotBoard, watchBoardChanges, type BoardSnapshot } from '../../shared/board';

/** Schedules a callback for the next frame; injectable so tests run without a browser. */
export type FrameScheduler = (callback: () => void) => void;

export interface BoardStore {
  subscribe(listener: () => void): () => void;
  /** The current board; the same object until the doc changes. */
  getSnapshot(): BoardSnapshot;
  destroy(): void;
}

/**
 * A framework-free view of the doc as a BoardSnapshot, for useSyncExternalStore.
 * A burst of changes (a remote drag sends one update per frame per person) notifies
 * listeners once per frame, and the snapshot is brought up to date lazily on the first
 * read after a change, so a read right after a local write (drag stop) already sees the
 * write. Only the entries a change touched are read again (refreshSnapshot): a note
 * dragged on a 5,000-note board costs one note, and every other note keeps its object.
 */
export function createBoardStore(doc: Y.Doc, schedule: FrameScheduler = requestAnimationFrame): BoardStore {
  const listeners = new Set<() => void>();
  let snapshot: BoardSnapshot | null = null;
  let stale = false;
  let notifyScheduled = false;

  const notify = () => {
    notifyScheduled = false;
    for (const listener of listeners) listener();
  };
  const changes = watchBoardChanges(doc, () => {
    stale = true;
    if (notifyScheduled) return;
    notifyScheduled = true;
    schedule(notify);
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      const changed = changes.take();
      if (!snapshot) snapshot = snapshotBoard(doc);
      else if (stale) snapshot = refreshSnapshot(doc, snapshot, changed);
      stale = false;
      return snapshot;
    },
    destroy() {
      changes.stop();
      listeners.clear();
    },
  };
}
