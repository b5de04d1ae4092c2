import { describe, expect, it } from "vitest";
import { boundsFitQualifier, statedPublication } from "./annotated-set.js";

describe("annotated-set checks", () => {
  it("reads the date lines reports use", () => {
    expect(statedPublication("Headline\n\nFriday, 8 March 2024\n\nBody")).toBe("2024-03-08");
    expect(statedPublication("Headline\nUpdated Sept. 3, 2023 at 14:05 GMT\nBody")).toBe("2023-09-03");
    expect(statedPublication("Headline\nPosted 28 Oct 2024, 09:30\nBody")).toBe("2024-10-28");
    expect(statedPublication("Title: x\nPublished: 2025-11-02\n\nBody")).toBe("2025-11-02");
    expect(statedPublication("Headline\nno date here, 12 people")).toBeNull();
  });

  it("knows which bounds each qualifier takes", () => {
    const claim = { metric: "killed", population: "all", claimant: null, claimantKind: null, status: "reported", asOf: null, mainEvent: true, quote: "q" } as const;
    expect(boundsFitQualifier({ ...claim, qualifier: "range", min: 10, max: 12 })).toBe(true);
    expect(boundsFitQualifier({ ...claim, qualifier: "vague", min: 200, max: null })).toBe(true);
    expect(boundsFitQualifier({ ...claim, qualifier: "vague", min: 300, max: null })).toBe(false);
    expect(boundsFitQualifier({ ...claim, qualifier: "up_to", min: 5, max: 10 })).toBe(false);
  });
});
