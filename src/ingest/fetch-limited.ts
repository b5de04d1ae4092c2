// Fetching a page or feed with the limits a crawler needs: a timeout, a size cap checked before
// and while reading, and a bounded number of redirects (a loop ends with a clear message).
export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export type FetchResult =
  | { ok: true; url: string; contentType: string | null; bytes: Uint8Array }
  | { ok: false; error: string; status?: number };

export const DEFAULT_FETCH_LIMITS: Required<FetchLimits> = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

const USER_AGENT = "tally/0.1 (+https://github.com/tally; casualty-count research)";

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** Reads a body up to maxBytes; stops (and cancels the transfer) as soon as it is passed. */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

export async function fetchLimited(url: string, limits: FetchLimits = {}): Promise<FetchResult> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULT_FETCH_LIMITS, ...limits };
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const protocol = new URL(current).protocol;
      if (protocol !== "http:" && protocol !== "https:") return { ok: false, error: `${url}: redirected to a ${protocol} address, which is not fetched` };
      const response = await fetch(current, { redirect: "manual", signal, headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5" } });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined);
        if (redirects >= maxRedirects) return { ok: false, error: `${url}: more than ${maxRedirects} redirects (a redirect loop?)`, status: response.status };
        current = new URL(location, current).toString();
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, error: `${url}: the server answered ${response.status} ${response.statusText}`.trim(), status: response.status };
      }
      const declared = Number(response.headers.get("content-length"));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, error: `${url}: ${megabytes(declared)}, over the ${megabytes(maxBytes)} size limit` };
      }
      const bytes = response.body ? await readCapped(response.body, maxBytes) : new Uint8Array();
      if (bytes === null) return { ok: false, error: `${url}: more than ${megabytes(maxBytes)}, over the size limit` };
      return { ok: true, url: current, contentType: response.headers.get("content-type"), bytes };
    }
  } catch (error) {
    if (signal.aborted) return { ok: false, error: `${url}: no complete answer within ${Math.round(timeoutMs / 1000)} s` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, error: `${url}: cannot fetch (${cause?.code ?? cause?.message ?? (error as Error).message})` };
  }
}
