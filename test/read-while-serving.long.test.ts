// `tally report` and `tally export` while `tally serve` holds the PGlite data folder: they read
// through the running server (with the read-only credential it records in the folder) and print
// byte for byte what they print from the folder once the server has stopped. Writers are still refused.
import { spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as runExport } from "../src/cli/export.js";
import { run as runReport } from "../src/cli/report.js";
import { openStore, openStoreReader } from "../src/store/open.js";
import type { CliIo } from "../src/report/open-store.js";
import type { StoreReader } from "../src/store/store.js";
import { SAMPLES } from "./server-support.js";
import { runTally, startTallyServe, type RunningTally, type TallyResult } from "./support/tally-process.js";
import { openTestStore } from "./support/temporary-store.js";

const AS_OF = ["--as-of", "2026-02-10"];
const READS: Record<string, string[]> = {
  report: ["report", ...AS_OF],
  "report of one event": ["report", "--event", "Iran protests", "--metric", "killed", ...AS_OF],
  "report as JSON": ["report", "--json", ...AS_OF],
  "export as CSV": ["export", "--format", "csv", "--hxl"],
  "export of one event as JSON": ["export", "--format", "json", "--event", "El Fasher", ...AS_OF],
};

let folder: string;
let dataDir: string;

/** A command run in this process, its output captured; `reader` is the store it reads (the folder itself by default). */
async function runHere(args: string[], reader?: StoreReader): Promise<TallyResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    openStore: (dir, command) => openTestStore(dir, command),
    openReader: async (dir, command) => reader ?? openStoreReader({ dataDir: dir, databaseUrl: "", command }),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const [command, ...rest] = args;
  const code = await (command === "report" ? runReport : runExport)(["--data", dataDir, ...rest], io);
  return { code, stdout, stderr };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tally-read-while-serving-"));
  dataDir = join(folder, "data");
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("reading a data folder that tally serve holds", () => {
  let server: RunningTally | null = null;
  let token = "";
  const whileServing = new Map<string, TallyResult>();
  afterAll(async () => {
    await server?.stop();
  });

  it("serves the folder, with an account whose token can review (a server with sign-in, as off loopback)", async () => {
    const env = { TALLY_PASSWORD: "a long enough password" };
    expect((await runTally(["user", "add", "ana", "--role", "editor", "--data", dataDir], { env })).code).toBe(0);
    token = (await runTally(["user", "token", "ana", "--data", dataDir])).stdout.trim();
    server = await startTallyServe(["--data", dataDir, "--port", "0", "--seed", SAMPLES]);
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const page = (await (await fetch(`${server.url}/api/claims?limit=3`, { headers })).json()) as { items: Array<{ id: number }> };
    const [rejected, corrected] = page.items;
    const review = (id: number, body: unknown) => fetch(`${server!.url}/api/claims/${id}/review`, { method: "POST", headers, body: JSON.stringify(body) });
    expect((await review(rejected!.id, { action: "reject" })).status).toBe(200);
    expect((await review(corrected!.id, { action: "correct", correction: { min: 4321, max: 4321, status: "verified" }, reason: "the monitor's own release says 4,321" })).status).toBe(200);
    // Curation the report shows: a claimant renamed, a check dismissed.
    const post = (path: string, body: unknown) => fetch(`${server!.url}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
    expect((await post("/api/claimants/HRANA/rename?event=1", { name: "Human Rights Activists News Agency", reason: "its full name" })).status).toBe(200);
    const checks = (await (await fetch(`${server.url}/api/checks?event=1`, { headers })).json()) as Array<{ key: string }>;
    expect((await post(`/api/checks/${checks[0]!.key}/dismiss?event=1`, { reason: "the two figures count different things" })).status).toBe(200);
  }, 180_000);

  it("leaves a note of where it answers, readable by this user only", async () => {
    const record = JSON.parse(await readFile(join(dataDir, "tally-server.json"), "utf8"));
    expect(record).toMatchObject({ url: server!.url, host: hostname(), pid: server!.child.pid });
    if (process.platform !== "win32") expect((await stat(join(dataDir, "tally-server.json"))).mode & 0o777).toBe(0o600);
  });

  it("lets the recorded credential read the API and nothing else", async () => {
    const { credential } = JSON.parse(await readFile(join(dataDir, "tally-server.json"), "utf8"));
    const as = (value: string) => ({ authorization: `Bearer ${value}` });
    expect((await fetch(`${server!.url}/api/events`, { headers: as(credential) })).status).toBe(200);
    expect((await fetch(`${server!.url}/api/events`, { headers: as(`${credential.slice(0, -4)}AAAA`) })).status).toBe(401);
    expect((await fetch(`${server!.url}/`, { headers: as(credential) })).status).toBe(403);
    const write = await fetch(`${server!.url}/api/claims/1/review`, { method: "POST", headers: { ...as(credential), "content-type": "application/json" }, body: '{"action":"accept"}' });
    expect(write.status).toBe(403);
    expect(await write.json()).toEqual({ error: "the local read credential only reads the API (GET /api/…)" });
  });

  it("runs report and export through the server", async () => {
    for (const [name, args] of Object.entries(READS)) {
      // Two as a user runs them, in a process of their own; the others in this one, through the server all the same.
      const result = name === "report" || name === "export as CSV" ? await runTally([...args, "--data", dataDir]) : await runHere(args);
      expect({ name, code: result.code, stderr: result.stderr }).toEqual({ name, code: 0, stderr: "" });
      whileServing.set(name, result);
    }
    expect(whileServing.get("report of one event")!.stdout).toMatch(/^Iran protests 2025–26 — [\s\S]*PEOPLE KILLED/);
    expect(whileServing.get("export as CSV")!.stdout).toContain(",4321,");
    expect(whileServing.get("report of one event")!.stdout).toContain("Human Rights Activists News Agency");
  }, 180_000);

  it("still refuses a second writer, naming the server", async () => {
    const ingest = await runTally(["ingest", "--data", dataDir, join(SAMPLES, "IRAN-01-first-deaths-reported.txt")]);
    expect(ingest.code).toBe(1);
    expect(ingest.stderr).toBe(
      `tally ingest: the data folder '${dataDir}' is in use by another tally process ${server!.child.pid} (tally serve); stop the server to write to it, ` +
        "or set DATABASE_URL to share a PostgreSQL server (tally report and tally export read through the running server)\n",
    );
  }, 60_000);

  it("prints the same bytes from the folder once the server has stopped", async () => {
    expect(await server!.stop()).toBe(0);
    server = null;
    await expect(stat(join(dataDir, "tally-server.json"))).rejects.toThrow(/ENOENT/);
    const store = await openStore({ dataDir, databaseUrl: "" });
    try {
      // One store for every command; each closes it, which this reader does not pass on.
      const reader: StoreReader = { ...store, close: async () => undefined };
      for (const [name, args] of Object.entries(READS)) {
        const direct = await runHere(args, reader);
        expect({ name, code: direct.code }).toEqual({ name, code: 0 });
        expect(direct.stdout === whileServing.get(name)!.stdout, `${name}: the output through the server differs from the folder's`).toBe(true);
      }
    } finally {
      await store.close();
    }
    expect(whileServing.get("export as CSV")!.stdout.split("\r\n").length).toBeGreaterThan(200);
  }, 120_000);
});

describe("reading a data folder that tally serve holds on HTTPS", () => {
  it("checks the certificate the server recorded and reads through it", async () => {
    const tls = join(import.meta.dirname, "fixtures", "tls");
    const server = await startTallyServe(["--data", dataDir, "--port", "0", "--tls-cert", join(tls, "tally-test.pem"), "--tls-key", join(tls, "tally-test.key")]);
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const record = JSON.parse(await readFile(join(dataDir, "tally-server.json"), "utf8"));
      expect(record.certificateSha256).toBe(new X509Certificate(await readFile(join(tls, "tally-test.pem"))).fingerprint256);
      const direct = await runHere(READS.report!);
      expect(direct).toMatchObject({ code: 0, stderr: "" });
      expect(direct.stdout).toMatch(/^Iran protests 2025–26 — [\s\S]*PEOPLE KILLED/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 120_000);
});

describe("a data folder whose server does not answer", () => {
  it("names the folder and the process (starting, or not answering), and reads the folder itself once that process is gone", async () => {
    // A live process that holds the lock and left a record, but listens nowhere.
    const silent = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const url = `http://127.0.0.1:${port}`;
    const note = (pid: number) => JSON.stringify({ pid, host: hostname(), url, credential: `tally-local-read_${"x".repeat(43)}` });
    try {
      await writeFile(join(dataDir, "tally.lock"), `${silent.pid} ${hostname()} serve\n`);
      const starting = await runHere(["export", "--format", "csv"]);
      expect(starting.stderr).toBe(
        `tally export: the data folder '${dataDir}' is in use by tally serve (process ${silent.pid}), which has not said where it answers yet (it may still be starting); try again in a moment\n`,
      );
      await writeFile(join(dataDir, "tally-server.json"), note(silent.pid!), { mode: 0o600 });
      const refused = await runHere(["report", ...AS_OF]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        `tally report: the data folder '${dataDir}' is in use by tally serve (process ${silent.pid}), which does not answer at ${url} (ECONNREFUSED); ` +
          `if it has hung, stop it (kill ${silent.pid}) and run this again\n`,
      );
    } finally {
      silent.kill();
    }
    await new Promise((resolve) => silent.once("exit", resolve));
    // Killed without a chance to clean up: its lock and record are stale, and the folder is read directly.
    const direct = await runHere(["export", "--format", "csv"]);
    expect(direct.code).toBe(0);
    await expect(stat(join(dataDir, "tally-server.json"))).rejects.toThrow(/ENOENT/);
  }, 120_000);
});
