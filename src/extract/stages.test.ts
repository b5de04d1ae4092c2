import { describe, expect, it } from "vitest";
import { explainDocument, extractDocument } from "./index.js";
import { CANDIDATE_STAGES } from "./stages.js";

describe("candidate stages", () => {
  it("run in a fixed, named order: what a later stage reads is decided before it", () => {
    expect(CANDIDATE_STAGES.map((s) => s.name)).toEqual(["bounds", "metric", "scope", "source", "status", "claimant", "as-of", "population", "main event"]);
  });

  it("a figure that counts no one is dropped by the metric stage and makes no claim", () => {
    expect(extractDocument("The convoy of 40 trucks crossed on Monday.", { published: "2025-03-04" }).claims).toEqual([]);
  });

  it("each field is explained by the rule that decided it, with the words it read", () => {
    const text = "Floods in the valley\n\nThe civil defence said on Tuesday that at least 47 people had died. Of the dead, 12 were children.";
    const { claims, explanations } = explainDocument(text, { published: "2025-03-06" });
    expect(claims.map((c) => [c.min, c.population, c.claimant, c.asOf])).toEqual([
      [47, "all", "civil defence", "2025-03-04"],
      [12, "children", "civil defence", "2025-03-04"],
    ]);
    const part = explanations[1]!.fields;
    const field = (name: string) => part.find((f) => f.field === name)!;
    expect(field("claimant")).toMatchObject({ stage: "claimant", rule: "the source of the count it is a part of" });
    expect(field("asOf")).toMatchObject({ stage: "as-of", rule: "the day of the count it is a part of" });
    const first = explanations[0]!.fields;
    expect(first.find((f) => f.field === "asOf")).toMatchObject({ rule: expect.stringContaining("beside the verb that attributes it"), words: "Tuesday" });
  });
});
