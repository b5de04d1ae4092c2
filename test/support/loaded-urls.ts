// What `tally ingest` would load from a URL, without a store: the page, or each item of a feed,
// loaded in turn; a failure stands in the list as its message, where the command would name it.
import { expandUrl, type UrlOptions } from "../../src/ingest/load-url.js";
import type { LoadedDocument } from "../../src/ingest/loaded-document.js";

export async function loadEvery(url: string, options: UrlOptions = {}): Promise<Array<LoadedDocument | string>> {
  const expanded = await expandUrl(url, options);
  if (!expanded.ok) return [expanded.error];
  const results = [];
  for (const candidate of expanded.candidates) {
    const loaded = await candidate.load();
    results.push(loaded.ok ? loaded.document : loaded.error);
  }
  return results;
}
