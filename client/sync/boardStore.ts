import type * as Y from 'yjs';
import { collectChangedIds, noChanges, refreshSnapshot, snapshotBoard, type BoardSnapshot } from '../../shared/board';
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
 * listeners once per frame, and the snapshot is brought up to date lazily on the first
 * read after a change, so a read right after a local write (drag stop) already sees the
 * write. Only the entries a change touched are read again (refreshSnapshot): a note
 * dragged on a 5,000-note board costs one note, and every other note keeps its object.
 */
export function createBoardStore(doc: Y.Doc, schedule: FrameScheduler = requestAnimationFrame): BoardStore {
  const listeners = new Set<() => void>();
  let snapshot: BoardSnapshot | null = null;
  let changes = noChanges();
  let stale = false;
  let notifyScheduled = false;

  const notify = () => {
    notifyScheduled = false;
    for (const listener of listeners) listener();
  };
  const onChange = () => {
    stale = true;
    if (notifyScheduled) return;
    notifyScheduled = true;
    schedule(notify);
  };
  const observe = (type: unknown, collect: (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void) => {
    const map = type as Y.AbstractType<unknown>;
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      collect(events);
      onChange();
    };
    map.observeDeep(observer);
    return () => map.unobserveDeep(observer);
  };
  const unobserve = [
    observe(metaMap(doc), () => (changes.meta = true)),
    observe(teamsMap(doc), (events) => collectChangedIds(events, changes.teams)),
    observe(notesMap(doc), (events) => collectChangedIds(events, changes.notes)),
    observe(linksMap(doc), (events) => collectChangedIds(events, changes.links)),
  ];

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      if (!snapshot) snapshot = snapshotBoard(doc);
      else if (stale) snapshot = refreshSnapshot(doc, snapshot, changes);
      changes = noChanges();
      stale = false;
      return snapshot;
    },
    destroy() {
      for (const stop of unobserve) stop();
      listeners.clear();
    },
  };
}
