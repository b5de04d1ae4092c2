// Ingest in batches: a batch the store refuses is retried document by document, so only the faulty
// document is reported and the rest are stored; texts already stored are not extracted again.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { BATCH_DOCUMENTS, ingestInputs } from "../src/ingest/run-ingest.js";
import type { DocumentToStore, NewDocument, Store } from "../src/store/store.js";
import { temporaryStore } from "./support/temporary-store.js";

let folder: string;
const REPORTS = BATCH_DOCUMENTS + 6;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tally-ingest-batches-"));
  await mkdir(join(folder, "reports"));
  for (let i = 0; i < REPORTS; i++) {
    await writeFile(join(folder, "reports", `r${String(i).padStart(3, "0")}.txt`), `Report ${i}\n\nMarch 3, 2025\n\nAt least ${i + 10} people were killed, officials said.\n`);
  }
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** The real store, whose batch writes fail when they hold the poisoned report, as a constraint violation would. */
function poisoned(store: Store): Store & { batches: number[] } {
  const batches: number[] = [];
  const ingestDocuments = store.ingestDocuments.bind(store);
  const ingestDocument = store.ingestDocument.bind(store);
  return Object.assign(store, {
    batches,
    async ingestDocuments(items: DocumentToStore[], version: string) {
      batches.push(items.length);
      if (items.some((item) => item.doc.title === "Report 7")) throw new Error("value too long");
      return ingestDocuments(items, version);
    },
    async ingestDocument(doc: NewDocument, ...rest: [Parameters<Store["ingestDocument"]>[1], string]) {
      if (doc.title === "Report 7") throw new Error("value too long for type");
      return ingestDocument(doc, ...rest);
    },
  });
}

describe("ingest in batches", () => {
  it("stores every document but the faulty one, names it, and skips what is stored on a second run", async () => {
    const store = poisoned(await temporaryStore());
    onTestFinished(() => store.close());
    const failures: string[] = [];
    const progress: number[] = [];
    const first = await ingestInputs(store, [join(folder, "reports")], { onFailure: (m) => failures.push(m), onProgress: (p) => progress.push(p.done) });
    expect(first).toEqual({ documentsNew: REPORTS - 1, documentsNewUndated: expect.any(Number), documentsNewDatedByFlag: 0, documentsSeen: 0, documentsSeenDated: 0, documentsFailed: 1, claimsAdded: expect.any(Number), namedVictims: expect.any(Number) });
    expect(first.claimsAdded).toBeGreaterThanOrEqual(REPORTS - 1);
    expect(failures).toEqual([expect.stringMatching(/r007\.txt: could not be stored \(value too long for type\)/)]);
    expect(store.batches).toEqual([BATCH_DOCUMENTS, 6]);
    expect(progress.at(-1)).toBe(REPORTS);

    const again = await ingestInputs(store, [join(folder, "reports")], { onFailure: (m) => failures.push(m) });
    expect(again).toEqual({ documentsNew: 0, documentsNewUndated: 0, documentsNewDatedByFlag: 0, documentsSeen: REPORTS - 1, documentsSeenDated: 0, documentsFailed: 1, claimsAdded: 0, namedVictims: 0 });
    expect(store.batches.slice(2)).toEqual([1]);
  });
});
