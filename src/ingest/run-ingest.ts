// Ingest: inputs (files, folders, page and feed URLs) → candidates → text → claims → store, one
// transaction per document. A text already stored is skipped before extraction; every failure is
// one line naming its input, and the rest carry on.
import { stat } from "node:fs/promises";
import { EXTRACTOR_VERSION, extractDocument } from "../extract/index.js";
import type { Store } from "../store/store.js";
import type { FetchLimits } from "./fetch-limited.js";
import { fileCandidate } from "./load-file.js";
import { expandUrl } from "./load-url.js";
import type { Candidate, LoadedDocument } from "./loaded-document.js";
import { sha256Hex } from "./sha256.js";
import { findReportFiles } from "./walk.js";

export interface IngestOptions {
  /** Every document joins this event, whatever its words. */
  eventId?: number;
  limits?: FetchLimits;
  maxFileBytes?: number;
  extractorVersion?: string;
  /** Called after each document (and once with the total before the first). */
  onProgress?(progress: IngestProgress): void;
  onFailure?(message: string): void;
  onWarning?(message: string): void;
  /** Documents in flight at once; default 8 on PostgreSQL (commits wait on the server), 1 on PGlite (one thread). */
  concurrency?: number;
}

export interface IngestSummary {
  documentsNew: number;
  documentsSeen: number;
  documentsFailed: number;
  claimsAdded: number;
}

export interface IngestProgress extends IngestSummary {
  done: number;
  total: number;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** Turns one command-line input into the reports it stands for. */
async function expandInput(input: string, options: IngestOptions): Promise<{ ok: true; candidates: Candidate[] } | { ok: false; error: string }> {
  if (isUrl(input)) return expandUrl(input, options.limits);
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === "ENOENT" ? `${input}: no such file or folder` : `${input}: cannot read (${code ?? (error as Error).message})` };
  }
  if (!info.isDirectory()) return { ok: true, candidates: [fileCandidate(input, options.maxFileBytes)] };
  try {
    const files = await findReportFiles(input);
    if (files.length === 0) return { ok: false, error: `${input}: no .txt, .md or .html reports in this folder` };
    return { ok: true, candidates: files.map((file) => fileCandidate(file, options.maxFileBytes)) };
  } catch (error) {
    return { ok: false, error: `${input}: cannot list the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

/** Hashes, extracts and stores one loaded document; a text already stored by this extractor is not extracted again. */
async function storeDocument(store: Store, loaded: LoadedDocument, options: IngestOptions, version: string): Promise<{ inserted: boolean; claimsAdded: number }> {
  const sha256 = sha256Hex(loaded.text);
  const known = await store.findDocument(sha256);
  if (known && known.extractorVersion === version) return { inserted: false, claimsAdded: 0 };
  const extracted = extractDocument(loaded.text, { published: loaded.published, title: loaded.title, outlet: loaded.outlet });
  const result = await store.ingestDocument(
    {
      text: loaded.text, sha256, url: loaded.url, outlet: loaded.outlet, title: loaded.title, published: loaded.published,
      language: extracted.document.language, source: loaded.source, ...(options.eventId !== undefined ? { eventId: options.eventId } : {}),
    },
    extracted.claims,
    version,
  );
  return { inserted: result.inserted, claimsAdded: result.claimsAdded };
}

export async function ingestInputs(store: Store, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const version = options.extractorVersion ?? EXTRACTOR_VERSION;
  const summary: IngestSummary = { documentsNew: 0, documentsSeen: 0, documentsFailed: 0, claimsAdded: 0 };
  const fail = (message: string) => {
    summary.documentsFailed++;
    options.onFailure?.(message);
  };
  const candidates: Candidate[] = [];
  for (const input of inputs) {
    const expanded = await expandInput(input, options);
    if (expanded.ok) candidates.push(...expanded.candidates);
    else fail(expanded.error);
  }
  let done = 0;
  const report = () => options.onProgress?.({ ...summary, done, total: candidates.length });
  report();
  const ingestOne = async (candidate: Candidate): Promise<void> => {
    const loaded = await candidate.load();
    if (!loaded.ok) fail(loaded.error);
    else {
      if (loaded.document.warning) options.onWarning?.(loaded.document.warning);
      try {
        const stored = await storeDocument(store, loaded.document, options, version);
        if (stored.inserted) summary.documentsNew++;
        else summary.documentsSeen++;
        summary.claimsAdded += stored.claimsAdded;
      } catch (error) {
        fail(`${candidate.name}: could not be stored (${(error as Error).message})`);
      }
    }
    done++;
    report();
  };
  let next = 0;
  const worker = async () => {
    while (next < candidates.length) await ingestOne(candidates[next++]!);
  };
  const concurrency = Math.max(1, options.concurrency ?? (store.engine === "postgres" ? 8 : 1));
  await Promise.all(Array.from({ length: Math.min(concurrency, candidates.length) }, worker));
  return summary;
}
