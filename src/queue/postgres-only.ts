// The job queue lives in PostgreSQL: the commands that use it name the one thing to fix when the
// store is the default PGlite folder, which only one process can open at a time.

/** The PostgreSQL URL the queue commands use, or the reason they cannot run, as one line. */
export function queueDatabaseUrl(command: string, databaseUrl: string | undefined): string | Error {
  if (databaseUrl) return databaseUrl;
  return new Error(
    `tally ${command} needs PostgreSQL: the job queue lives in the database that workers on any machine share. ` +
      "Set DATABASE_URL (for example postgres://user@host:5432/tally); the default store, a PGlite data folder, " +
      "serves one process at a time, so ingest into it with tally ingest instead",
  );
}
