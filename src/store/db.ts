// A thin database handle with one shape for PGlite (embedded) and PostgreSQL (a pg Pool), so the
// store's SQL runs unchanged on both; values are normalised here: int8 as number, dates as strings.
import type { PGlite } from "@electric-sql/pglite";
import type { Pool, PoolClient } from "pg";

export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** What a repository module needs: run one statement with positional parameters. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
}

export interface Db extends Queryable {
  readonly engine: "pglite" | "postgres";
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations); no parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

const OID_INT8 = 20;
const OID_DATE = 1082;
const OID_TIMESTAMPTZ = 1184;

/** "2026-01-14 09:30:00.123+00" (the session runs in UTC) → "2026-01-14T09:30:00.123Z". */
export function isoTimestamp(text: string): string {
  const match = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)(\.\d+)?([+-]\d\d(?::?\d\d)?|Z)?$/.exec(text);
  if (!match) return text;
  const [, day, time, fraction = "", zone = "Z"] = match;
  const millis = fraction ? fraction.slice(0, 4).padEnd(4, "0") : ".000";
  const offset = zone === "Z" || /^\+00(:?00)?$/.test(zone) ? "Z" : zone.length === 3 ? `${zone}:00` : zone;
  return new Date(`${day}T${time}${millis}${offset}`).toISOString();
}

/** Type parsers both engines share: the same JavaScript values whichever engine answered. */
const PARSERS: Record<number, (text: string) => unknown> = {
  [OID_INT8]: (text) => Number(text),
  [OID_DATE]: (text) => text,
  [OID_TIMESTAMPTZ]: (text) => isoTimestamp(text),
};

export async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite: PGlite = new PGlite(dataDir, { parsers: PARSERS });
  await pglite.waitReady;
  await pglite.exec("SET TIME ZONE 'UTC'");
  const wrap = (runner: Pick<PGlite, "query">): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await runner.query<Row>(sql, params);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  });
  return {
    engine: "pglite",
    ...wrap(pglite),
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    async exec(sql) {
      await pglite.exec(sql);
    },
    close: () => pglite.close(),
  };
}

export async function openPostgres(databaseUrl: string): Promise<Db> {
  const { default: pg } = await import("pg");
  const types = { getTypeParser: (oid: number, format?: string) => PARSERS[oid] ?? pg.types.getTypeParser(oid, format as "text") };
  const pool: Pool = new pg.Pool({ connectionString: databaseUrl, types, max: 8, options: "-c TimeZone=UTC" });
  // A dropped idle connection must not crash the process; the next query reports the problem.
  pool.on("error", () => undefined);
  const wrap = (runner: Pool | PoolClient): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await runner.query(sql, params);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    },
  });
  const client = await pool.connect(); // fail now, with the server's reason, rather than on first use
  client.release();
  return {
    engine: "postgres",
    ...wrap(pool),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query("BEGIN");
        const result = await work(wrap(connection));
        await connection.query("COMMIT");
        return result;
      } catch (error) {
        await connection.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
