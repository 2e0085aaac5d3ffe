import { ROLE_PERMISSIONS } from '../../shared/protocol/roles';
import type { CloseCodeName } from '../../shared/protocol/closeCodes';
import type { Peer } from './peer';
import type { Room } from './room';
import { touchesTopLevel } from './topLevelGuard';

/** Decides whether a peer's document update may be applied, or which close code refuses it. */
export type WritePolicy = (peer: Peer, room: Room, update: Uint8Array) => 'allow' | CloseCodeName;

/** What the running workshop holds back from participants on a board right now. */
export interface WorkshopLimits {
  locked: boolean;
  topLevelReadOnly: boolean;
}

/**
 * Roles, then the workshop: a locked board refuses participants' writes, and a step that
 * makes the top level read-only refuses those that would change it. Private brainstorms
 * hold ideas only; the top level is not in them.
 */
export function workshopWritePolicy(limitsOf: (boardId: string) => WorkshopLimits): WritePolicy {
  return (peer, room, update) => {
    const permissions = ROLE_PERMISSIONS[peer.role];
    if (!permissions.editBoard) return 'readOnly';
    if (permissions.editWhenLocked) return 'allow';
    const boardId = boardOfDoc(room.docId);
    const limits = limitsOf(boardId);
    if (limits.locked) return 'locked';
    if (limits.topLevelReadOnly && boardId === room.docId && touchesTopLevel(room.doc, update)) return 'topLevelReadOnly';
    return 'allow';
  };
}

/** The board a document belongs to: itself, or the board of a private brainstorm. */
export function boardOfDoc(docId: string): string {
  const cut = docId.indexOf('/private/');
  return cut === -1 ? docId : docId.slice(0, cut);
}
