// The claimant registry: folds names, aliases and light variants ("the Human Rights Activists News
// Agency", "U.S.-based HRANA", "HRA") into one canonical claimant, and groups generic descriptions by the
// kind of speaker they name ("local medics" and "local activists" stay apart) and their country.
import type { ClaimantKind } from "../domain/claim.js";
import { claimantResolver, cleanClaimantName, type ClaimantEntry, type KnownClaimant } from "../domain/claimants.js";
import type { ClaimantIdentity } from "./types.js";
import { DEMONYMS, GENERIC_HEADS, HEAD_CUTS, SPEAKER_MODIFIERS, SPEAKERS, VAGUE_HEADS, type Speaker } from "./generic-claimants.js";

export interface SeenClaimant {
  name: string;
  kind: ClaimantKind | null;
}

export interface ClaimantRegistry {
  /** The canonical claimant for a name as written; kind is the claim's own, used when the name is unknown. */
  resolve(name: string, kind: ClaimantKind | null): ClaimantIdentity;
}

/** The grouping key of a named body: case, punctuation and spacing ignored. */
function variantKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** "Norwegian Refugee Council" → ["NRC"]; both with and without the small words. */
function initialisms(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const all = words.map((w) => w[0]!.toUpperCase()).join("");
  const significant = words.filter((w) => !/^(of|for|the|and|in|on|to|&)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join("");
  return [...new Set([all, significant])].filter((a) => a.length >= 2);
}

interface GenericReading {
  head: string;
  /** The kind of speaker: officials, medics, activists, witnesses, unnamed sources … */
  speaker: Speaker;
  kind: ClaimantKind;
  demonym: string | null;
}

/** Reads "Iranian officials", "a senior figure in the Iranian regime", "rights groups" as generic; null for a named body. */
export function readGenericClaimant(raw: string): GenericReading | null {
  let phrase = ` ${raw.trim()} `;
  for (const cut of HEAD_CUTS) {
    const at = phrase.toLowerCase().indexOf(cut, 1);
    if (at > 0) phrase = phrase.slice(0, at);
  }
  const words = phrase.trim().split(/\s+/);
  const headWord = words[words.length - 1]?.replace(/['’]s?$/u, "") ?? "";
  const head = headWord.toLowerCase();
  let speaker = GENERIC_HEADS[head];
  if (!speaker) return null;
  // A capitalised head after the first word names a body: "Interior Ministry", "Crisis Group".
  if (words.length > 1 && /^\p{Lu}/u.test(headWord)) return null;
  // "a medical source", "security sources": the word before a vague head says who is speaking.
  const modifier = SPEAKER_MODIFIERS[words[words.length - 2]?.toLowerCase() ?? ""];
  if (modifier && VAGUE_HEADS.has(speaker)) speaker = modifier;
  const demonym =
    raw
      .toLowerCase()
      .split(/[^\p{L}.]+/u)
      .map((w) => DEMONYMS[w.replace(/['’]s$/u, "")] ?? DEMONYMS[w.replace(/\.$/, "")])
      .find((d) => d !== undefined) ?? null;
  return { head, speaker, kind: SPEAKERS[speaker].kind, demonym };
}

/** One identity per kind of speaker and country, whatever words and outlets described it. */
function genericIdentity(speaker: Speaker, demonym: string | null): ClaimantIdentity {
  const { kind, label } = SPEAKERS[speaker];
  const name = demonym ? `${demonym} ${label}` : label[0]!.toUpperCase() + label.slice(1);
  return { key: `generic:${speaker}:${demonym ?? ""}`, name, kind, generic: true };
}

/**
 * Builds the registry from the gazetteer, claimants the store knows, and the names seen in the data.
 * Seen names let variants of an unknown body meet ("Norwegian Refugee Council", "NRC") and let
 * "an official" join the only country's officials present ("Iranian officials"). Generic descriptions are
 * keyed by the kind of speaker their words name, not by the claim's kind, which the extractor may guess
 * differently from one outlet to the next.
 */
export function buildClaimantRegistry(gazetteer: ClaimantEntry[], seen: SeenClaimant[] = []): ClaimantRegistry {
  const resolver = claimantResolver(gazetteer);
  // One identity per known claimant, whichever of its names a claim used.
  const gazetteerIdentities = new Map<string, ClaimantIdentity>();
  const identityOf = ({ name, kind }: KnownClaimant): ClaimantIdentity => {
    let identity = gazetteerIdentities.get(name);
    if (!identity) gazetteerIdentities.set(name, (identity = { key: `gazetteer:${variantKey(name)}`, name, kind, generic: false }));
    return identity;
  };
  const findInGazetteer = (raw: string): ClaimantIdentity | null => {
    const found = resolver.resolve(raw);
    return found ? identityOf(found) : null;
  };

  // Unknown named bodies, keyed by variant; their acronyms point at them.
  const named = new Map<string, ClaimantIdentity>();
  const acronyms = new Map<string, ClaimantIdentity>();
  const demonymsBySpeaker = new Map<Speaker, Set<string>>();
  const pending: SeenClaimant[] = [];
  for (const { name, kind } of seen) {
    const cleaned = cleanClaimantName(name);
    if (!cleaned || findInGazetteer(name)) continue;
    const generic = readGenericClaimant(cleaned);
    if (generic) {
      if (generic.demonym) {
        const set = demonymsBySpeaker.get(generic.speaker) ?? new Set<string>();
        set.add(generic.demonym);
        demonymsBySpeaker.set(generic.speaker, set);
      }
      continue;
    }
    if (/^[\p{Lu}.]{2,8}$/u.test(cleaned)) {
      pending.push({ name: cleaned, kind });
      continue;
    }
    const key = variantKey(cleaned);
    const known = named.get(key);
    if (known) {
      if (!known.kind && kind) known.kind = kind;
      continue;
    }
    const identity: ClaimantIdentity = { key: `named:${key}`, name: cleaned, kind, generic: false };
    named.set(key, identity);
    for (const acronym of initialisms(cleaned)) if (!acronyms.has(acronym)) acronyms.set(acronym, identity);
    // "Norwegian Refugee Council (NRC)" states its own acronym.
    const stated = /\(([\p{Lu}.]{2,8})\)\s*$/u.exec(name)?.[1];
    if (stated) acronyms.set(stated.replace(/\./g, ""), identity);
  }
  // Bare acronyms of no known body stand alone.
  for (const { name, kind } of pending) {
    const key = variantKey(name);
    if (!acronyms.has(name.replace(/\./g, "")) && !named.has(key)) named.set(key, { key: `named:${key}`, name, kind, generic: false });
  }

  // Keyed by kind, then by name as written: no string building on the hot path.
  const cache = new Map<ClaimantKind | null, Map<string, ClaimantIdentity>>();
  const resolveUncached = (raw: string, kind: ClaimantKind | null): ClaimantIdentity => {
    const cleaned = cleanClaimantName(raw);
    const fromGazetteer = findInGazetteer(raw);
    if (fromGazetteer) return fromGazetteer;
    const generic = readGenericClaimant(cleaned);
    if (generic) {
      let demonym = generic.demonym;
      const present = demonymsBySpeaker.get(generic.speaker);
      if (!demonym && present?.size === 1) demonym = [...present][0]!;
      return genericIdentity(generic.speaker, demonym);
    }
    const key = variantKey(cleaned);
    const byAcronym = /^[\p{Lu}.]{2,8}$/u.test(cleaned) ? acronyms.get(cleaned.replace(/\./g, "")) : undefined;
    const identity = named.get(key) ?? byAcronym;
    if (identity) return identity;
    const fresh: ClaimantIdentity = { key: `named:${key}`, name: cleaned || raw.trim(), kind, generic: false };
    named.set(key, fresh);
    return fresh;
  };

  return {
    resolve(raw, kind) {
      let byName = cache.get(kind);
      if (!byName) cache.set(kind, (byName = new Map()));
      let identity = byName.get(raw);
      if (!identity) {
        identity = resolveUncached(raw, kind);
        byName.set(raw, identity);
      }
      return identity;
    },
  };
}
