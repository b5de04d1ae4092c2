// Runs the `tally` command in a child process from the TypeScript sources (no build needed), as a
// user runs bin/tally.js: for tests where another process matters (a server holding a data folder).
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = join(import.meta.dirname, "..", "..");
const REGISTER = pathToFileURL(join(ROOT, "test", "support", "typescript-register.mjs")).href;
const MAIN = pathToFileURL(join(ROOT, "src", "cli", "main.ts")).href;
/** What bin/tally.js does, against the sources. */
const ENTRY = `const { main } = await import(${JSON.stringify(MAIN)}); process.exitCode = await main(process.argv.slice(1));`;

export interface TallyOptions {
  cwd?: string;
  /** Added to this process's environment; DATABASE_URL is empty unless given (PGlite). */
  env?: Record<string, string>;
  input?: string;
}

export interface TallyResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function spawnTally(args: string[], options: TallyOptions = {}): ChildProcess {
  return spawn(process.execPath, ["--import", REGISTER, "--input-type=module", "-e", ENTRY, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, DATABASE_URL: "", ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** Runs `tally ARGS…` to its end. */
export function runTally(args: string[], options: TallyOptions = {}): Promise<TallyResult> {
  const child = spawnTally(args, options);
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin!.end(options.input ?? "");
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export interface RunningTally {
  /** The dashboard's URL as `tally serve` printed it. */
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** Ctrl-C, as a user stops it; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** Starts `tally serve ARGS…` and waits for the line that gives its URL (pass --port 0 for a free port). */
export function startTallyServe(args: string[], options: TallyOptions = {}): Promise<RunningTally> {
  const child = spawnTally(["serve", ...args], options);
  let stdout = "";
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const url = /dashboard on (\S+?)\/? /.exec(stdout)?.[1];
      if (url)
        resolve({
          url,
          child,
          stderr: () => stderr,
          stop: () => {
            if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
            return exited;
          },
        });
    });
    exited.then((code) => reject(new Error(`tally serve exited (${code}) before it listened:\n${stderr}`)));
  });
}
