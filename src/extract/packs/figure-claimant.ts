// Who a figure of a pack's language is credited to: the source of the attribution cue nearest it,
// else what the text carries over (the count it is a part of, the paragraph's last source, the source
// a figureless sentence named, the document's last source until another is named).
import type { Words } from "../trace.js";
import { nearest } from "./figure-nearness.js";
import type { DocumentState, ParagraphState, PendingClaim, SentenceFigure } from "./pack-reading-state.js";
import type { PackSource, SentenceAttribution } from "./sentence-sources.js";

export interface FigureClaimant {
  source: PackSource | null;
  /** The cue and the source beside it that attribute the figure, when the sentence does. */
  attribution: SentenceAttribution | null;
  /** Else, the source carried over: why, and the claim it came from. */
  carried: { why: string; from: Words } | null;
}

/** The figure's source: the cue nearest it speaks for it; else the first source the text carries over to it. */
export function claimantOf(state: DocumentState, paragraph: ParagraphState, f: SentenceFigure, sources: readonly SentenceAttribution[], whole: PendingClaim | null, mainEvent: boolean): FigureClaimant {
  const attribution = nearest(sources, f, (a) => a.cue);
  if (attribution) return { source: attribution.source, attribution, carried: null };
  const voice = !paragraph.inTitle && mainEvent ? paragraph.lastClaim : null;
  const inherited: Array<{ source: PackSource | null; why: string; from: Words }> = [
    { source: whole?.claimant ? { name: whole.claimant, kind: whole.claimantKind } : null, why: "the source of the count it is a part of", from: { from: whole } },
    { source: voice?.claimant ? { name: voice.claimant, kind: voice.claimantKind } : null, why: "the paragraph's last source speaks on", from: { from: voice } },
    { source: mainEvent ? paragraph.statedSource : null, why: "the source a sentence before it in the paragraph names", from: null },
    // A figure of a past year ("Geçen yıl … 11 kişi hayatını kaybetmişti") is still the voice's that gives it.
    { source: !paragraph.inTitle ? state.voice : null, why: "the document's last source speaks on until another is named", from: null },
  ];
  const carried = inherited.find((rule) => rule.source !== null) ?? null;
  return { source: carried?.source ?? null, attribution: null, carried: carried ? { why: carried.why, from: carried.from } : null };
}
