import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { createOrigin } from '../../shared/board';
import type { BoardSession } from '../board/BoardContext';
import { createBoardStore, type FrameScheduler } from '../sync/boardStore';
import { EMPTY_CONTROL, type ControlChannel } from '../sync/controlChannel';
import type { ExtensionMessages } from '../sync/extensionMessages';

export interface ReadOnlyBoard {
  session: BoardSession;
  destroy(): void;
}

/** Never used to write: the session exists so the canvas can render; canEdit is false. */
const SNAPSHOT_ORIGIN = createOrigin('system', 'snapshot-view');

/** No socket: nothing to hear, nothing sent. */
const OFFLINE: ExtensionMessages = {
  subscribe: () => () => undefined,
  send: () => false,
  onConnected: () => () => undefined,
};

/** No workshop is running on a snapshot: the control state stays unknown, commands go nowhere. */
const NO_CONTROL: ControlChannel = {
  getSnapshot: () => EMPTY_CONTROL,
  subscribe: () => () => undefined,
  sendCommand: () => null,
  destroy: () => undefined,
};

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
      topLevelReadOnly: false,
      author: '',
      extensions: OFFLINE,
      control: NO_CONTROL,
    },
    destroy() {
      store.destroy();
      awareness.destroy();
      doc.destroy();
    },
  };
}
