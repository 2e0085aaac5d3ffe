import * as Y from 'yjs';
import { setTitle } from '../../shared/board/commands';
import { newId } from '../../shared/board/ids';
import { SYSTEM_ORIGIN } from '../../shared/board/origin';
import { metaMap, readString } from '../../shared/board/schema';
import type { SnapshotInfo } from '../../shared/protocol/api';
import type { BoardRecord, SnapshotRecord, Store } from '../store/store';
import type { RoomRegistry } from '../sync/rooms';
import { withTransientDoc } from '../sync/transientDoc';
import { registerBoard } from './newBoard';

export interface SnapshotDeps {
  store: Store;
  rooms: RoomRegistry;
}

const MAX_NAME_LENGTH = 120;

/** Stores the board as everyone sees it now, under a name. */
export function takeSnapshot(deps: SnapshotDeps, boardId: string, name: string, auto: boolean, now = Date.now()): SnapshotInfo {
  const record: SnapshotRecord = {
    id: newId(),
    boardId,
    name: name.trim().slice(0, MAX_NAME_LENGTH) || new Date(now).toISOString(),
    createdAt: now,
    auto,
  };
  const state = deps.rooms.readDoc(boardId, (doc) => Y.encodeStateAsUpdate(doc));
  deps.store.saveSnapshot(record, state);
  return toInfo(record);
}

export function toInfo({ id, name, createdAt, auto }: SnapshotRecord): SnapshotInfo {
  return { id, name, createdAt, auto };
}

/** A snapshot as a board of its own: same content, new id and keys, title saying where it came from. */
export function restoreSnapshot(store: Store, state: Uint8Array, snapshotName: string): { board: BoardRecord; title: string } {
  return withTransientDoc([state], (doc) => {
    const title = `${readString(metaMap(doc), 'title', 'Board')} (restored from ${snapshotName})`;
    setTitle(doc, title, SYSTEM_ORIGIN);
    return { board: registerBoard(store, Y.encodeStateAsUpdate(doc)), title };
  });
}
