// The one claimant resolver: which known claimant (canonical name and kind) a name as written refers
// to. Extraction, reconciliation, the API and the review forms all resolve names through it.
import type { ClaimantKind } from "./claim.js";

/** A known claimant: its canonical name, its kind, and the other names reports use for it. */
export interface ClaimantEntry {
  name: string;
  kind: ClaimantKind;
  aliases: string[];
}

export interface KnownClaimant {
  name: string;
  kind: ClaimantKind;
}

export interface ClaimantResolver {
  /** The known claimant a name as written refers to ("HRW", "the Norway-based group Iran Human Rights", "Hengaw's"), or null. */
  resolve(name: string): KnownClaimant | null;
  /** Whether a name is a known claimant's canonical name, exactly as the gazetteer spells it. */
  isCanonical(name: string): boolean;
  /** Every canonical name and alias with its entry, for matching names in running text. */
  readonly aliases: ReadonlyArray<readonly [alias: string, entry: ClaimantEntry]>;
}

/** Short all-capital names match only in capitals, so "who" is not the WHO (and "Unicef" is still UNICEF). */
export function matchesOnlyInCapitals(alias: string): boolean {
  return alias.replace(/\./g, "").length <= 5 && alias === alias.toUpperCase();
}

/** Strips what varies between mentions of one body: articles, "X-based", possessives, a trailing "(ACRONYM)". */
export function cleanClaimantName(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/^[\p{L}.]+(?:[\s-][\p{L}.]+)?-based\s+(?:(?:rights\s+)?(?:group|organi[sz]ation|monitor|agency|ngo)\s+)?/iu, "")
    .replace(/^(?:the)\s+/i, "")
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/['’]s?$/u, "")
    .replace(/[\s,.;:]+$/, "")
    .replace(/\s+/g, " ");
}

const LETTER_OR_DIGIT = "[\\p{L}\\p{N}]";

interface NamePattern {
  pattern: RegExp;
  length: number;
  entry: ClaimantEntry;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A whole-word match of one name anywhere in a name as written; either apostrophe will do, and "U.N" is "U.N.". */
function namePattern(name: string, entry: ClaimantEntry): NamePattern {
  const body = escapeRegExp(name).replace(/['’]/g, "['’]").replace(/\\\.$/, "\\.?");
  const flags = matchesOnlyInCapitals(name) ? "u" : "iu";
  return { pattern: new RegExp(`(?<!${LETTER_OR_DIGIT})${body}(?!${LETTER_OR_DIGIT})`, flags), length: name.length, entry };
}

/** Built once per gazetteer: the server and reports resolve through the same arrays again and again. */
const resolvers = new WeakMap<readonly ClaimantEntry[], ClaimantResolver>();

export function claimantResolver(gazetteer: readonly ClaimantEntry[]): ClaimantResolver {
  const known = resolvers.get(gazetteer);
  if (known) return known;
  const aliases = gazetteer.flatMap((entry) => [entry.name, ...entry.aliases].map((alias) => [alias, entry] as const));
  // The longest name wins: "UN Human Rights Office" is OHCHR, not the United Nations.
  // Built on the first resolve: compiling a pattern per alias costs about 0.1 s, and the extractor,
  // which matches names token by token, never resolves through them.
  let patterns: NamePattern[] | null = null;
  const canonical = new Set(gazetteer.map((entry) => entry.name));
  const resolver: ClaimantResolver = {
    resolve(name) {
      const cleaned = cleanClaimantName(name);
      patterns ??= aliases.map(([alias, entry]) => namePattern(alias, entry)).sort((a, b) => b.length - a.length);
      const entry = cleaned ? patterns.find((p) => p.pattern.test(cleaned))?.entry : undefined;
      return entry ? { name: entry.name, kind: entry.kind } : null;
    },
    isCanonical: (name) => canonical.has(name),
    aliases,
  };
  resolvers.set(gazetteer, resolver);
  return resolver;
}

/** The claimant fields of a correction a person sends (the API's body, the review form). */
export interface ClaimantFields {
  claimant?: string | null;
  claimantKind?: ClaimantKind | null;
}

/**
 * A correction with the claimant a person typed saved as the known claimant it names ("HRW" becomes
 * Human Rights Watch), with that claimant's kind unless the person chose one; an unknown name stays as typed.
 */
export function withCanonicalClaimant<C extends ClaimantFields>(correction: C, resolver: ClaimantResolver): C {
  if (!correction.claimant) return correction;
  const known = resolver.resolve(correction.claimant);
  if (!known) return correction;
  return { ...correction, claimant: known.name, claimantKind: correction.claimantKind ?? known.kind };
}
