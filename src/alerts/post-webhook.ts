// One delivery attempt: the alert's JSON POSTed, signed, to the webhook's URL, with a deadline and
// the address guard ingest uses for fetching (so a webhook cannot be aimed at a private network
// unless it was added to). No redirect is followed: a signed POST goes where it was registered.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { AddressRefused, resolvingLookup, systemResolver, type HostResolver } from "../ingest/address-guard.js";
import { signedHeaders } from "./signature.js";
import { webhookUrlProblem } from "./webhook-url.js";

export const DEFAULT_DELIVERY_TIMEOUT_MS = 10_000;
/** Of the answer, only this much is read (to name an error); the rest is dropped. */
const MAX_ANSWER_BYTES = 4096;

export interface PostTarget {
  url: string;
  secret: string;
  allowPrivate: boolean;
}

export interface PostOptions {
  timeoutMs?: number;
  resolveHost?: HostResolver;
  /** Extra headers (the delivery and alert ids, for a receiver that keeps what it has seen). */
  headers?: Record<string, string>;
}

export type PostResult = { ok: true; status: number } | { ok: false; error: string };

export async function postWebhook(target: PostTarget, body: string, options: PostOptions = {}): Promise<PostResult> {
  const problem = webhookUrlProblem(target.url, target.allowPrivate);
  if (problem) return { ok: false, error: `${target.url}: ${problem}` };
  const url = new URL(target.url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const lookup = resolvingLookup(options.resolveHost ?? systemResolver, !target.allowPrivate);
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  const headers = {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(body, "utf8")),
    "user-agent": "tally-webhook/1",
    ...options.headers,
    ...signedHeaders(target.secret, body),
  };
  try {
    const { status, answer } = await new Promise<{ status: number; answer: string }>((resolve, reject) => {
      const outgoing = request(url, { method: "POST", agent: false, lookup, signal, headers }, (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk);
          size += chunk.byteLength;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, answer: Buffer.concat(chunks).toString("utf8").slice(0, 200) }));
        response.on("error", reject);
      });
      outgoing.on("error", reject);
      outgoing.end(body);
    });
    if (status >= 200 && status < 300) return { ok: true, status };
    return { ok: false, error: `${target.url}: the receiver answered ${status}${answer.trim() ? ` (${answer.trim().replace(/\s+/g, " ")})` : ""}` };
  } catch (error) {
    if (error instanceof AddressRefused) return { ok: false, error: `${target.url}: refused: ${error.reason}; add the webhook with --allow-private-addresses to deliver to it` };
    if (signal.aborted) return { ok: false, error: `${target.url}: no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}` };
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: `${target.url}: cannot deliver (${code ?? (error as Error).message})` };
  }
}
