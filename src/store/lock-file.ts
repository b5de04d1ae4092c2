// An exclusive lock file in the data folder: PGlite has no lock of its own, and two processes
// writing one folder lose acknowledged rows. A lock left by a process that no longer runs is taken over.
import { open, readFile, unlink } from "node:fs/promises";
import { hostname } from "node:os";

export interface LockFile {
  release(): Promise<void>;
}

/** Who holds a lock, as written in it: "pid host command". */
export interface LockHolder {
  pid: number;
  host: string;
  /** The tally command that took it ("serve", "ingest"); empty in a lock written before commands were recorded. */
  command: string;
}

export class StoreBusyError extends Error {
  constructor(
    message: string,
    /** Null when the lock could not be taken for another reason than a live holder. */
    readonly holder: LockHolder | null = null,
  ) {
    super(message);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function readLockHolder(path: string): Promise<LockHolder | null> {
  try {
    const [pid, host = "", command = ""] = (await readFile(path, "utf8")).trim().split(/\s+/);
    return Number.isInteger(Number(pid)) && Number(pid) > 0 ? { pid: Number(pid), host, command } : null;
  } catch {
    return null;
  }
}

/** "another tally process 123 (tally serve)" — how a refused process names the holder. */
export function describeHolder(holder: LockHolder): string {
  const where = holder.host !== "" && holder.host !== hostname() ? ` on ${holder.host}` : "";
  return `another tally process ${holder.pid}${where}${holder.command ? ` (tally ${holder.command})` : ""}`;
}

/** `command` names the tally command taking the lock, so a refused process can say what holds the folder. */
export async function acquireLockFile(path: string, folder: string, command = ""): Promise<LockFile> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(`${process.pid} ${hostname()}${/^[\w-]+$/.test(command) ? ` ${command}` : ""}\n`);
      await handle.close();
      return {
        async release() {
          const holder = await readLockHolder(path);
          if (holder?.pid === process.pid) await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await readLockHolder(path);
    const otherHost = holder !== null && holder.host !== "" && holder.host !== hostname();
    if (holder && (otherHost || isRunning(holder.pid))) {
      const advice =
        holder.command === "serve"
          ? "stop the server to write to it, or set DATABASE_URL to share a PostgreSQL server (tally report and tally export read through the running server)"
          : "wait for it to finish (one process at a time may use a data folder; set DATABASE_URL to share a PostgreSQL server)";
      throw new StoreBusyError(
        `the data folder '${folder}' is in use by ${describeHolder(holder)}; ${advice}`,
        holder,
      );
    }
    if (holder === null && attempt === 0) {
      // An empty lock file may be one a live writer is between creating and filling: look again.
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    // The holder is gone (killed, crashed): take the lock over.
    await unlink(path).catch(() => undefined);
  }
  throw new StoreBusyError(`the data folder '${folder}': could not take its lock file ${path}`);
}
