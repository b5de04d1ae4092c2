// Sign-in sessions kept in the database (migration 004), so that logout, a password change or a removed
// user ends them at once, and several servers on one database share them. Only the SHA-256 of a
// session's random id is stored; the server's shared secret for CSRF tokens lives beside them.
import { randomBytes } from "node:crypto";
import { asUser, type AccountUser } from "./account-roles.js";
import type { Queryable } from "./db.js";

export interface SessionRepository {
  /** Records a new session; expired sessions of anyone are cleared on the way. */
  startSession(idHash: string, userName: string, expiresAt: Date): Promise<void>;
  /** The user of an unexpired session (its role as it is now); null otherwise. */
  findSession(idHash: string): Promise<AccountUser | null>;
  endSession(idHash: string): Promise<void>;
  /** Ends every session of the user; returns how many there were. */
  endSessions(userName: string): Promise<number>;
  /** The secret every server on this database signs CSRF tokens with; made on first use. */
  serverSecret(): Promise<Buffer>;
}

/** "Last seen" is for people reading it: a write per minute per session, not per request. */
const LAST_SEEN_GRANULARITY = "1 minute";

export function sqlSessionRepository(db: Queryable): SessionRepository {
  return {
    async startSession(idHash, userName, expiresAt) {
      await db.query("DELETE FROM app_session WHERE expires_at <= now()");
      const { rowCount } = await db.query(
        "INSERT INTO app_session (id_hash, user_name, expires_at) SELECT $1, name, $3::timestamptz FROM app_user WHERE name = $2",
        [idHash, userName, expiresAt.toISOString()],
      );
      if (rowCount === 0) throw new Error(`no user '${userName}'`);
    },
    async findSession(idHash) {
      const { rows } = await db.query<{ name: string; role: string }>(
        `WITH hit AS (
           SELECT s.id_hash, s.last_seen_at, u.name, u.role FROM app_session s JOIN app_user u ON u.name = s.user_name
           WHERE s.id_hash = $1 AND s.expires_at > now()
         ), seen AS (
           UPDATE app_session SET last_seen_at = now()
           WHERE id_hash = (SELECT id_hash FROM hit WHERE last_seen_at < now() - interval '${LAST_SEEN_GRANULARITY}')
         )
         SELECT name, role FROM hit`,
        [idHash],
      );
      return rows[0] ? asUser(rows[0]) : null;
    },
    async endSession(idHash) {
      await db.query("DELETE FROM app_session WHERE id_hash = $1", [idHash]);
    },
    async endSessions(userName) {
      const { rows } = await db.query("DELETE FROM app_session WHERE user_name = $1 RETURNING id_hash", [userName]);
      return rows.length;
    },
    async serverSecret() {
      await db.query("INSERT INTO app_secret (name, value) VALUES ('csrf', $1) ON CONFLICT (name) DO NOTHING", [randomBytes(32).toString("base64url")]);
      const { rows } = await db.query<{ value: string }>("SELECT value FROM app_secret WHERE name = 'csrf'");
      return Buffer.from(rows[0]!.value, "base64url");
    },
  };
}
