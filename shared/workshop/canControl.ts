import { ROLE_PERMISSIONS, type Role } from '../protocol/roles';

/** Whether a connection with `role` may change the workshop control state (the facilitator's). */
export function canControl(role: Role): boolean {
  return ROLE_PERMISSIONS[role].control;
}
