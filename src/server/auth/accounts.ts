// Accounts as the server sees them: roles and their order, and the account store's shape. The
// accounts live in the store's database (src/store/accounts.ts, migration 003).
import { ROLES, type AccountRepository, type AccountUser, type Role } from "../../store/accounts.js";

export { ROLES, type Role };
export type User = AccountUser;
export type AccountStore = AccountRepository;

export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
