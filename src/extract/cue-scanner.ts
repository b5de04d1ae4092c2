// Finds whether a text holds any of a list of ASCII cues, case-insensitively, in one pass: the
// prefilter every line and sentence goes through. A regular expression of a hundred alternatives
// tries each at every position; here the first two letters choose the few cues worth comparing.

/**
 * A cue as the lexicon writes it: the words, with `\b` at either end where the cue must start or end
 * a word ("\blist\b"), and `#` for any digit ("(#").
 */
export type CuePattern = string;

interface Cue {
  /** Lower-case text of the cue; "#" stands for a digit. */
  text: string;
  wordStart: boolean;
  wordEnd: boolean;
}

const DIGIT = 0x23; // "#"

function lower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

/** A word character as a regular expression's \b sees it: ASCII letters, digits and "_". */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

function parse(pattern: CuePattern): Cue {
  const wordStart = pattern.startsWith("\\b");
  const wordEnd = pattern.endsWith("\\b");
  const text = pattern.slice(wordStart ? 2 : 0, wordEnd ? -2 : undefined).toLowerCase();
  if (text.length < 2 || /[^\x20-\x7e]/.test(text)) throw new Error(`cue ${JSON.stringify(pattern)}: two or more ASCII characters`);
  return { text, wordStart, wordEnd };
}

export class CueScanner {
  /** Cues by their first two characters (a "#" cue is filed under each digit); most pairs start none. */
  private readonly buckets: Array<Cue[] | undefined> = new Array<Cue[] | undefined>(128 * 128).fill(undefined);

  constructor(patterns: readonly CuePattern[]) {
    for (const cue of patterns.map(parse)) {
      const firsts = cue.text.charCodeAt(0) === DIGIT ? digits() : [cue.text.charCodeAt(0)];
      const seconds = cue.text.charCodeAt(1) === DIGIT ? digits() : [cue.text.charCodeAt(1)];
      for (const a of firsts) {
        for (const b of seconds) {
          const key = a * 128 + b;
          this.buckets[key] = [...(this.buckets[key] ?? []), cue];
        }
      }
    }
  }

  /** Whether text[from, to) holds a cue, the range read as a text of its own (its ends are word ends). */
  test(text: string, from = 0, to = text.length): boolean {
    let a = from < to ? lower(text.charCodeAt(from)) : 0;
    for (let i = from; i + 1 < to; i++) {
      const b = lower(text.charCodeAt(i + 1));
      if (a < 128 && b < 128) {
        const bucket = this.buckets[a * 128 + b];
        if (bucket !== undefined) for (let k = 0; k < bucket.length; k++) if (matchesAt(text, from, i, to, bucket[k]!)) return true;
      }
      a = b;
    }
    return false;
  }
}

function matchesAt(text: string, from: number, at: number, to: number, cue: Cue): boolean {
  const end = at + cue.text.length;
  if (end > to) return false;
  if (cue.wordStart && at > from && isWordCode(text.charCodeAt(at - 1))) return false;
  for (let k = 2; k < cue.text.length; k++) {
    const want = cue.text.charCodeAt(k);
    const code = lower(text.charCodeAt(at + k));
    if (want === DIGIT ? !(code >= 0x30 && code <= 0x39) : code !== want) return false;
  }
  return !cue.wordEnd || end === to || !isWordCode(text.charCodeAt(end));
}

function digits(): number[] {
  return Array.from({ length: 10 }, (_, d) => 0x30 + d);
}
