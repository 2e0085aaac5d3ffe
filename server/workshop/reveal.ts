import { addNote, deleteNote } from '../../shared/board/commands';
import { SYSTEM_ORIGIN } from '../../shared/board/origin';
import { snapshotBoard } from '../../shared/board/snapshot';
import type { RoomRegistry } from '../sync/rooms';
import type { Store } from '../store/store';
import { privateDocPrefix } from '../sync/upgrade';

/**
 * Moves every private idea of a board onto the board, in its team frame with its
 * author, and empties the private documents. The board gains them in one transaction,
 * so everyone sees the whole reveal at once.
 */
export function revealPrivateIdeas(store: Store, rooms: RoomRegistry, boardId: string): number {
  const board = rooms.open(boardId);
  let revealed = 0;
  for (const docId of store.listDocIds(privateDocPrefix(boardId))) {
    const room = rooms.open(docId);
    const ideas = snapshotBoard(room.doc).notes;
    if (ideas.length > 0) {
      board.doc.transact(() => {
        for (const idea of ideas) {
          const { id: _id, extra: _extra, objectiveId: _objective, ...fields } = idea;
          addNote(board.doc, { ...fields, kind: 'idea' }, SYSTEM_ORIGIN);
        }
      }, SYSTEM_ORIGIN);
      room.doc.transact(() => ideas.forEach((idea) => deleteNote(room.doc, idea.id, SYSTEM_ORIGIN)), SYSTEM_ORIGIN);
      revealed += ideas.length;
    }
    rooms.releaseIfEmpty(room);
  }
  rooms.releaseIfEmpty(board);
  return revealed;
}
