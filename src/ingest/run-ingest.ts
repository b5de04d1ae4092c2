// Ingest: inputs (files, folders, page and feed URLs) → candidates → text → claims → store, in
// batches of documents, one transaction per batch (a document is never half-stored). A text already
// stored is skipped before extraction (unless it was stored undated and is dated now); every failure
// is one line naming its input, and the rest carry on.
import { stat } from "node:fs/promises";
import type { HostResolver } from "./address-guard.js";
import { EXTRACTOR_VERSION } from "../extract/index.js";
import type { NamedVictim } from "../extract/named-victims.js";
import type { DocumentToStore, KnownDocument, NewDocument, Store } from "../store/store.js";
import { inlineExtractor, startExtractorPool } from "./extract-pool.js";
import type { FetchLimits } from "./fetch-limited.js";
import { fileCandidate } from "./load-file.js";
import { expandUrl } from "./load-url.js";
import type { Candidate, LoadResult } from "./loaded-document.js";
import { noLanguagePackNotice } from "./language-notice.js";
import { sha256Hex } from "./sha256.js";
import { todayUtc } from "./published-day.js";
import { findReportFiles } from "./walk.js";
import { reportVictimRecords } from "../victims/from-report.js";

export interface IngestOptions {
  /** Every document joins this event, whatever its words. */
  eventId?: number;
  limits?: FetchLimits;
  /** Fetch feed items' links on private, loopback, link-local and metadata addresses too. */
  allowPrivateAddresses?: boolean;
  /** Resolves host names for every fetch (the system's resolver by default). */
  resolveHost?: HostResolver;
  maxFileBytes?: number;
  /**
   * YYYY-MM-DD given with --published: the publication day of every report that states none (a
   * report that states its own keeps it, whatever this says).
   */
  published?: string;
  /** YYYY-MM-DD: a stated publication day after tomorrow is not believed (today in UTC by default). */
  today?: string;
  extractorVersion?: string;
  /** Called after each document (and once with the total before the first). */
  onProgress?(progress: IngestProgress): void;
  onFailure?(message: string): void;
  onWarning?(message: string): void;
  /** Worker threads extracting (0: extract in this thread); by default one per spare core, at least one. */
  extractWorkers?: number;
  /**
   * Called with the ids of documents this run stored, dated, or found already stored (alerts compare
   * their events' standing: a run repeated after a crash must reach the events the first run changed);
   * `changed` when this run stored the document or claims of it.
   */
  onDocuments?(documentIds: number[], changed: boolean): void;
  /**
   * Also write the named victims of texts already stored: for a queued job delivered again, whose
   * first run may have died between storing a document and storing its named victims.
   */
  namedVictimsOfStored?: boolean;
}

export interface IngestSummary {
  documentsNew: number;
  /** New documents stored with no publication day: their claims with no day of their own stay out of the standing summary. */
  documentsNewUndated: number;
  /** New documents that stated no publication day and took the one given with --published. */
  documentsNewDatedByFlag: number;
  documentsSeen: number;
  /** Of those already stored, the ones stored with no publication date that this run dated (their claims read again). */
  documentsSeenDated: number;
  documentsFailed: number;
  claimsAdded: number;
  /** Persons named with a fate, written to the list "reports" (a re-ingest updates its records, never adds them again). */
  namedVictims: number;
}

export interface IngestProgress extends IngestSummary {
  done: number;
  total: number;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** Turns one command-line input into the reports it stands for. */
async function expandInput(input: string, options: IngestOptions & { today: string }): Promise<{ ok: true; candidates: Candidate[] } | { ok: false; error: string }> {
  if (isUrl(input)) {
    return expandUrl(input, {
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.resolveHost ? { resolve: options.resolveHost } : {}),
      ...(options.allowPrivateAddresses ? { allowPrivateAddresses: true } : {}),
      today: options.today,
    });
  }
  const fileOptions = { today: options.today, ...(options.maxFileBytes === undefined ? {} : { maxBytes: options.maxFileBytes }) };
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === "ENOENT" ? `${input}: no such file or folder` : `${input}: cannot read (${code ?? (error as Error).message})` };
  }
  if (!info.isDirectory()) return { ok: true, candidates: [fileCandidate(input, fileOptions)] };
  try {
    const files = await findReportFiles(input);
    if (files.length === 0) return { ok: false, error: `${input}: no .txt, .md or .html reports in this folder` };
    return { ok: true, candidates: files.map((file) => fileCandidate(file, fileOptions)) };
  } catch (error) {
    return { ok: false, error: `${input}: cannot list the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

/** A document read and extracted, waiting to be written. */
interface PreparedDocument extends DocumentToStore {
  /** The candidate it came from, as messages name it. */
  name: string;
  /** It stated no publication day and took the one given with --published. */
  datedByFlag: boolean;
  /** The id of the same text stored with no publication day, which this one dates (instead of being stored). */
  datesStored?: number;
  /** The id of the same text stored already: only its named victims are written (see namedVictimsOfStored). */
  storedAlready?: number;
  namedVictims: NamedVictim[];
}

/** One batch of candidates, read, hashed and extracted, waiting to be written. */
interface PreparedBatch {
  items: PreparedDocument[];
  /** Candidates already stored by this extractor version, or that failed before storing. */
  settled: number;
}

/** Candidates read at once (pages and feeds are fetched, files read). */
const LOAD_CONCURRENCY = 8;
/** Documents per transaction: enough to spread a commit's cost, few enough to keep memory and lock time small. */
export const BATCH_DOCUMENTS = 64;
/** Below this many candidates, starting worker threads costs more than it saves. */
const WORKERS_FROM = BATCH_DOCUMENTS * 2;

async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

const emptySummary = (): IngestSummary => ({
  documentsNew: 0, documentsNewUndated: 0, documentsNewDatedByFlag: 0, documentsSeen: 0, documentsSeenDated: 0, documentsFailed: 0, claimsAdded: 0, namedVictims: 0,
});

export async function ingestInputs(store: Store, inputs: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const summary = emptySummary();
  const today = options.today ?? todayUtc();
  const candidates: Candidate[] = [];
  for (const input of inputs) {
    try {
      const expanded = await expandInput(input, { ...options, today });
      if (expanded.ok) candidates.push(...expanded.candidates);
      else {
        summary.documentsFailed++;
        options.onFailure?.(expanded.error);
      }
    } catch (error) {
      // A bug of ours on one input must not cost the others: name it, as a loader's throw is named below.
      summary.documentsFailed++;
      options.onFailure?.(`${input}: could not be read (${(error as Error).message})`);
    }
  }
  return ingestCandidates(store, candidates, options, summary);
}

/**
 * Reads, extracts and stores these candidates (a feed item queued alone is one); `summary` carries
 * on counting from what expanding the inputs found.
 */
export async function ingestCandidates(store: Store, candidates: Candidate[], options: IngestOptions = {}, summary: IngestSummary = emptySummary()): Promise<IngestSummary> {
  const version = options.extractorVersion ?? EXTRACTOR_VERSION;
  const fail = (message: string) => {
    summary.documentsFailed++;
    options.onFailure?.(message);
  };
  let done = 0;
  const report = () => options.onProgress?.({ ...summary, done, total: candidates.length });
  report();
  const extractor = candidates.length >= WORKERS_FROM ? startExtractorPool(options.extractWorkers) : inlineExtractor;

  /** Reads, hashes and (unless already stored by this extractor) extracts one batch; failures are reported here. */
  const prepare = async (batch: Candidate[]): Promise<PreparedBatch> => {
    const loaded = await mapLimited(batch, LOAD_CONCURRENCY, async (candidate): Promise<{ candidate: Candidate; result: LoadResult }> => {
      try {
        return { candidate, result: await candidate.load() };
      } catch (error) {
        return { candidate, result: { ok: false, error: `${candidate.name}: could not be read (${(error as Error).message})` } };
      }
    });
    const readable = loaded.flatMap(({ candidate, result }) => {
      if (!result.ok) {
        fail(result.error);
        return [];
      }
      for (const warning of result.document.warnings ?? []) options.onWarning?.(warning);
      // The flag dates only what states no day: a report's own statement is its "Tuesday".
      const datedByFlag = result.document.published === null && options.published !== undefined;
      const document = datedByFlag ? { ...result.document, published: options.published! } : result.document;
      return [{ name: candidate.name, document, datedByFlag, sha256: sha256Hex(document.text) }];
    });
    let known: Map<string, KnownDocument>;
    try {
      known = await store.findDocuments(readable.map((entry) => entry.sha256));
    } catch (error) {
      for (const entry of readable) fail(`${entry.name}: could not be stored (${(error as Error).message})`);
      return { items: [], settled: batch.length };
    }
    let alreadyStored = 0;
    const extracted = await Promise.all(
      readable.map(async ({ name, document, sha256, datedByFlag }) => {
        const stored = known.get(sha256);
        // Stored undated, and dated now (by --published, or by a date this reader finds): its claims are read again against the day.
        const dates = stored !== undefined && stored.published === null && document.published !== null ? { datesStored: stored.id } : {};
        const storedAlready = stored?.extractorVersion === version && dates.datesStored === undefined;
        if (storedAlready && !options.namedVictimsOfStored) {
          alreadyStored++;
          options.onDocuments?.([stored.id], false);
          return null;
        }
        try {
          const { claims, language, namedVictims } = await extractor.extract(document.text, {
            published: document.published, title: document.title, outlet: document.outlet, ...(document.language ? { language: document.language } : {}),
          });
          const notice = noLanguagePackNotice(name, language);
          if (notice) options.onWarning?.(notice);
          const doc: NewDocument = {
            text: document.text, sha256, url: document.url, outlet: document.outlet, title: document.title, published: document.published,
            language, source: document.source, ...(options.eventId !== undefined ? { eventId: options.eventId } : {}),
          };
          return { name, doc, claims, datedByFlag, namedVictims, ...dates, ...(storedAlready ? { storedAlready: stored!.id } : {}) };
        } catch (error) {
          fail(`${name}: could not be extracted (${(error as Error).message})`);
          return null;
        }
      }),
    );
    summary.documentsSeen += alreadyStored;
    const items = extracted.filter((item) => item !== null);
    return { items, settled: batch.length - items.length };
  };

  /** One transaction for the batch; when it fails, each document alone, so only the faulty ones are reported. */
  const write = async ({ items, settled }: PreparedBatch): Promise<void> => {
    /** Named victims of the documents stored, by document: written once the documents have their ids. */
    const victims: Array<{ item: PreparedDocument; documentId: number }> = [];
    const count = (result: { documentId: number; inserted: boolean; claimsAdded: number }, item: PreparedDocument) => {
      options.onDocuments?.([result.documentId], result.inserted || result.claimsAdded > 0);
      if (item.namedVictims.length > 0) victims.push({ item, documentId: result.documentId });
      if (result.inserted) {
        summary.documentsNew++;
        if (item.doc.published === null) summary.documentsNewUndated++;
        if (item.datedByFlag) summary.documentsNewDatedByFlag++;
      } else summary.documentsSeen++;
      summary.claimsAdded += result.claimsAdded;
    };
    for (const item of items.filter((entry) => entry.storedAlready !== undefined)) {
      summary.documentsSeen++;
      options.onDocuments?.([item.storedAlready!], false);
      if (item.namedVictims.length > 0) victims.push({ item, documentId: item.storedAlready! });
    }
    const dating = items.filter((item) => item.datesStored !== undefined);
    const storing = items.filter((item) => item.datesStored === undefined && item.storedAlready === undefined);
    for (const item of dating) {
      try {
        const added = await store.dateDocument(item.datesStored!, item.doc.published!, item.claims, version);
        summary.documentsSeen++;
        options.onDocuments?.([item.datesStored!], added !== null);
        if (added !== null) summary.documentsSeenDated++;
        if (item.namedVictims.length > 0) victims.push({ item, documentId: item.datesStored! });
        summary.claimsAdded += added ?? 0;
      } catch (error) {
        fail(`${item.name}: could not be dated (${(error as Error).message})`);
      }
    }
    try {
      if (storing.length > 0) (await store.ingestDocuments(storing, version)).forEach((result, index) => count(result, storing[index]!));
    } catch {
      for (const item of storing) {
        try {
          count(await store.ingestDocument(item.doc, item.claims, version), item);
        } catch (error) {
          fail(`${item.name}: could not be stored (${(error as Error).message})`);
        }
      }
    }
    await writeNamedVictims(victims);
    done += settled + items.length;
    report();
  };

  /**
   * The named victims of a batch's stored documents, each in the event its document joined (by
   * --event or by its words), one transaction per event; when one fails, each document's alone.
   */
  const writeNamedVictims = async (stored: Array<{ item: PreparedDocument; documentId: number }>): Promise<void> => {
    const recordsOf = ({ item, documentId }: { item: PreparedDocument; documentId: number }) => reportVictimRecords(documentId, item.doc.sha256, item.namedVictims);
    const byEvent = new Map<number | null, typeof stored>();
    for (const entry of stored) {
      // Few documents name anyone with a fate: one look-up each for the event the store matched costs little.
      const eventId = options.eventId ?? (await store.getDocument(entry.documentId).catch(() => null))?.eventId ?? null;
      byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), entry]);
    }
    for (const [eventId, entries] of byEvent) {
      try {
        await store.victims.importRecords(entries.flatMap(recordsOf), eventId);
        summary.namedVictims += entries.reduce((sum, { item }) => sum + item.namedVictims.length, 0);
      } catch {
        for (const entry of entries) {
          try {
            await store.victims.importRecords(recordsOf(entry), eventId);
            summary.namedVictims += entry.item.namedVictims.length;
          } catch (error) {
            // The document and its claims are stored; only its named victims are not.
            options.onWarning?.(`${entry.item.name}: its named victims could not be stored (${(error as Error).message})`);
          }
        }
      }
    }
  };

  try {
    // While one batch is written, the next is read and extracted.
    let writing: Promise<void> = Promise.resolve();
    let preparing: Promise<PreparedBatch> | null = null;
    for (let start = 0; start < candidates.length; start += BATCH_DOCUMENTS) {
      const prepared = await (preparing ?? prepare(candidates.slice(start, start + BATCH_DOCUMENTS)));
      const nextStart = start + BATCH_DOCUMENTS;
      preparing = nextStart < candidates.length ? prepare(candidates.slice(nextStart, nextStart + BATCH_DOCUMENTS)) : null;
      await writing;
      writing = write(prepared);
    }
    await writing;
  } finally {
    await extractor.close();
  }
  return summary;
}
