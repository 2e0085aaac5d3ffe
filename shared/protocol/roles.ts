/** The three capability links a board gets, and what each may do (PRODUCT.md section 4). */
export const ROLE_PERMISSIONS = {
  facilitator: { editBoard: true, control: true, editWhenLocked: true },
  participant: { editBoard: true, control: false, editWhenLocked: false },
  viewer: { editBoard: false, control: false, editWhenLocked: false },
} as const;

export type Role = keyof typeof ROLE_PERMISSIONS;
export const ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && value in ROLE_PERMISSIONS;
}
