import { describe, expect, it } from "vitest";
import { extractDocument } from "../index.js";
import { CueScanner } from "../cue-scanner.js";
import { EN_EXAMPLES } from "./en.examples.js";
import * as en from "./en.js";

describe("the English lexicon", () => {
  describe("every cue phrase passes the prefilter, so no cue is read only to be skipped", () => {
    const cues: Array<[string, string[]]> = [
      ["METRIC_CUES", Object.keys(en.METRIC_CUES)],
      ["ADJACENT_VERB_CUES", Object.keys(en.ADJACENT_VERB_CUES)],
      ["PASSIVE_FATES", en.PASSIVE_FATES.map(([phrase]) => phrase)],
      ["INTRANSITIVE_FATES", en.INTRANSITIVE_FATES.map(([phrase]) => phrase)],
      ["ACTIVE_FATES", en.ACTIVE_FATES.map(([phrase]) => phrase)],
    ];
    const prefilter = new CueScanner(en.CLAIM_CUES);
    it.each(cues)("%s", (_, phrases) => {
      expect(phrases.filter((phrase) => !prefilter.test(phrase))).toEqual([]);
    });
    const numbers: Array<[string, string[]]> = [
      ["UNIT_WORDS", Object.keys(en.UNIT_WORDS)],
      ["SCALE_WORDS", Object.keys(en.SCALE_WORDS)],
      ["VAGUE_WORDS", Object.keys(en.VAGUE_WORDS)],
      ["VAGUE_COMPOUNDS", Object.keys(en.VAGUE_COMPOUNDS)],
    ];
    it.each(numbers)("%s", (_, words) => {
      expect(words.filter((word) => !en.NUMBER_PREFILTER.test(word))).toEqual([]);
    });
  });

  describe("example sentences yield exactly their claims", () => {
    it.each(EN_EXAMPLES.map((e) => [e.exercises, e] as const))("%s", (_, example) => {
      const { claims } = extractDocument(example.text, { published: "2025-06-02" });
      expect(claims.map((c) => [c.metric, c.min, c.qualifier])).toEqual(example.yields);
    });
  });
});
