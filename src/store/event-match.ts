// Which event a document belongs to: one whose match words appear in its title or text, and whose
// start is on or before the document's publication date. Pure, so ingest and `event add` agree.
import type { StoredEvent } from "./store.js";

export interface MatchableDocument {
  title: string | null;
  text: string;
  published: string | null;
}

const compiled = new Map<string, RegExp>();

/** A word or phrase as a case-blind whole-word pattern ("Iran" does not match "Iranian"). */
function wordPattern(word: string): RegExp {
  let pattern = compiled.get(word);
  if (!pattern) {
    const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
    compiled.set(word, pattern);
  }
  return pattern;
}

/** How many of the event's match words the document contains. */
export function matchingWordCount(event: Pick<StoredEvent, "match" | "since">, doc: MatchableDocument): number {
  if (doc.published !== null && event.since > doc.published) return 0;
  let count = 0;
  for (const word of event.match) {
    if (word.trim() === "") continue;
    const pattern = wordPattern(word);
    if ((doc.title !== null && pattern.test(doc.title)) || pattern.test(doc.text)) count++;
  }
  return count;
}

/** The best-matching event's id (most words, then the latest start, then the oldest event), or null. */
export function matchEvent(events: StoredEvent[], doc: MatchableDocument): number | null {
  let best: { event: StoredEvent; words: number } | null = null;
  for (const event of events) {
    const words = matchingWordCount(event, doc);
    if (words === 0) continue;
    const better =
      best === null ||
      words > best.words ||
      (words === best.words && (event.since > best.event.since || (event.since === best.event.since && event.id < best.event.id)));
    if (better) best = { event, words };
  }
  return best?.event.id ?? null;
}

/** `--match "Iran, Tehran, Mahsa Amini"` → phrases split on commas; without commas, on spaces. */
export function parseMatchWords(input: string): string[] {
  const parts = input.includes(",") ? input.split(",") : input.split(/\s+/);
  return [...new Set(parts.map((part) => part.trim()).filter((part) => part !== ""))];
}
