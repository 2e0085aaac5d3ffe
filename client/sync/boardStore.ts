import type * as Y from 'yjs';
import { snapshotBoard, type BoardSnapshot } from '../../shared/board';
import { linksMap, metaMap, notesMap, teamsMap } from '../../shared/board/schema';

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
 * listeners once per frame, and the snapshot is rebuilt lazily on the first read after a
 * change, so a read right after a local write (drag stop) already sees the write.
 */
export function createBoardStore(doc: Y.Doc, schedule: FrameScheduler = requestAnimationFrame): BoardStore {
  const listeners = new Set<() => void>();
  let snapshot: BoardSnapshot | null = null;
  let notifyScheduled = false;

  const notify = () => {
    notifyScheduled = false;
    for (const listener of listeners) listener();
  };
  const onChange = () => {
    snapshot = null;
    if (notifyScheduled) return;
    notifyScheduled = true;
    schedule(notify);
  };

  const maps = [metaMap(doc), teamsMap(doc), notesMap(doc), linksMap(doc)] as Y.AbstractType<unknown>[];
  for (const map of maps) map.observeDeep(onChange);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      snapshot ??= snapshotBoard(doc);
      return snapshot;
    },
    destroy() {
      for (const map of maps) map.unobserveDeep(onChange);
      listeners.clear();
    },
  };
}
