// Seeds a real store (PGlite in a temporary folder) with the bundled sample reports, one event per
// crisis prefix, for the server tests. Closing the store removes its folder.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EXTRACTOR_VERSION, extractDocument } from "../src/extract/index.js";
import type { DocumentToStore, Store } from "../src/store/store.js";
import { temporaryStore } from "./support/temporary-store.js";

export const SAMPLES = join(import.meta.dirname, "..", "samples");

export async function seededStore(options: { prefixes?: string[] } = {}): Promise<Store> {
  const store = await temporaryStore("tally-server-test-");
  const events = new Map<string, number>();
  const batch: DocumentToStore[] = [];
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith(".txt")).sort();
  for (const file of files) {
    const prefix = file.split("-")[0]!;
    if (options.prefixes && !options.prefixes.includes(prefix)) continue;
    if (!events.has(prefix)) events.set(prefix, (await store.addEvent({ name: `${prefix} sample crisis`, region: null, since: "2020-01-01", match: [] })).id);
    const text = readFileSync(join(SAMPLES, file), "utf8");
    // The publication date as the fixtures record it (reading date lines is ingest's job, not these tests').
    const expected = join(SAMPLES, "..", "test", "fixtures", "expected", file.replace(/\.txt$/, ".json"));
    const published = existsSync(expected) ? ((JSON.parse(readFileSync(expected, "utf8")) as { published?: string }).published ?? null) : null;
    const extracted = extractDocument(text, { published });
    batch.push({
      doc: { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: `Outlet ${prefix}`, title: extracted.document.title ?? file, published: extracted.document.published ?? published, language: "en", source: "file", eventId: events.get(prefix)! },
      claims: extracted.claims,
    });
  }
  await store.ingestDocuments(batch, EXTRACTOR_VERSION);
  return store;
}

export const HOSTILE_TEXT = `Attack test <script>window.__pwned = 1; alert("x")</script> and <img src=x onerror="window.__pwned = 2; alert(1)">.

Rights monitors said at least 40 people were killed <script>alert(2)</script> in the city on Monday.
`;

/** Adds a document whose text and claimant carry markup; returns its id and its claim's id. */
export async function addHostileDocument(store: Store, eventId: number | null = 1): Promise<{ documentId: number; claimId: number }> {
  const sentence = HOSTILE_TEXT.split("\n\n")[1]!.trim();
  const start = HOSTILE_TEXT.indexOf(sentence);
  const result = await store.ingestDocument(
    { text: HOSTILE_TEXT, sha256: createHash("sha256").update(HOSTILE_TEXT).digest("hex"), url: "javascript:alert(3)", outlet: "<b>Outlet</b>", title: `<img src=x onerror="alert(4)">Title`, published: "2026-01-12", language: "en", source: "file", eventId },
    [{ metric: "killed", population: "all", min: 40, max: null, qualifier: "at_least", claimant: `<img src=x onerror="alert(5)">Monitors`, claimantKind: "ngo", status: "reported", asOf: "2026-01-12", mainEvent: true, evidence: { text: sentence, start, end: start + sentence.length } }],
    "test",
  );
  const claims = await store.listClaims({ documentId: result.documentId });
  return { documentId: result.documentId, claimId: claims.items[0]!.id };
}
