import { useSyncExternalStore } from 'react';
import type { BoardSnapshot } from '../../shared/board';
import type { BoardStore } from './boardStore';

/** The whole board as plain data; re-renders at most once per animation frame. */
export function useBoardSnapshot(store: BoardStore): BoardSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
