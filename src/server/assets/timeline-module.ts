// The chart module's JavaScript for the browser (/assets/timeline.js): the compiled file beside this one,
// or, when running from TypeScript sources (tests), the same source with its types stripped.
import { readFile } from "node:fs/promises";

let cached: Promise<string> | null = null;

async function load(): Promise<string> {
  try {
    const compiled = await readFile(new URL("../../views/charts/timeline.js", import.meta.url), "utf8");
    return compiled.replace(/^\/\/# sourceMappingURL=.*$/m, "");
  } catch {
    const typescriptModule = "typescript";
    const ts = (await import(typescriptModule)) as typeof import("typescript");
    const source = await readFile(new URL("../../views/charts/timeline.ts", import.meta.url), "utf8");
    return ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;
  }
}

export function timelineModuleSource(): Promise<string> {
  cached ??= load();
  return cached;
}
