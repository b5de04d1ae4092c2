// `tally estimate --counts` end to end on the Kosovo 1999 table (Ball et al. 2002, as shipped in
// the LCMCR package): the published total is the BIC-best hierarchical log-linear model.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/cli/estimate.js";
import { readCaptureTableCsv } from "../src/estimate/capture-table-csv.js";
import { estimatePopulation } from "../src/estimate/estimate.js";
import { estimateToJson } from "../src/estimate/estimate-view.js";

const KOSOVO = `EXH,ABA,OSCE,HRW,count
0,0,0,1,306
0,0,1,0,936
0,0,1,1,123
0,1,0,0,845
0,1,0,1,31
0,1,1,0,217
0,1,1,1,32
1,0,0,0,1131
1,0,0,1,106
1,0,1,0,228
1,0,1,1,42
1,1,0,0,177
1,1,0,1,18
1,1,1,0,181
1,1,1,1,27
`;

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tally-estimate-"));
  await writeFile(join(folder, "kosovo.csv"), KOSOVO);
  await writeFile(join(folder, "bad.csv"), "EXH,ABA,count\n1,0,12\n1,x,4\n0,1,1.5\n");
  await writeFile(join(folder, "two.csv"), "police,hospital,count\n1,0,60\n0,1,90\n1,1,40\n");
  await writeFile(join(folder, "apart.csv"), "police,hospital,count\n1,0,60\n0,1,90\n");
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function estimate(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, readText: (path) => readFile(path, "utf8") });
  return { code, stdout, stderr };
}

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / expected;

describe("tally estimate --counts", () => {
  it("reproduces the Kosovo BIC-best model and its profile interval in JSON, with the spread", async () => {
    const { code, stdout } = await estimate(["--counts", join(folder, "kosovo.csv"), "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ lists: ["EXH", "ABA", "OSCE", "HRW"], observed: 4400, method: "log-linear", search: "all hierarchical models" });
    expect(result.models).toHaveLength(113);
    expect(result.selected.interactions).toEqual(["EXH*ABA*OSCE", "EXH*HRW", "OSCE*HRW"]);
    // Rcapture closedpCI.t: N 10,356.5189572519, profile 95 % 8,994.2567–12,110.4081, BIC 203.0296.
    expect(relative(result.selected.N, 10356.5189572519)).toBeLessThan(1e-6);
    expect(relative(result.selected.ci95[0], 8994.2567071086)).toBeLessThan(1e-3);
    expect(relative(result.selected.ci95[1], 12110.4081124686)).toBeLessThan(1e-3);
    expect(relative(result.selected.BIC, 203.029632752169)).toBeLessThan(1e-6);
    expect(result.spread.models).toBe(3);
    expect(result.spread.N[1]).toBeCloseTo(18393.3061150177, 3);
    const independence = result.models.find((model: { interactions: string[] }) => model.interactions.length === 0);
    expect(relative(independence.N, 7394.5866623002)).toBeLessThan(1e-6);
  });

  it("averages over models in a worker thread, telling its progress on stderr, with the in-thread result", async () => {
    const { code, stdout, stderr } = await estimate(["--counts", join(folder, "kosovo.csv"), "--json"]);
    expect(code).toBe(0);
    // 61 graphs × 26,400 values of the number missing: long enough for the worker
    const told = stderr.trim().split("\n");
    expect(told).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => `tally estimate: model averaging ${p} % (26,400 values of the number missing)`));
    const read = readCaptureTableCsv(KOSOVO);
    const inThread = estimateToJson(estimatePopulation(read.table!));
    expect(JSON.parse(stdout)).toEqual({ ...JSON.parse(JSON.stringify(inThread)), table: expect.any(Object) });
    // dga's posterior median and interval for Kosovo (bma.cr, delta 2^-4)
    expect(JSON.parse(stdout).modelAveraging).toMatchObject({ median: 12595, ci95: [9827, 16544] });
  });

  it("prints a readable table with the selected model first", async () => {
    const { code, stdout } = await estimate(["--counts", join(folder, "kosovo.csv")]);
    expect(code).toBe(0);
    expect(stdout).toContain("Selected (lowest BIC): EXH*ABA*OSCE + EXH*HRW + OSCE*HRW");
    expect(stdout).toContain("N̂ = 10,356.5 (SE 785.9), 95 % profile-likelihood interval 8,994–12,110");
    expect(stdout).toContain("Models within 2 BIC of the best: 3, N̂ from 10,357 to 18,393");
  });

  it("names each bad line and column of a table, and exits 1", async () => {
    const { code, stdout, stderr } = await estimate(["--counts", join(folder, "bad.csv")]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      `tally estimate: ${join(folder, "bad.csv")} line 3, column 'ABA': expected 0 or 1, got 'x'`,
      `tally estimate: ${join(folder, "bad.csv")} line 4, column 'count': expected a whole number of people, got '1.5'`,
    ]);
  });

  it("gives the two-list estimators with their warning, and refuses lists that share no one", async () => {
    const two = await estimate(["--counts", join(folder, "two.csv"), "--json"]);
    expect(two.code).toBe(0);
    const result = JSON.parse(two.stdout);
    expect(result.method).toBe("two lists");
    expect(result.lincolnPetersen.N).toBeCloseTo(325, 9);
    expect(result.warnings[0]).toMatch(/^Two lists cannot test independence/);
    const apart = await estimate(["--counts", join(folder, "apart.csv")]);
    expect(apart.code).toBe(1);
    expect(apart.stdout).toContain("No estimate: no one is on more than one list");
    expect(apart.stderr).toContain("no estimate from");
  });

  it("says what is wrong: flags that do not mix, the file", async () => {
    // Without --counts the table comes from the registry (test/estimate-registry.test.ts); the two do not mix.
    expect((await estimate(["--counts", join(folder, "two.csv"), "--fate", "killed"])).code).toBe(2);
    const missing = await estimate(["--counts", join(folder, "none.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`tally estimate: ${join(folder, "none.csv")}: no such file\n`);
  });
});
