import { describe, expect, it } from "vitest";
import { explainDocument, extractDocument } from "./index.js";
import { fieldValue, TRACED_FIELDS, type ClaimExplanation, type TracedField } from "./trace.js";

const PUBLISHED = "2026-01-14";

function explain(text: string): ClaimExplanation[] {
  return explainDocument(text, { published: PUBLISHED }).explanations;
}

/** stage, rule and words of one field, the way a reader sees them. */
function why(explanation: ClaimExplanation, field: TracedField): { stage: string; rule: string; words: string | null } {
  const { stage, rule, words } = explanation.fields.find((f) => f.field === field)!;
  return { stage, rule, words };
}

describe("the extraction trace", () => {
  it("says which stage decided each field of a claim and the words it read", () => {
    const [claim] = explain("HRANA said on Tuesday that at least 40 protesters were killed in Tehran.");
    expect(claim!.fields.map((f) => f.field)).toEqual([...TRACED_FIELDS]);
    expect(why(claim!, "metric")).toEqual({ stage: "metric", rule: "the counted words and the verb they take", words: "at least 40 protesters were killed" });
    expect(why(claim!, "population").words).toBe("at least 40 protesters were killed");
    expect(why(claim!, "bounds")).toMatchObject({ stage: "bounds", words: "at least 40" });
    expect(why(claim!, "claimant")).toMatchObject({ stage: "claimant", words: "HRANA" });
    expect(why(claim!, "status")).toEqual({ stage: "status", rule: "reported: no words say otherwise", words: null });
    expect(why(claim!, "asOf")).toMatchObject({ stage: "as-of", words: "Tuesday" });
    expect(why(claim!, "mainEvent")).toMatchObject({ stage: "scope", words: null });
  });

  it("gives the words as offsets into the document, exactly as written", () => {
    const text = "Rescuers said on Monday that about 1,200 people had been displaced.";
    for (const f of explain(text)[0]!.fields) if (f.start !== null) expect(text.slice(f.start, f.end!)).toBe(f.words);
  });

  it("names the verb before the figure when the figure's own words do not say what happened", () => {
    const [claim] = explain("Security forces killed 12 protesters in Zahedan on Friday.");
    expect(why(claim!, "metric")).toEqual({ stage: "metric", rule: "the verb or cue before the figure", words: "Security forces killed 12 protesters" });
  });

  it("reads a timeline line's date, a past year and the publication date as the day of a count", () => {
    expect(why(explain("9 January: security forces killed 12 protesters in Zahedan.")[0]!, "asOf").words).toBe("9 January");
    const past = explain("In 2019, 300 people were killed in the crackdown, Amnesty International said.")[0]!;
    expect(why(past, "asOf")).toEqual({ stage: "as-of", rule: "a past year the clause is set in: its last day", words: "2019" });
    expect(why(past, "mainEvent").rule).toBe("the sentence sets it in another event, place or time");
    expect(why(explain("At least 52 people have been killed, the group Hengaw said.")[0]!, "asOf")).toEqual({ stage: "as-of", rule: "the document's publication date", words: null });
  });

  it("follows a source from sentence to sentence and a status restated after the figures", () => {
    const [, second] = explain("Hengaw said 12 people were killed in Sanandaj on Monday. It said another 30 were injured.\n\nThe figures are estimates.");
    expect(second!.claim.claimant).toBe("Hengaw");
    expect(why(second!, "claimant").words).toContain("It said");
    expect(why(second!, "status")).toEqual({ stage: "status", rule: "a later sentence restates the status of the figures before it", words: "The figures are estimates." });
  });

  it("credits a headline's source and a repeat's status to the mention that gave them", () => {
    const [headline] = explain("At least 60 killed in Iran protests\n\nHengaw said on Monday that at least 52 people had been killed in Kurdish provinces.");
    expect(why(headline!, "claimant")).toEqual({ stage: "headline", rule: "the body names this figure's source", words: "Hengaw" });
    const [repeated] = explain("Hengaw said 12 people were killed in Sanandaj on Monday.\n\nLater, 12 people were confirmed killed, the group said.");
    expect(repeated!.claim.status).toBe("verified");
    expect(why(repeated!, "status").stage).toBe("merge");
  });

  it("changes nothing in the claims themselves", () => {
    const text = "Toll rises to 60\n\nHengaw said on Monday that at least 52 people had been killed. Another 30 were injured, it said.";
    expect(explainDocument(text, { published: PUBLISHED }).claims).toEqual(extractDocument(text, { published: PUBLISHED }).claims);
  });
});

describe("fieldValue", () => {
  const claim = { metric: "killed", population: "all", min: 10, max: 12, qualifier: "range", claimant: null, claimantKind: null, status: "reported", asOf: null, mainEvent: false, evidence: { text: "", start: 0, end: 0 } } as const;
  it("shows each field as a reader reads it", () => {
    expect(fieldValue(claim, "bounds")).toBe("range 10–12");
    expect(fieldValue({ ...claim, qualifier: "up_to", min: null, max: 50 }, "bounds")).toBe("up_to 50");
    expect(fieldValue({ ...claim, qualifier: "exact", min: 7, max: 7 }, "bounds")).toBe("exact 7");
    expect(fieldValue(claim, "claimant")).toBe("none");
    expect(fieldValue({ ...claim, claimant: "OCHA", claimantKind: "intergovernmental" }, "claimant")).toBe("OCHA (intergovernmental)");
    expect(fieldValue(claim, "asOf")).toBe("none");
    expect(fieldValue(claim, "mainEvent")).toBe("no");
  });
});
