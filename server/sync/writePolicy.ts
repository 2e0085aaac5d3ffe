import { ROLE_PERMISSIONS } from '../../shared/protocol/roles';
import type { CloseCodeName } from '../../shared/protocol/closeCodes';
import type { Peer } from './peer';
import type { Room } from './room';

/** Decides whether a peer's document update may be applied, or which close code refuses it. */
export type WritePolicy = (peer: Peer, room: Room) => 'allow' | CloseCodeName;


/** Roles, then the facilitator's lock: a locked board refuses participants' writes. */
export function lockingWritePolicy(isLocked: (boardId: string) => boolean): WritePolicy {
  return (peer, room) => {
    const permissions = ROLE_PERMISSIONS[peer.role];
    if (!permissions.editBoard) return 'readOnly';
    if (!permissions.editWhenLocked && isLocked(boardOfDoc(room.docId))) return 'locked';
    return 'allow';
  };
}

/** The board a document belongs to: itself, or the board of a private brainstorm. */
export function boardOfDoc(docId: string): string {
  const cut = docId.indexOf('/private/');
  return cut === -1 ? docId : docId.slice(0, cut);
}
