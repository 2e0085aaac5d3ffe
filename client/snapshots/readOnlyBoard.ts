import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { createOrigin } from '../../shared/board';
import type { BoardSession } from '../board/BoardContext';
import { createBoardStore, type FrameScheduler } from '../sync/boardStore';

export interface ReadOnlyBoard {
  session: BoardSession;
  destroy(): void;
}

/** Never used to write: the session exists so the canvas can render; canEdit is false. */
const SNAPSHOT_ORIGIN = createOrigin('system', 'snapshot-view');

/**
 * A board session over a stored state with no connection: the same canvas renders it,
 * read-only. The awareness is a local one nobody else shares, so there are no cursors
 * and nothing is published.
 */
export function openReadOnlyBoard(boardId: string, state: Uint8Array, schedule?: FrameScheduler): ReadOnlyBoard {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const store = createBoardStore(doc, schedule);
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  return {
    session: {
      boardId,
      doc,
      store,
      awareness,
      origin: SNAPSHOT_ORIGIN,
      undoManager: null,
      role: 'viewer',
      canEdit: false,
      author: '',
    },
    destroy() {
      store.destroy();
      awareness.destroy();
      doc.destroy();
    },
  };
}
