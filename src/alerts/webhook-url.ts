// A webhook's URL, checked when it is added and again before every delivery: http or https only, no
// credentials in it, and (unless the webhook was added with --allow-private-addresses) a host that
// names a public address; the socket then connects only to the addresses checked (ingest's guard).
import { refusalByHost } from "../ingest/address-guard.js";

const MAX_URL_LENGTH = 2000;

/** The URL as stored, or why it cannot be a webhook. */
export function webhookUrlProblem(text: string, allowPrivate: boolean): string | null {
  if (text.length > MAX_URL_LENGTH) return `longer than ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "not a URL (expected http://… or https://…)";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return `a ${url.protocol} address; a webhook must be http:// or https://`;
  if (url.username || url.password) return "it carries a user name or password; the deliveries are signed with --secret instead";
  if (!allowPrivate) {
    const refusal = refusalByHost(url.hostname);
    if (refusal) return `refused: ${refusal}; pass --allow-private-addresses to deliver to it`;
  }
  return null;
}
