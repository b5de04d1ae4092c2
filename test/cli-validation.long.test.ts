// The CLI refuses a bad flag or seed file the way it refuses everything else: a non-zero exit
// and one line naming the flag (or field) and what was expected, never a stack trace.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runTally } from "./support/tally-process.js";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-cli-validation-"));
  await writeFile(join(dir, "report.txt"), "March 4, 2025\n\nAt least 41 people were killed, the agency said.\n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs the CLI from the sources (no stale build can answer for them). */
async function tally(args: string[], env: Record<string, string> = {}) {
  const result = await runTally(args, { env: { PORT: "", ...env } });
  return { status: result.code, stdout: result.stdout, stderr: result.stderr, firstLine: result.stderr.split("\n")[0] };
}

function expectRefused(outcome: Awaited<ReturnType<typeof tally>>, line: string, status = 2): void {
  expect(outcome.status, outcome.stderr).toBe(status);
  expect(outcome.firstLine).toBe(line);
  expect(outcome.stderr).not.toMatch(/^\s+at /m);
}

describe("bad flags", () => {
  const data = () => join(dir, "data");
  const cases: Array<[string, () => string[], string]> = [
    ["event add --since 2026-02-30", () => ["event", "add", "Flood", "--since", "2026-02-30", "--data", data()], "tally event: --since '2026-02-30': day 30 does not exist in 2026-02 (01–28)"],
    ["event add --since 2026-13-01", () => ["event", "add", "Flood", "--since", "2026-13-01", "--data", data()], "tally event: --since '2026-13-01': month 13 does not exist (01–12)"],
    ["extract --published 2026-13-01", () => ["extract", "--published", "2026-13-01", join(dir, "report.txt")], "tally extract: --published '2026-13-01': month 13 does not exist (01–12)"],
    ["extract --published 14/01/2026", () => ["extract", "--published", "14/01/2026", join(dir, "report.txt")], "tally extract: --published '14/01/2026': expected a date YYYY-MM-DD"],
    ["report --as-of 2026-02-30", () => ["report", "--as-of", "2026-02-30", "--data", data()], "tally report: --as-of '2026-02-30': day 30 does not exist in 2026-02 (01–28)"],
    ["report --as-of 2025-02-29", () => ["report", "--as-of", "2025-02-29", "--data", data()], "tally report: --as-of '2025-02-29': day 29 does not exist in 2025-02 (01–28)"],
    ["serve --port 1e3", () => ["serve", "--port", "1e3", "--data", data()], "tally serve: --port '1e3': expected a port number from 0 to 65535"],
    ["serve --port 0x50", () => ["serve", "--port", "0x50", "--data", data()], "tally serve: --port '0x50': expected a port number from 0 to 65535"],
    ["serve --port=", () => ["serve", "--port=", "--data", data()], "tally serve: --port '': expected a port number from 0 to 65535"],
    ["serve --port 65536", () => ["serve", "--port", "65536", "--data", data()], "tally serve: --port '65536': expected a port number from 0 to 65535"],
    ["ingest --timeout 1e400", () => ["ingest", "--timeout", "1e400", "--data", data(), join(dir, "report.txt")], "tally ingest: --timeout '1e400': expected a number of seconds above 0 and at most 3600"],
    ["ingest --timeout 99999999", () => ["ingest", "--timeout", "99999999", "--data", data(), join(dir, "report.txt")], "tally ingest: --timeout '99999999': expected a number of seconds above 0 and at most 3600"],
    ["ingest --max-mb 0x10", () => ["ingest", "--max-mb", "0x10", "--data", data(), join(dir, "report.txt")], "tally ingest: --max-mb '0x10': expected a number of megabytes above 0 and at most 512"],
    ["export --metric deaths", () => ["export", "--format", "csv", "--metric", "deaths", "--data", data()], "tally export: --metric 'deaths' is not one of killed, injured, detained, executed, sentenced_to_death, missing, displaced"],
    ["user add with a name no account can have", () => ["user", "add", "ana smith", "--role", "editor", "--data", data()], "tally user: name 'ana smith': a name holds letters, digits, . _ @ - (1 to 64)"],
  ];
  it.each(cases)("%s", async (_what, args, line) => expectRefused(await tally(args()), line));

  it("names the PORT variable when it is the bad one", async () => {
    expectRefused(await tally(["serve", "--data", data()], { PORT: "http" }), "tally serve: PORT 'http': expected a port number from 0 to 65535");
  });

  it("refuses an event name a page could not show, in one line", async () => {
    expectRefused(await tally(["event", "add", "Flood\nwarning", "--since", "2026-01-01", "--data", data()]), "tally event: event NAME: control character U+000A is not allowed in a name");
  });
});

describe("seed files for `tally serve --seed`", () => {
  const seed = async (name: string, events: unknown) => {
    const folder = join(dir, name);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "events.json"), JSON.stringify(events));
    return folder;
  };

  it("names the event and field of an impossible day, a name too long or given twice", async () => {
    const cases: Array<[string, unknown, string]> = [
      ["seed-day", [{ name: "Flood", since: "2026-02-30" }], "field '0.since': '2026-02-30': day 30 does not exist in 2026-02 (01–28)"],
      ["seed-month", [{ name: "Flood", since: "2026-01-01" }, { name: "Quake", since: "2026-13-01" }], "field '1.since': '2026-13-01': month 13 does not exist (01–12)"],
      ["seed-name", [{ name: "x".repeat(201), since: "2026-01-01" }], "field '0.name': at most 200 characters (got 201)"],
      ["seed-twice", [{ name: "Flood", since: "2026-01-01" }, { name: "Flood", since: "2026-02-01" }], "field '1.name': 'Flood' is already the name of an earlier event"],
    ];
    for (const [name, events, message] of cases) {
      const folder = await seed(name, events);
      expectRefused(await tally(["serve", "--port", "0", "--data", join(dir, "seed-data"), "--seed", folder]), `tally serve: ${join(folder, "events.json")}: ${message}`, 1);
    }
    // Refused before the data folder was touched.
    expect(existsSync(join(dir, "seed-data"))).toBe(false);
  });
});
