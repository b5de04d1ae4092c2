// Extraction for ingest: in a small pool of worker threads when running from the compiled build
// (the worker is a .js file beside this one), otherwise in this thread. Either way one interface.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { extractDocument } from "../extract/index.js";
import type { Claim, ExtractOptions } from "../domain/claim.js";
import { namedVictimsOf, type NamedVictim } from "../extract/named-victims.js";

export interface ExtractJob {
  id: number;
  text: string;
  options: ExtractOptions;
}

export type ExtractReply = ({ id: number; ok: true } & Extracted) | { id: number; ok: false; error: string };

export interface Extracted {
  claims: Claim[];
  language: string;
  /** Persons named with a fate, kept as records of the list "reports" (not claims: the claim output stays as it is). */
  namedVictims: NamedVictim[];
}

/** The extractor's claims and the named victims of one document: what a worker and this thread both run. */
export function extractForIngest(text: string, options: ExtractOptions): Extracted {
  const extracted = extractDocument(text, options);
  const language = extracted.document.language;
  // The fate grammar is English; other languages' named victims wait for their packs to carry one.
  const namedVictims = language === "en" ? namedVictimsOf(text, extracted.document.published) : [];
  return { claims: extracted.claims, language, namedVictims };
}

export interface Extractor {
  extract(text: string, options: ExtractOptions): Promise<Extracted>;
  close(): Promise<void>;
}

export const inlineExtractor: Extractor = {
  async extract(text, options) {
    return extractForIngest(text, options);
  },
  async close() {},
};

/** One worker per spare core, at least one (on 2 cores: one worker beside the thread writing to the database), at most 4. */
export function defaultWorkerCount(): number {
  const fromEnv = process.env.TALLY_EXTRACT_WORKERS;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}

/** The compiled worker, or null when running from TypeScript sources (tests), where workers cannot load it. */
function workerFile(): URL | null {
  if (!import.meta.url.endsWith(".js")) return null;
  const url = new URL("./extract-worker.js", import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

/** Flags of this process a worker must not inherit (`node --input-type=module -e …` would stop it loading a file). */
function workerExecArgv(): string[] {
  return process.execArgv.filter((flag, i, all) => !flag.startsWith("--input-type") && !["-e", "--eval", "-p", "--print"].includes(flag) && !["-e", "--eval", "-p", "--print"].includes(all[i - 1] ?? ""));
}

/**
 * Jobs go to the worker with the fewest pending. A worker that dies leaves the pool and its jobs
 * are extracted in this thread instead (extraction is pure, so the result is the same).
 */
export function startExtractorPool(size: number = defaultWorkerCount()): Extractor {
  const file = workerFile();
  if (size <= 0 || file === null) return inlineExtractor;
  interface Slot {
    worker: Worker;
    pending: Map<number, { job: ExtractJob; resolve(value: Extracted): void; reject(error: Error): void }>;
    alive: boolean;
  }
  const slots: Slot[] = [];
  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: new Worker(file, { execArgv: workerExecArgv() }), pending: new Map(), alive: true };
    slot.worker.on("message", (reply: ExtractReply) => {
      const waiting = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if (!waiting) return;
      if (reply.ok) waiting.resolve({ claims: reply.claims, language: reply.language, namedVictims: reply.namedVictims });
      else waiting.reject(new Error(reply.error));
    });
    const die = () => {
      slot.alive = false;
      for (const { job, resolve, reject } of slot.pending.values()) inlineExtractor.extract(job.text, job.options).then(resolve, reject);
      slot.pending.clear();
    };
    slot.worker.on("error", die);
    slot.worker.on("exit", die);
    slots.push(slot);
  }
  let nextId = 0;
  return {
    extract(text, options) {
      const live = slots.filter((slot) => slot.alive);
      if (live.length === 0) return inlineExtractor.extract(text, options);
      const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      const job: ExtractJob = { id, text, options };
      return new Promise<Extracted>((resolve, reject) => {
        slot.pending.set(id, { job, resolve, reject });
        slot.worker.postMessage(job);
      });
    },
    async close() {
      for (const slot of slots) slot.alive = false;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
