import { describe, expect, it } from "vitest";
import { extractDocument } from "./index.js";

const PUBLISHED = "2026-03-11"; // a Wednesday

function voices(text: string) {
  return extractDocument(text, { published: PUBLISHED }).claims.map((c) => [c.min, c.claimant, c.asOf]);
}

describe("who speaks for an unattributed figure", () => {
  it("continues the source of the series a timeline entry updates, on the entry's day", () => {
    const text = [
      "The floods in the valley, day by day",
      "",
      "Heavy rain swept the valley for a week, and this page follows the official count as it rose from one day to the next.",
      "",
      "Sunday 8 March",
      "- The disaster agency says 12 people have died.",
      "",
      "Monday 9 March",
      "- The toll rises to 40 dead and 95 injured.",
    ].join("\n");
    expect(voices(text)).toEqual([
      [12, "disaster agency", "2026-03-08"],
      [40, "disaster agency", "2026-03-09"],
      [95, "disaster agency", "2026-03-09"],
    ]);
  });

  it("gives the source a document names for its figures to the figures it attributes to no one", () => {
    const text = [
      "Storm Ada: a week of losses",
      "",
      "Figures are those of the National Rescue Service unless another source is named. At least 60 people died in the first three days.",
    ].join("\n");
    expect(voices(text)).toEqual([[60, "National Rescue Service", PUBLISHED]]);
  });

  it("keeps a writer's own background figure unattributed", () => {
    const text = "Storm Ada: a week of losses\n\nThe toll rose to 60 dead, the rescue service said. A similar storm in 1998 killed 300 people.";
    expect(voices(text).find(([min]) => min === 300)).toEqual([300, null, "1998-12-31"]);
  });
});
