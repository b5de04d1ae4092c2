// `tally extract` is timed as a whole process (bench/extract.ts), so what it loads at start counts:
// zod, linkedom and Readability take about 0.3 s to load, longer than extracting a megabyte.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const HEAVY = ["zod", "linkedom", "@mozilla/readability", "chrono-node"];

/** Every module a source file imports statically, its own files followed, packages by name. */
function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, "utf8");
    // import … from "x"; export … from "x"; import "x" (not `import type`, which leaves nothing at run time)
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?"([^"]+)";/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith(".")) queue.push(resolve(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else packages.add(specifier);
    }
  }
  return { files, packages };
}

describe("tally extract at start", () => {
  it("loads none of the slow packages the server and the HTML reader need", () => {
    const { files, packages } = staticImports(join(import.meta.dirname, "extract.ts"));
    expect(files.size).toBeGreaterThan(10);
    expect([...packages].filter((name) => HEAVY.includes(name))).toEqual([]);
  });
});
