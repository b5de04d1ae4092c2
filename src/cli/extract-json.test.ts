// `tally extract --json` over several files writes each document's JSON as it goes; the whole
// must read exactly as JSON.stringify(documents, null, 2) of them all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arrayElementJson } from "./extract.js";
import type { ExtractedDocument } from "../domain/claim.js";

describe("arrayElementJson", () => {
  it("joins into what JSON.stringify writes for the array", () => {
    const documents = fc.array(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(documents, (values) => {
        const elements = values.map((value) => arrayElementJson(value as unknown as ExtractedDocument));
        expect(`[\n${elements.join(",\n")}\n]`).toBe(JSON.stringify(values, null, 2));
      }),
      { numRuns: 1000 },
    );
  });
});
