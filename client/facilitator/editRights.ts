import { ROLE_PERMISSIONS, type Role } from '../../shared/protocol/roles';
import type { ScriptStep } from '../../shared/script/types';

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

/**
 * Whether the step keeps me off the board's top level (PRODUCT.md section 5): a
 * participant's, while the step says so; the facilitator keeps editing it, as under the lock.
 */
export function topLevelHeldFor(role: Role, step: Pick<ScriptStep, 'topLevelReadOnly'> | null): boolean {
  const permissions = ROLE_PERMISSIONS[role];
  return Boolean(step?.topLevelReadOnly) && permissions.editBoard && !permissions.editWhenLocked;
}
