// Accounts: users with a role and their API tokens, in the same database as the claims.
// The SQL runs on PGlite and PostgreSQL alike; an in-memory version serves tests and loopback demos.

export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  name: string;
  role: Role;
}

export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export interface AccountStore {
  countUsers(): Promise<number>;
  /** The user with its password hash, for login. */
  findUser(name: string): Promise<(User & { passwordHash: string }) | null>;
  findUserByToken(tokenHash: string): Promise<User | null>;
  /** Adds the user, or changes its role and password when it exists. */
  saveUser(name: string, role: Role, passwordHash: string): Promise<void>;
  addToken(name: string, tokenHash: string, label: string): Promise<void>;
}

/** Idempotent, so it can run at every start; kept within PostgreSQL 15. */
export const ACCOUNTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS app_user (
  name text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS api_token (
  token_hash text PRIMARY KEY,
  user_name text NOT NULL REFERENCES app_user(name) ON DELETE CASCADE,
  label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);`;

/** The smallest SQL handle the accounts need: PGlite's `query` has this shape, `pg`'s Pool too. */
export interface SqlRunner {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec?(sql: string): Promise<unknown>;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export async function sqlAccounts(sql: SqlRunner): Promise<AccountStore> {
  if (sql.exec) await sql.exec(ACCOUNTS_SCHEMA);
  else for (const statement of ACCOUNTS_SCHEMA.split(";").filter((s) => s.trim())) await sql.query(statement);
  const asUser = (row: { name: string; role: string }): User => ({ name: row.name, role: isRole(row.role) ? row.role : "viewer" });
  return {
    async countUsers() {
      const { rows } = await sql.query<{ n: number | string }>("SELECT count(*) AS n FROM app_user");
      return Number(rows[0]?.n ?? 0);
    },
    async findUser(name) {
      const { rows } = await sql.query<{ name: string; role: string; password_hash: string }>("SELECT name, role, password_hash FROM app_user WHERE name = $1", [name]);
      return rows[0] ? { ...asUser(rows[0]), passwordHash: rows[0].password_hash } : null;
    },
    async findUserByToken(tokenHash) {
      const { rows } = await sql.query<{ name: string; role: string }>(
        "SELECT u.name, u.role FROM api_token t JOIN app_user u ON u.name = t.user_name WHERE t.token_hash = $1",
        [tokenHash],
      );
      return rows[0] ? asUser(rows[0]) : null;
    },
    async saveUser(name, role, passwordHash) {
      await sql.query(
        "INSERT INTO app_user (name, role, password_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, password_hash = EXCLUDED.password_hash",
        [name, role, passwordHash],
      );
    },
    async addToken(name, tokenHash, label) {
      await sql.query("INSERT INTO api_token (token_hash, user_name, label) VALUES ($1, $2, $3)", [tokenHash, name, label]);
    },
  };
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
