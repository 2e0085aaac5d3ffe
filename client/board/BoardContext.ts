import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardOrigin } from '../../shared/board';
import type { Role } from '../../shared/protocol/roles';
import type { PrivateIdeasLayer } from '../facilitator/privateLayer';
import type { BoardStore } from '../sync/boardStore';
import type { ControlChannel } from '../sync/controlChannel';
import type { ExtensionMessages } from '../sync/extensionMessages';

/**
 * What every part of an open board needs: the doc to write through commands, my origin
 * (the same object for every write, so my undo manager tracks exactly my changes), my
 * name for authorship, and whether I may edit at all.
 */
export interface BoardSession {
  boardId: string;
  doc: Y.Doc;
  store: BoardStore;
  awareness: Awareness;
  origin: BoardOrigin;
  undoManager: Y.UndoManager | null;
  role: Role;
  canEdit: boolean;
  /**
   * The current step makes the board's top level read-only for me: the canvas offers no
   * change to its teams and notes (topLevelHold.ts), and the server would refuse one.
   */
  topLevelReadOnly: boolean;
  author: string;
  /** The server's own messages on the board socket (workshop control, clock). */
  extensions: ExtensionMessages;
  /** Workshop control state: read it with useControlState(). */
  control: ControlChannel;
  /** My private brainstorm ideas on this board, once the room has gone private (client/facilitator). */
  privateIdeas?: PrivateIdeasLayer | null;
}

export const BoardContext = createContext<BoardSession | null>(null);

export function useBoardSession(): BoardSession {
  const session = useContext(BoardContext);
  if (!session) throw new Error('useBoardSession outside a BoardContext provider');
  return session;
}
