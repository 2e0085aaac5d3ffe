import { ROLE_PERMISSIONS } from '../../shared/protocol/roles';
import type { CloseCodeName } from '../../shared/protocol/closeCodes';
import type { Peer } from './peer';
import type { Room } from './room';

/** Decides whether a peer's document update may be applied, or which close code refuses it. */
export type WritePolicy = (peer: Peer, room: Room) => 'allow' | CloseCodeName;

/** Roles alone: viewers never write. Workshop state (lock, private mode) composes on top. */
export const roleWritePolicy: WritePolicy = (peer) =>
  ROLE_PERMISSIONS[peer.role].editBoard ? 'allow' : 'readOnly';
