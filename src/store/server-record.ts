// The note `tally serve` leaves in the PGlite data folder it holds: where it answers and the read
// credential that lets `tally report` and `tally export` on this machine read through it.
import { X509Certificate } from "node:crypto";
import { chmod, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { z } from "zod";

/** Beside the lock file; readable by this user only, since it holds a credential. */
export const SERVER_RECORD_FILE = "tally-server.json";

const serverRecord = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  /** Where a process on this machine reaches the server (loopback when it listens on every address). */
  url: z.url(),
  /** A random credential made at each start that reads the /api routes and nothing else. */
  credential: z.string().min(32),
  /** For an HTTPS server: the SHA-256 of the certificate it presents, which the reader checks instead of the name in it. */
  certificateSha256: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/i).optional(),
});

export type ServerRecord = z.infer<typeof serverRecord>;

export interface RecordedServer {
  /** Removes the record if it is still this process's. */
  remove(): Promise<void>;
}

function recordPath(dataDir: string): string {
  return join(resolve(dataDir), SERVER_RECORD_FILE);
}

export interface ServerToRecord {
  url: string;
  credential: string;
  /** PEM of the certificate an HTTPS server presents (its first certificate when a chain is given). */
  certificate?: string | Buffer;
}

/** Writes the record (mode 0600) in one rename, so a reader never sees half of it. */
export async function recordServer(dataDir: string, server: ServerToRecord): Promise<RecordedServer> {
  const path = recordPath(dataDir);
  const record: ServerRecord = {
    pid: process.pid,
    host: hostname(),
    url: server.url,
    credential: server.credential,
    ...(server.certificate ? { certificateSha256: new X509Certificate(server.certificate).fingerprint256 } : {}),
  };
  const temporary = `${path}.${process.pid}`;
  await writeFile(temporary, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  // The mode given on creation is narrowed by the umask, never widened; set it outright all the same.
  await chmod(temporary, 0o600);
  await rename(temporary, path);
  return {
    async remove() {
      if ((await readServerRecord(dataDir))?.pid === process.pid) await unlink(path).catch(() => undefined);
    },
  };
}

/** The record in the folder, or null when there is none or it cannot be read as one. */
export async function readServerRecord(dataDir: string): Promise<ServerRecord | null> {
  try {
    const parsed = serverRecord.safeParse(JSON.parse(await readFile(recordPath(dataDir), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** For the process that holds the folder's lock: any record there is from a server that has gone. */
export async function removeStaleServerRecord(dataDir: string): Promise<void> {
  await unlink(recordPath(dataDir)).catch(() => undefined);
}
