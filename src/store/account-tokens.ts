// API tokens (migrations 003 and 004): stored as SHA-256 hashes with a label, an optional expiry, and
// when they were revoked or last used, so that `tally user tokens` can list them and a refused
// token can be told why.
import { asUser, type AccountUser } from "./account-roles.js";
import type { Queryable } from "./db.js";

export interface ApiTokenInfo {
  id: number;
  userName: string;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export type TokenCheck =
  | { state: "valid"; user: AccountUser; tokenId: number }
  | { state: "expired"; at: string; tokenId: number }
  | { state: "revoked"; at: string; tokenId: number }
  | { state: "unknown" };

export interface TokenRepository {
  /** Returns the new token's id; fails with a message naming the user when there is no such user. */
  addToken(name: string, tokenHash: string, label: string, expiresAt?: Date | null): Promise<number>;
  /** The user's tokens, newest first, revoked and expired ones included. */
  listTokens(name: string): Promise<ApiTokenInfo[]>;
  /** Revokes the token (once: a second call keeps the first time); null when there is no such token. */
  revokeToken(id: number): Promise<ApiTokenInfo | null>;
  /** What a presented token is worth; a valid one has its "last used" moved on. */
  checkToken(tokenHash: string): Promise<TokenCheck>;
  /** The user of a valid token (neither revoked nor expired); null otherwise. */
  findUserByToken(tokenHash: string): Promise<AccountUser | null>;
}

interface TokenRow {
  id: number;
  user_name: string;
  label: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

const TOKEN_COLUMNS = "id, user_name, label, created_at, expires_at, last_used_at, revoked_at";

const tokenInfo = (row: TokenRow): ApiTokenInfo => ({
  id: Number(row.id),
  userName: row.user_name,
  label: row.label,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

export function sqlTokenRepository(db: Queryable): TokenRepository {
  const repository: TokenRepository = {
    async addToken(name, tokenHash, label, expiresAt = null) {
      const { rows } = await db.query<{ id: number }>(
        "INSERT INTO api_token (token_hash, user_name, label, expires_at) SELECT $1, name, $3, $4::timestamptz FROM app_user WHERE name = $2 RETURNING id",
        [tokenHash, name, label, expiresAt ? expiresAt.toISOString() : null],
      );
      if (!rows[0]) throw new Error(`no user '${name}'`);
      return Number(rows[0].id);
    },
    async listTokens(name) {
      const { rows } = await db.query<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM api_token WHERE user_name = $1 ORDER BY id DESC`, [name]);
      return rows.map(tokenInfo);
    },
    async revokeToken(id) {
      const { rows } = await db.query<TokenRow>(
        `UPDATE api_token SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING ${TOKEN_COLUMNS}`,
        [id],
      );
      return rows[0] ? tokenInfo(rows[0]) : null;
    },
    async checkToken(tokenHash) {
      const { rows } = await db.query<{ id: number; name: string; role: string; expires_at: string | null; revoked_at: string | null; expired: boolean }>(
        `WITH hit AS (
           SELECT t.id, t.expires_at, t.revoked_at, t.last_used_at, u.name, u.role,
                  (t.expires_at IS NOT NULL AND t.expires_at <= now()) AS expired
           FROM api_token t JOIN app_user u ON u.name = t.user_name WHERE t.token_hash = $1
         ), used AS (
           UPDATE api_token SET last_used_at = now()
           WHERE id = (SELECT id FROM hit WHERE revoked_at IS NULL AND NOT expired AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute'))
         )
         SELECT id, name, role, expires_at, revoked_at, expired FROM hit`,
        [tokenHash],
      );
      const row = rows[0];
      if (!row) return { state: "unknown" };
      const tokenId = Number(row.id);
      if (row.revoked_at) return { state: "revoked", at: row.revoked_at, tokenId };
      if (row.expired) return { state: "expired", at: row.expires_at!, tokenId };
      return { state: "valid", user: asUser(row), tokenId };
    },
    async findUserByToken(tokenHash) {
      const check = await repository.checkToken(tokenHash);
      return check.state === "valid" ? check.user : null;
    },
  };
  return repository;
}
