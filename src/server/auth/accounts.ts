// Accounts as the server sees them: roles and their order, and the account store's shape. The
// durable accounts live in the store's database (src/store/accounts.ts, migration 003); the
// in-memory version here serves tests and loopback demos.
import { ROLES, type AccountRepository, type AccountUser, type Role } from "../../store/accounts.js";

export { ROLES, type Role };
export type User = AccountUser;
export type AccountStore = AccountRepository;

export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export function memoryAccounts(): AccountStore {
  const users = new Map<string, User & { passwordHash: string }>();
  const tokens = new Map<string, string>();
  return {
    async countUsers() {
      return users.size;
    },
    async findUser(name) {
      return users.get(name) ?? null;
    },
    async findUserByToken(tokenHash) {
      const name = tokens.get(tokenHash);
      const user = name ? users.get(name) : undefined;
      return user ? { name: user.name, role: user.role } : null;
    },
    async saveUser(name, role, passwordHash) {
      users.set(name, { name, role, passwordHash });
    },
    async addToken(name, tokenHash) {
      if (!users.has(name)) throw new Error(`no user '${name}'`);
      tokens.set(tokenHash, name);
    },
  };
}
