// Roles and the user record every account table returns, in one place for the user, session and
// token repositories.
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface AccountUser {
  name: string;
  role: Role;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A role the table's CHECK let through but this code does not know reads as the least one. */
export const asUser = (row: { name: string; role: string }): AccountUser => ({ name: row.name, role: isRole(row.role) ? row.role : "viewer" });
