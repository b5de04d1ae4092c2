// One document's tokens by span. The lead's lines are read by the layout, the author and day-section
// readers and then the claim pipeline, and a sentence by its notes, figureless and claim readers in
// turn: each span is tokenized once and the same tokens handed to every reader.
import { tokenize, type Token } from "./text.js";

/**
 * How many spans are kept: the headline, the first lines and one sentence's readers fit. Few, as
 * tokens held after their sentence is read survive into the old generation and cost the garbage
 * collector more than tokenizing a span again would.
 */
const KEPT_SPANS = 8;

export class DocumentTokens {
  private readonly kept = new Map<number, { end: number; tokens: readonly Token[] }>();

  /** `norm` is the document's normalised copy (normaliseForMatching). */
  constructor(readonly norm: string) {}

  /** The tokens of norm[from, to), shared by every reader of the span: none may change them. */
  of(from: number, to: number): readonly Token[] {
    const known = this.kept.get(from);
    if (known && known.end === to) return known.tokens;
    if (this.kept.size >= KEPT_SPANS) this.kept.clear();
    const tokens = tokenize(this.norm, from, to);
    this.kept.set(from, { end: to, tokens });
    return tokens;
  }
}
