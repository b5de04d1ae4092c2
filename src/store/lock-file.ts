// An exclusive lock file in the data folder: PGlite has no lock of its own, and two processes
// writing one folder lose acknowledged rows. A lock left by a process that no longer runs is taken over.
import { open, readFile, unlink } from "node:fs/promises";
import { hostname } from "node:os";

export interface LockFile {
  release(): Promise<void>;
}

export class StoreBusyError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Who holds the lock, as written in it: "pid host". */
async function readHolder(path: string): Promise<{ pid: number; host: string } | null> {
  try {
    const [pid, host = ""] = (await readFile(path, "utf8")).trim().split(/\s+/);
    return Number.isInteger(Number(pid)) && Number(pid) > 0 ? { pid: Number(pid), host } : null;
  } catch {
    return null;
  }
}

export async function acquireLockFile(path: string, folder: string): Promise<LockFile> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(`${process.pid} ${hostname()}\n`);
      await handle.close();
      return {
        async release() {
          const holder = await readHolder(path);
          if (holder?.pid === process.pid) await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await readHolder(path);
    const otherHost = holder !== null && holder.host !== "" && holder.host !== hostname();
    if (holder && (otherHost || isRunning(holder.pid))) {
      const who = otherHost ? `process ${holder.pid} on ${holder.host}` : `process ${holder.pid}`;
      throw new StoreBusyError(
        `the data folder '${folder}' is in use by another tally ${who}; wait for it to finish (one process at a time may use a data folder; set DATABASE_URL to share a PostgreSQL server)`,
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
