import { useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { BoardOrigin } from '../../shared/board';
import { linksMap, metaMap, notesMap, teamsMap } from '../../shared/board/schema';

/**
 * A Y.UndoManager over the whole board that tracks only `origin`: each person undoes
 * their own changes, never someone else's. Pass the same origin object to every command.
 */
export function useUndoManager(doc: Y.Doc, origin: BoardOrigin): Y.UndoManager | null {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  useEffect(() => {
    const undoManager = new Y.UndoManager([metaMap(doc), teamsMap(doc), notesMap(doc), linksMap(doc)], {
      trackedOrigins: new Set([origin]),
    });
    setManager(undoManager);
    return () => {
      undoManager.destroy();
      setManager(null);
    };
  }, [doc, origin]);
  return manager;
}

export interface UndoAvailability {
  canUndo: boolean;
  canRedo: boolean;
}

const NONE: UndoAvailability = { canUndo: false, canRedo: false };
const availability = new WeakMap<Y.UndoManager, UndoAvailability>();

function read(manager: Y.UndoManager): UndoAvailability {
  const canUndo = manager.canUndo();
  const canRedo = manager.canRedo();
  const prev = availability.get(manager);
  if (prev && prev.canUndo === canUndo && prev.canRedo === canRedo) return prev;
  const next = { canUndo, canRedo };
  availability.set(manager, next);
  return next;
}

/** Whether the undo and redo buttons should be enabled. */
export function useUndoAvailability(manager: Y.UndoManager | null): UndoAvailability {
  return useSyncExternalStore(
    (onChange) => {
      if (!manager) return () => {};
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      for (const event of events) manager.on(event, onChange);
      return () => {
        for (const event of events) manager.off(event, onChange);
      };
    },
    () => (manager ? read(manager) : NONE),
  );
}
