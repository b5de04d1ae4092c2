// A database of its own for each bench run on the local PostgreSQL, dropped afterwards, so that runs
// neither see each other's rows nor leave any behind.

const POSTGRES_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres";

/** A fresh database `tally_bench_NAME_PID` on the local PostgreSQL, or null where nothing answers on 127.0.0.1:5432. */
export async function freshPostgresDatabase(name: string): Promise<{ url: string; drop(): Promise<void> } | null> {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const database = `tally_bench_${name}_${process.pid}`;
  await admin.query(`CREATE DATABASE ${database}`);
  return {
    url: `postgres://postgres@127.0.0.1:5432/${database}`,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    },
  };
}
