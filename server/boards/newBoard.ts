import * as Y from 'yjs';
import { addTeam, createBoard } from '../../shared/board/commands';
import { importBoardFile, type BoardFile } from '../../shared/board/file';
import { IMPORT_ORIGIN, SYSTEM_ORIGIN } from '../../shared/board/origin';
import type { BoardRecord, Store } from '../store/store';
import { newBoardId, newKeys } from './access';

export const DEFAULT_TITLE = 'Untitled workshop';

/**
 * The first state of a new, empty board: its meta and one top-level team frame, so the
 * facilitator opens onto the company level rather than a blank canvas.
 */
export function emptyBoardState(title: string, now: number): Uint8Array {
  const doc = new Y.Doc();
  try {
    createBoard(doc, { title, createdAt: now }, SYSTEM_ORIGIN);
    addTeam(doc, { name: 'Company', function: 'Company', level: 0, x: 0, y: 0 }, SYSTEM_ORIGIN);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The first state of a board imported from a parsed board file (laid out where it has no geometry). */
export function importedBoardState(file: BoardFile, now: number): Uint8Array {
  const doc = new Y.Doc();
  try {
    importBoardFile(doc, file, IMPORT_ORIGIN, { now });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** Registers a new board with its first state and fresh keys. */
export function registerBoard(store: Store, state: Uint8Array, now = Date.now()): BoardRecord {
  const record: BoardRecord = { id: newBoardId(), createdAt: now, keys: newKeys() };
  store.createBoard(record, state);
  return record;
}
