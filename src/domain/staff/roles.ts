/** Staff roles. A person may hold several. */
export const STAFF_ROLES = ['admin', 'developer', 'officer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(v: unknown): v is StaffRole {
  return typeof v === 'string' && (STAFF_ROLES as readonly string[]).includes(v);
}

export interface StaffPrincipal {
  id: string;
  municipalityId: string;
  username: string;
  name: string;
  roles: readonly StaffRole[];
}

/** Admins can do everything in their municipality. */
export function hasRole(p: StaffPrincipal, role: StaffRole): boolean {
  return p.roles.includes('admin') || p.roles.includes(role);
}
