// The store read through a running `tally serve` on this machine, for the report and export
// commands while the server holds the PGlite folder: the same reads, over its /api routes.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { ServerRecord } from "./server-record.js";
import type { ClaimFilter, StoreReader, StoredClaimant, StoredEvent } from "./store.js";
import type { StoredClaim } from "./types.js";

/** The most claims /api/claims serves in one page (its limit's maximum). */
export const API_PAGE_SIZE = 500;
/** A server that accepted the connection but says nothing for this long is taken as hung. */
const ANSWER_TIMEOUT_MS = 120_000;

/** The server recorded in the folder is not there to answer: the message names the folder and the process. */
export class ServerUnreachableError extends Error {}

/** The query string of one page of /api/claims for a store claim filter. */
export function claimsQuery(filter: ClaimFilter, afterId: number | undefined, limit: number): URLSearchParams {
  const query = new URLSearchParams();
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined) query.set(name, String(value));
  };
  set("event", filter.eventId);
  set("document", filter.documentId);
  set("metric", filter.metric);
  set("population", filter.population);
  set("claimant", filter.claimant);
  set("status", filter.status);
  set("review", filter.reviewState);
  set("from", filter.from);
  set("to", filter.to);
  set("after", afterId);
  set("limit", limit);
  return query;
}

interface ClaimsPage {
  items: StoredClaim[];
  total: number;
}

function isClaimsPage(value: unknown): value is ClaimsPage {
  const page = value as ClaimsPage | null;
  return typeof page === "object" && page !== null && typeof page.total === "number" && Array.isArray(page.items) && page.items.every((claim) => typeof claim?.id === "number");
}

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    response.on("error", reject);
  });
}

/**
 * A reader over the server's API. The first request (the events) is made here, so a server that
 * does not answer, or refuses the credential, is reported before any work starts.
 */
export async function connectToServer(record: ServerRecord, dataDir: string): Promise<StoreReader> {
  const base = new URL(record.url);
  const secure = base.protocol === "https:";
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const server = `tally serve (process ${record.pid}) at ${record.url}`;

  const get = (path: string, query?: URLSearchParams): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const url = new URL(path, base);
      if (query) url.search = query.toString();
      const request = (secure ? httpsRequest : httpRequest)(url, {
        agent,
        headers: { authorization: `Bearer ${record.credential}`, accept: "application/json" },
        timeout: ANSWER_TIMEOUT_MS,
      });
      request.on("timeout", () => request.destroy(Object.assign(new Error(`no answer within ${ANSWER_TIMEOUT_MS / 1000} s`), { code: "ETIMEDOUT" })));
      request.on("error", (error: NodeJS.ErrnoException) =>
        reject(
          new ServerUnreachableError(
            `the data folder '${dataDir}' is in use by tally serve (process ${record.pid}), which does not answer at ${record.url} (${error.code ?? error.message}); ` +
              `if it has hung, stop it (kill ${record.pid}) and run this again`,
          ),
        ),
      );
      request.on("response", (response) => {
        readBody(response).then((text) => {
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            body = undefined;
          }
          if (response.statusCode !== 200) {
            const said = (body as { error?: unknown } | undefined)?.error;
            reject(new Error(`${server} answered GET ${url.pathname} with ${response.statusCode}${typeof said === "string" ? `: ${said}` : ""}`));
          } else if (body === undefined) {
            reject(new Error(`${server} answered GET ${url.pathname} with something that is not JSON`));
          } else resolve(body);
        }, reject);
      });
      request.end();
    });

  const notTally = (path: string) => new Error(`${server} answered GET ${path} with something that is not Tally's API`);
  let events: unknown[];
  try {
    const answer = await get("/api/events");
    if (!Array.isArray(answer)) throw notTally("/api/events");
    events = answer;
  } catch (error) {
    agent.destroy();
    throw error;
  }

  return {
    async listEvents() {
      return events as StoredEvent[];
    },
    async listClaimants() {
      const claimants = await get("/api/stored-claimants");
      if (!Array.isArray(claimants)) throw notTally("/api/stored-claimants");
      return claimants as StoredClaimant[];
    },
    async listClaims(filter: ClaimFilter = {}) {
      // The API leaves rejected claims out unless asked for them alone, and pages by id, not offset.
      if (filter.includeRejected || filter.offset !== undefined) throw new Error(`${server}: its API cannot list claims with includeRejected or offset`);
      const wanted = filter.limit ?? Number.POSITIVE_INFINITY;
      const items: StoredClaim[] = [];
      let total = 0;
      for (let afterId = filter.afterId, first = true; ; first = false) {
        const asked = Math.max(1, Math.min(API_PAGE_SIZE, wanted - items.length));
        const page = await get("/api/claims", claimsQuery(filter, afterId, asked));
        if (!isClaimsPage(page)) throw notTally("/api/claims");
        if (first) total = page.total;
        for (const claim of page.items) if (items.length < wanted) items.push(claim);
        if (page.items.length < asked || items.length >= wanted) return { items, total };
        afterId = page.items[page.items.length - 1]!.id;
      }
    },
    async close() {
      agent.destroy();
    },
  };
}
