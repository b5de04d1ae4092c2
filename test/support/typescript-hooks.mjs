// Module hooks that let a child process run Tally's TypeScript sources as they are, the way the
// tests in this process see them: `.js` imports find the `.ts` file beside them, which TypeScript
// transpiles (types dropped, nothing checked). Registered by typescript-register.mjs. Transpiled
// files are kept by content hash under node_modules/.cache, so each child does not redo the work.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const CACHE = fileURLToPath(new URL("../../node_modules/.cache/tally-typescript/", import.meta.url));
let typescript = null;

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("file:");
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !relative || !specifier.endsWith(".js")) throw error;
    return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
  }
}

async function transpile(url, source) {
  const key = createHash("sha256").update(url).update("\0").update(source).digest("hex");
  const cached = `${CACHE}${key}.js`;
  try {
    return await readFile(cached, "utf8");
  } catch {
    // Not transpiled yet.
  }
  typescript ??= (await import("typescript")).default;
  const { outputText } = typescript.transpileModule(source, {
    fileName: url,
    compilerOptions: { module: typescript.ModuleKind.ESNext, target: typescript.ScriptTarget.ES2022, inlineSourceMap: true },
  });
  await mkdir(CACHE, { recursive: true });
  const temporary = `${cached}.${process.pid}`;
  await writeFile(temporary, outputText);
  await rename(temporary, cached);
  return outputText;
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith("file:") || !url.endsWith(".ts")) return nextLoad(url, context);
  return { format: "module", source: await transpile(url, await readFile(new URL(url), "utf8")), shortCircuit: true };
}
