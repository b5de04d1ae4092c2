// The README's own commands, run as written (`npx tally …` is this checkout's tally) from a fresh
// folder holding the sample reports: the crisis walk-through, accounts, the server with the
// report read through it, and the `tally extract` example with its printed output.
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLES } from "./server-support.js";
import { runTally, startTallyServe, type TallyResult } from "./support/tally-process.js";

const README = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");

/** A command line split as sh splits it: quotes removed, an unquoted # starting a comment. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote) {
      if (char === quote) quote = null;
      else if (char === "\\" && quote === '"' && /["\\$`]/.test(line[i + 1] ?? "")) word += line[++i]!;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= "";
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (char === "#" && word === null) break;
    else if (char === "\\") word = (word ?? "") + (line[++i] ?? "");
    else word = (word ?? "") + char;
  }
  if (quote) throw new Error(`unclosed ${quote} in: ${line}`);
  if (word !== null) words.push(word);
  return words;
}

/** The fenced blocks of a Markdown text with their language ("sh", or "" for none). */
function fencedBlocks(markdown: string): Array<{ language: string; lines: string[] }> {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ language: match[1]!, lines: match[2]!.split("\n").slice(0, -1) }));
}

/** The arguments of every `npx tally …` line in the README's sh blocks, in order. */
function tallyCommandsOfShBlocks(markdown: string): string[][] {
  return fencedBlocks(markdown)
    .filter((block) => block.language === "sh")
    .flatMap((block) => block.lines.map(shellWords))
    .filter((words) => words[0] === "npx" && words[1] === "tally")
    .map((words) => words.slice(2));
}

/** The README's example of a command and its output: a block starting `$ npx tally …`. */
function exampleRun(markdown: string, command: string): { args: string[]; output: string } {
  const block = fencedBlocks(markdown).find((b) => b.lines[0]?.startsWith(`$ npx tally ${command} `));
  if (!block) throw new Error(`the README shows no example of 'tally ${command}'`);
  return { args: shellWords(block.lines[0]!.slice(2)).slice(2), output: `${block.lines.slice(1).join("\n")}\n` };
}

describe("reading the README", () => {
  it("splits command lines as sh does", () => {
    expect(shellWords(`npx tally event add "Iran protests 2025–26" --since 2025-12-28 --match 'a,b'   # a comment`)).toEqual([
      "npx", "tally", "event", "add", "Iran protests 2025–26", "--since", "2025-12-28", "--match", "a,b",
    ]);
    expect(shellWords(`say "a \\"quoted\\" word" plain\\ space x#y`)).toEqual(["say", 'a "quoted" word', "plain space", "x#y"]);
  });
});

/** What the README's walk-through of a crisis runs, in this order (other commands may come between). */
const WALK_THROUGH = [
  ["event", "add", "Iran protests 2025–26", "--since", "2025-12-28", "--match", "Iran,Iranian,Tehran"],
  ["ingest", "samples/"],
  ["report", "--event", "Iran protests", "--metric", "killed"],
  ["report", "--event", "Iran protests", "--html", "iran.html"],
  ["export", "--format", "csv", "--hxl", "--out", "claims.csv"],
];
/** Typed when a command asks for a password (`tally user add`). */
const PASSWORD = "a long enough password";

/**
 * Runs one README command line in `cwd`: to its end, a password on standard input should it ask;
 * `serve` until it listens (on a free port: 8080 may be taken here), then stopped with Ctrl-C.
 */
async function runAsWritten(args: string[], cwd: string): Promise<TallyResult> {
  if (args[0] !== "serve") return runTally(args, { cwd, input: `${PASSWORD}\n` });
  const at = args.indexOf("--port");
  const server = await startTallyServe(at < 0 ? [...args.slice(1), "--port", "0"] : args.slice(1).map((arg, i) => (i === at ? "0" : arg)), { cwd });
  return { code: await server.stop(), stdout: server.url, stderr: server.stderr() };
}

describe("the README's commands, as written", () => {
  let folder: string;
  const results = new Map<string, TallyResult>();
  const commands = tallyCommandsOfShBlocks(README);
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "tally-readme-"));
    await symlink(SAMPLES, join(folder, "samples"), "dir");
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("still shows the walk-through of a crisis", () => {
    const shown = commands.filter((args) => WALK_THROUGH.some((step) => step.join("\0") === args.join("\0")));
    expect(shown).toEqual(WALK_THROUGH);
  });

  it("runs every `npx tally` line of its sh blocks, in order, from a fresh folder", async () => {
    for (const args of commands) {
      const result = await runAsWritten(args, folder);
      expect({ args, code: result.code }, result.stderr).toEqual({ args, code: 0 });
      results.set(args.join(" "), result);
    }
    const [added, ingested, report] = WALK_THROUGH.map((args) => results.get(args.join(" "))!);
    expect(added!.stdout).toMatch(/^added event 1 "Iran protests 2025–26"/);
    expect(ingested!.stdout).toMatch(/^documents: 37 new, 0 already stored, 0 failed; claims added: \d+(?:; named victims kept in the list 'reports': \d+)?\n$/);
    expect(report!.stdout).toMatch(/^Iran protests 2025–26 — [\s\S]*\bPEOPLE KILLED\n/);
    expect(report!.stdout).not.toMatch(/PEOPLE INJURED|PEOPLE DETAINED/);
    expect(await readFile(join(folder, "iran.html"), "utf8")).toMatch(/^<!doctype html>[\s\S]*Iran protests 2025–26/);
    const csv = (await readFile(join(folder, "claims.csv"), "utf8")).split("\r\n");
    expect(csv[0]).toMatch(/^claim_id,event_id,metric,/);
    expect(csv[1]).toMatch(/^#meta\+id,#event\+id,/);
  }, 300_000);

  it("adds an account and its API token, then serves with sign-in, the report still reading through the server", async () => {
    // `tally user add NAME --role viewer|editor|admin`, the password typed on standard input.
    const added = await runTally(["user", "add", "ana", "--role", "editor"], { cwd: folder, input: `${PASSWORD}\n` });
    expect(added).toMatchObject({ code: 0, stdout: "user ana saved with role editor\n" });
    const token = await runTally(["user", "token", "ana"], { cwd: folder });
    expect(token.stdout).toMatch(/^tly_\S+\n$/);

    // `tally serve [--port 8080] [--host 127.0.0.1] [--seed DIR]`, on a free port.
    const server = await startTallyServe(["--port", "0"], { cwd: folder });
    try {
      expect((await fetch(`${server.url}/api/events`)).status).toBe(401);
      const events = await fetch(`${server.url}/api/events`, { headers: { authorization: `Bearer ${token.stdout.trim()}` } });
      expect(((await events.json()) as Array<{ name: string }>).map((event) => event.name)).toEqual(["Iran protests 2025–26"]);
      const report = await runTally(WALK_THROUGH[2]!, { cwd: folder });
      expect({ code: report.code, stderr: report.stderr }).toEqual({ code: 0, stderr: "" });
      expect(report.stdout).toBe(results.get(WALK_THROUGH[2]!.join(" "))!.stdout);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 300_000);

  it("prints what the README shows for its `tally extract` example", async () => {
    const example = exampleRun(README, "extract");
    // The README's table was printed on a terminal of 100 columns.
    const result = await runTally(example.args, { env: { COLUMNS: "100" } });
    expect(result.code).toBe(0);
    // The blank line that ends each document's table is not shown.
    expect(result.stdout.trimEnd()).toBe(example.output.trimEnd());
  }, 120_000);
});
