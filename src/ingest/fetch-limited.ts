// Fetching a page or feed with the limits a crawler needs: a timeout, a size cap checked before
// and while reading, a bounded number of redirects (a loop ends with a clear message), and, for
// links a feed supplied, the private-network guard on every hop. Built on node:http(s) so that each
// connection resolves its host once, through our lookup, and connects to the address checked.
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { AddressRefused, mustCheck, refusalByHost, resolvingLookup, systemResolver, type AddressPolicy, type HostResolver } from "./address-guard.js";

export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

/** Where a fetch may connect: how names resolve, and (for links from a feed) the private-network policy. */
export interface FetchNetwork {
  resolve?: HostResolver;
  policy?: AddressPolicy;
}

/** What a previous answer said of its version, sent back so an unchanged page costs a 304 and no body. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { ok: true; url: string; contentType: string | null; bytes: Uint8Array; etag: string | null; lastModified: string | null }
  | { ok: false; error: string; status?: number; refused?: true; notModified?: true };

export const DEFAULT_FETCH_LIMITS: Required<FetchLimits> = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

const USER_AGENT = "tally/0.1 (+https://github.com/tally; casualty-count research)";
const ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5";

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** One GET, answered with the response head; no agent, so no socket is shared between a checked and an unchecked host. */
function get(url: URL, network: FetchNetwork, signal: AbortSignal, validators: Validators): Promise<IncomingMessage> {
  const lookup = resolvingLookup(network.resolve ?? systemResolver, mustCheck(url, network.policy));
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const conditional = {
      ...(validators.etag ? { "if-none-match": validators.etag } : {}),
      ...(validators.lastModified ? { "if-modified-since": validators.lastModified } : {}),
    };
    const headers = { "user-agent": USER_AGENT, accept: ACCEPT, "accept-encoding": "gzip, br", ...conditional };
    const outgoing = request(url, { method: "GET", agent: false, lookup, signal, headers }, resolve);
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** The body as sent, decompressed; an Error naming an encoding we cannot read. */
function decodedBody(response: IncomingMessage): AsyncIterable<Buffer> | Error {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  if (encoding === "identity" || encoding === "") return response;
  const decoder = encoding === "gzip" || encoding === "x-gzip" ? createGunzip() : encoding === "br" ? createBrotliDecompress() : encoding === "deflate" ? createInflate() : null;
  if (!decoder) return new Error(`content encoding '${encoding}' is not supported`);
  response.on("error", (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

/** Reads a body up to maxBytes (after decompression); stops, and closes the connection, as soon as it is passed. */
async function readCapped(response: IncomingMessage, body: AsyncIterable<Buffer>, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      response.destroy();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** The hop as the user will read it in a refusal: the URL alone, or where a redirect led. */
function refusal(url: string, hop: string, reason: string): FetchResult {
  const where = hop === url ? "" : `redirected to ${hop}; `;
  return { ok: false, refused: true, error: `${url}: refused: ${where}${reason}; pass --allow-private-addresses to fetch it` };
}

/** `validators`: a conditional request; a 304 answer is then `notModified` (not an error to report). */
export async function fetchLimited(url: string, limits: FetchLimits = {}, network: FetchNetwork = {}, validators: Validators = {}): Promise<FetchResult> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULT_FETCH_LIMITS, ...limits };
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const target = new URL(current);
      if (target.protocol !== "http:" && target.protocol !== "https:") {
        return { ok: false, error: current === url ? `${url}: not an http or https address` : `${url}: redirected to a ${target.protocol} address, which is not fetched` };
      }
      if (mustCheck(target, network.policy)) {
        const reason = refusalByHost(target.hostname);
        if (reason) return refusal(url, current, reason);
      }
      const response = await get(target, network, signal, validators);
      const status = response.statusCode ?? 0;
      if (status === 304) {
        response.destroy();
        return { ok: false, notModified: true, status, error: `${url}: not modified since the last fetch` };
      }
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.destroy();
        if (redirects >= maxRedirects) return { ok: false, error: `${url}: more than ${maxRedirects} redirects (a redirect loop?)`, status };
        current = new URL(location, current).toString();
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        return { ok: false, error: `${url}: the server answered ${status} ${response.statusMessage ?? ""}`.trim(), status };
      }
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.destroy();
        return { ok: false, error: `${url}: ${megabytes(declared)}, over the ${megabytes(maxBytes)} size limit` };
      }
      const body = decodedBody(response);
      if (body instanceof Error) {
        response.destroy();
        return { ok: false, error: `${url}: ${body.message}` };
      }
      const bytes = await readCapped(response, body, maxBytes);
      if (bytes === null) return { ok: false, error: `${url}: more than ${megabytes(maxBytes)}, over the size limit` };
      const etag = response.headers.etag ?? null;
      const lastModified = response.headers["last-modified"] ?? null;
      return { ok: true, url: current, contentType: response.headers["content-type"] ?? null, bytes, etag, lastModified };
    }
  } catch (error) {
    if (error instanceof AddressRefused) return refusal(url, current, error.reason);
    if (signal.aborted) return { ok: false, error: `${url}: no complete answer within ${Math.round(timeoutMs / 1000)} s` };
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: `${url}: cannot fetch (${code ?? (error as Error).message})` };
  }
}
