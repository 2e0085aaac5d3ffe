import { ROLE_PERMISSIONS, type Role } from '../../shared/protocol/roles';

/**
 * Whether this person may change the board right now: their role allows it, and the
 * facilitator's lock does not hold them back. The canvas and the toolbar read this one
 * answer, so a locked participant sees a read-only board instead of edits the server
 * would refuse (and answer by closing the socket).
 */
export function canEditBoard(role: Role, locked: boolean): boolean {
  const permissions = ROLE_PERMISSIONS[role];
  return permissions.editBoard && (!locked || permissions.editWhenLocked);
}
