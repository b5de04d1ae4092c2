// Crash safety: `tally ingest` killed with SIGKILL at random moments, over and over, never leaves a
// store that does not open or a document without its claims, and re-running ends with exactly the
// claim set of an uninterrupted run.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticReport } from "../bench/synthetic-reports.js";
import { pathToFileURL } from "node:url";
import { openStore } from "../src/store/open.js";

const ROOT = join(import.meta.dirname, "..");
const REPORTS = 500;
const KILLS = 20;
/** What bin/tally.js does, against the private build. */
const CLI = `const { main } = await import(process.env.TALLY_CRASH_MAIN); process.exitCode = await main(process.argv.slice(1));`;

let folder: string;
let build: string;
/** The extractor of the build the child processes run (the source may change under a running test). */
let extractDocument: typeof import("../src/extract/index.js").extractDocument;
let reports: string;

/**
 * Runs `tally ingest`, killed after `killAfterMs` if given; `storedMs` is when it printed its summary
 * line, every document stored (what follows, the alerts of the events it changed, writes no claim).
 */
function runIngest(dataDir: string, killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; storedMs: number | null }> {
  const started = Date.now();
  let storedMs: number | null = null;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", CLI, "ingest", "--data", dataDir, reports], {
      stdio: ["ignore", "pipe", "ignore"],
      env: { ...process.env, DATABASE_URL: "", TALLY_CRASH_MAIN: pathToFileURL(join(build, "src/cli/main.js")).href },
    });
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      if (storedMs === null && chunk.includes("documents:")) storedMs = Date.now() - started;
    });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, storedMs });
    });
  });
}

/** Every stored claim as a comparable line, and any document whose claims are not all there. */
async function inspect(dataDir: string): Promise<{ claims: string[]; incomplete: string[]; documents: number }> {
  const store = await openStore({ dataDir, databaseUrl: "", openTimeoutMs: 30_000 });
  try {
    const documents = (await store.listDocuments()).items;
    const claims = (await store.listClaims({ includeRejected: true })).items;
    const sha = new Map(documents.map((d) => [d.id, d.sha256]));
    const perDocument = new Map<number, number>();
    for (const claim of claims) perDocument.set(claim.documentId, (perDocument.get(claim.documentId) ?? 0) + 1);
    const incomplete = documents
      .filter((d) => extractDocument(d.text, { published: d.published, title: d.title, outlet: d.outlet }).claims.length !== (perDocument.get(d.id) ?? 0))
      .map((d) => `${d.title ?? d.id}: ${perDocument.get(d.id) ?? 0} claims stored`);
    const lines = claims.map((c) => JSON.stringify([sha.get(c.documentId), c.metric, c.population, c.min, c.max, c.qualifier, c.claimant, c.status, c.asOf, c.evidence.start, c.evidence.end]));
    return { claims: lines.sort(), incomplete, documents: documents.length };
  } finally {
    await store.close();
  }
}

describe("ingest killed at random moments", () => {
  beforeAll(async () => {
    // A private build (under node_modules, so packages resolve): a shared dist/ rebuilt by someone else
    // mid-test would change the extractor between runs. tsc emits even when some file does not type-check.
    build = join(ROOT, "node_modules", ".cache", `tally-crash-${process.pid}`);
    spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.build.json"), "--outDir", build], { cwd: ROOT, stdio: "ignore" });
    if (!existsSync(join(build, "src/cli/main.js"))) throw new Error(`the build produced no ${build}/src/cli/main.js`);
    ({ extractDocument } = (await import(pathToFileURL(join(build, "src/extract/index.js")).href)) as typeof import("../src/extract/index.js"));
    folder = await mkdtemp(join(tmpdir(), "tally-crash-"));
    reports = join(folder, "reports");
    for (let i = 0; i < REPORTS; i++) {
      const sub = join(reports, `batch-${Math.floor(i / 100)}`);
      await mkdir(sub, { recursive: true });
      await writeFile(join(sub, `report-${String(i).padStart(4, "0")}.txt`), syntheticReport(i));
    }
  }, 240_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await rm(build, { recursive: true, force: true });
  });

  it(`always opens, never holds half a document, and converges on the uninterrupted run's claims (${KILLS} kills)`, async () => {
    const reference = join(folder, "reference");
    const uninterrupted = await runIngest(reference);
    expect(uninterrupted.code).toBe(0);
    // Kills land while documents are being written: up to the moment the uninterrupted run had stored them all.
    const uninterruptedMs = uninterrupted.storedMs!;
    const expected = await inspect(reference);
    expect(expected.documents).toBe(REPORTS);
    expect(expected.incomplete).toEqual([]);

    // A seeded sequence of moments, spread from start-up (creating the store) to the end of the run.
    let seed = 20_260_101;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32);
    const crashed = join(folder, "crashed");
    let kills = 0;
    let midIngest = 0;
    // Kill until KILLS kills have landed, half of them while documents were being written (not only
    // at start-up). A store that holds every document (its run finished, or was killed after storing
    // the last) starts afresh: its re-runs only skip what is stored, so a kill would never again land
    // mid-ingest, however fast or slow this machine is today.
    for (let round = 0; (kills < KILLS || midIngest < KILLS / 2) && round < KILLS * 5; round++) {
      const outcome = await runIngest(crashed, Math.round(200 + next() * uninterruptedMs));
      if (outcome.signal === "SIGKILL") kills++;
      const state = await inspect(crashed);
      expect(state.incomplete, `after round ${round + 1}`).toEqual([]);
      if (outcome.signal === "SIGKILL" && state.documents > 0 && state.documents < REPORTS) midIngest++;
      if (outcome.code === 0 || state.documents === REPORTS) await rm(crashed, { recursive: true, force: true });
    }
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(midIngest).toBeGreaterThanOrEqual(KILLS / 2);
    expect((await runIngest(crashed)).code).toBe(0);
    const final = await inspect(crashed);
    expect(final.documents).toBe(REPORTS);
    expect(final.claims).toEqual(expected.claims);
  }, 900_000);
});
