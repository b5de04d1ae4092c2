// The store read through a running `tally serve` on this machine, for the report and export
// commands while the server holds the PGlite folder: the same reads, over its /api routes.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type RequestOptions } from "node:http";
import { isIP } from "node:net";
import { connect as tlsConnect, type TLSSocket } from "node:tls";
import type { CheckDismissal, ClaimantEdit } from "./curation.js";
import type { ServerRecord } from "./server-record.js";
import type { ClaimFilter, StoreReader, StoredClaimant, StoredEvent } from "./store.js";
import type { StoredClaim } from "./types.js";
import type { StoredVictimRecord } from "../domain/victim.js";

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
  // The API names events by id; the documents of no event are read from the store itself.
  if (filter.eventId === null) throw new Error("the claims of documents in no event are not served by /api/claims");
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
 * A TLS connection to a server that presents the certificate it recorded (its SHA-256): the name in
 * the certificate need not be the loopback address dialled, nor its issuer trusted here. Nothing
 * is sent before the certificate is checked.
 */
function pinnedTlsConnection(url: URL, fingerprint256: string): Promise<TLSSocket> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host, port: Number(url.port || 443), rejectUnauthorized: false, ...(isIP(host) ? {} : { servername: host }) });
    socket.once("error", reject);
    socket.once("secureConnect", () => {
      socket.off("error", reject);
      const presented = socket.getPeerX509Certificate()?.fingerprint256;
      if (presented?.toUpperCase() === fingerprint256.toUpperCase()) return resolve(socket);
      socket.destroy();
      reject(Object.assign(new Error("it presents another certificate than the one it recorded"), { code: "ECERTMISMATCH" }));
    });
  });
}

/**
 * A reader over the server's API. The first request (the events) is made here, so a server that
 * does not answer, or refuses the credential, is reported before any work starts.
 */
export async function connectToServer(record: ServerRecord, dataDir: string): Promise<StoreReader> {
  const base = new URL(record.url);
  if (base.protocol === "https:" && record.certificateSha256 === undefined) {
    throw new ServerUnreachableError(`the data folder '${dataDir}' is in use by tally serve (process ${record.pid}) at ${record.url}, which recorded no certificate to check it by`);
  }
  // Plain HTTP on this machine keeps its connection between pages; HTTPS checks the certificate on each.
  const agent = new HttpAgent({ keepAlive: true });
  const server = `tally serve (process ${record.pid}) at ${record.url}`;
  const unreachable = (error: NodeJS.ErrnoException) =>
    new ServerUnreachableError(
      `the data folder '${dataDir}' is in use by tally serve (process ${record.pid}), which does not answer at ${record.url} (${error.code ?? error.message}); ` +
        `if it has hung, stop it (kill ${record.pid}) and run this again`,
    );

  const get = async (path: string, query?: URLSearchParams): Promise<unknown> => {
    const url = new URL(path, base);
    if (query) url.search = query.toString();
    const options: RequestOptions = { headers: { authorization: `Bearer ${record.credential}`, accept: "application/json" }, timeout: ANSWER_TIMEOUT_MS };
    if (base.protocol === "https:") {
      const socket = await pinnedTlsConnection(base, record.certificateSha256!).catch((error: NodeJS.ErrnoException) => Promise.reject(unreachable(error)));
      options.createConnection = () => socket;
    } else options.agent = agent;
    return new Promise((resolve, reject) => {
      const request = httpRequest({ ...options, host: base.hostname.replace(/^\[(.*)\]$/, "$1"), port: base.port || (base.protocol === "https:" ? 443 : 80), path: `${url.pathname}${url.search}` });
      request.on("timeout", () => request.destroy(Object.assign(new Error(`no answer within ${ANSWER_TIMEOUT_MS / 1000} s`), { code: "ETIMEDOUT" })));
      request.on("error", (error: NodeJS.ErrnoException) => reject(unreachable(error)));
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
  };

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
    curation: {
      // The edits and dismissals in force: what the report reads; their history stays on the server.
      async listClaimantEdits(filter = {}) {
        if (Object.keys(filter).length > 0) throw new Error(`${server}: its API lists the claimant edits in force only`);
        const edits = await get("/api/claimant-edits");
        if (!Array.isArray(edits)) throw notTally("/api/claimant-edits");
        return edits as ClaimantEdit[];
      },
      async listCheckDismissals(filter = {}) {
        if (Object.keys(filter).length > 0) throw new Error(`${server}: its API lists the check dismissals in force only`);
        const dismissals = await get("/api/check-dismissals");
        if (!Array.isArray(dismissals)) throw notTally("/api/check-dismissals");
        return dismissals as CheckDismissal[];
      },
    },
    victims: {
      // Every record, as /api/victims/persons gives them under their persons; the API never sends a
      // list's private fields, and no report shows them.
      async listRecords(filter = {}) {
        if (Object.keys(filter).length > 0) throw new Error(`${server}: its API lists every victim record only`);
        const records: StoredVictimRecord[] = [];
        for (let offset = 0; ; offset += API_PAGE_SIZE) {
          const page = await get("/api/victims/persons", new URLSearchParams({ limit: String(API_PAGE_SIZE), offset: String(offset) }));
          if (!isPersonsPage(page)) throw notTally("/api/victims/persons");
          for (const person of page.items) for (const record of person.records) records.push({ ...record, privateFields: {} });
          if (page.items.length < API_PAGE_SIZE) return records.sort((a, b) => a.id - b.id);
        }
      },
    },
    async close() {
      agent.destroy();
    },
  };
}

function isPersonsPage(page: unknown): page is { items: Array<{ records: Array<Omit<StoredVictimRecord, "privateFields">> }> } {
  return typeof page === "object" && page !== null && Array.isArray((page as { items?: unknown }).items);
}
