import { describe, expect, it } from "vitest";
import { extractDocument } from "./index.js";

const PUBLISHED = "2026-03-11"; // a Wednesday

function found(text: string) {
  return extractDocument(text, { published: PUBLISHED }).claims.map((c) => [c.min, c.claimant, c.asOf]);
}

describe("attribution across sentences", () => {
  it("resolves \"the commission\" to the commission named before, whatever kind it was given", () => {
    const text = "At least 30 people have been killed, the National Commission for Human Rights said on Tuesday. The commission said 120 people had been wounded.";
    expect(found(text)).toEqual([
      [30, "National Commission for Human Rights", "2026-03-10"],
      [120, "National Commission for Human Rights", "2026-03-10"],
    ]);
  });
});

describe("parts of a count", () => {
  it("restating the count they break down take its source and day", () => {
    const text = "Twelve people were killed in the raid on Monday, officials said. Of the 12 dead, four were children.";
    expect(found(text)).toEqual([
      [12, "officials", "2026-03-09"],
      [4, "officials", "2026-03-09"],
    ]);
  });
});

describe("names the gazetteer knows otherwise", () => {
  it("keeps the acronym the text gives in brackets over another body's", () => {
    const text = "According to Indonesia's National Disaster Management Authority (BNPB), 1,424 people have died.";
    expect(found(text).map(([min, claimant]) => [min, claimant])).toEqual([[1424, "BNPB"]]);
  });

  it("leaves a day opening the sentence out of the speaker's name", () => {
    expect(found("Yesterday Police said that 49 people had died.")).toEqual([[49, "Police", "2026-03-10"]]);
  });

  it("reads a speaker's trailing 'said at the time' and an expectation as an estimate", () => {
    expect(found("By Friday evening, the bodies recovered numbered 111, the coastguard said at the time.")).toEqual([[111, "coastguard", "2026-03-06"]]);
    const [claim] = extractDocument("The mayor said on Friday that she expected the final toll to exceed 300.", { published: PUBLISHED }).claims;
    expect([claim!.min, claim!.claimant, claim!.status]).toEqual([300, "mayor", "estimate"]);
  });

  it("gives 'the official toll' to the official who states it", () => {
    expect(found("Chief Minister Ada Obi told reporters that the official toll stood at 822.").map(([m, c]) => [m, c])).toEqual([[822, "Chief Minister Ada Obi"]]);
  });

  it("reads an inquiry's conclusion as its attribution", () => {
    const text = "The National Council for Human Rights concluded in March that 632 people had died.";
    expect(found(text).map(([min, claimant]) => [min, claimant])).toEqual([[632, "National Council for Human Rights"]]);
  });
});

describe("a speaker's name", () => {
  it("is the speaker who gives an official tally, not the authorities at large", () => {
    const text = "Late on Monday, Ada Obi, the chairman of the district, gave the first official tally: 113 dead.";
    expect(found(text)).toEqual([[113, "Ada Obi", "2026-03-09"]]);
  });

  it("is the subject that issued \"its\" tally, not the last speaker", () => {
    const text = "Omar Ali, the spokesman for the Ministry of Water, said 40 people had died. Late on Monday the Ministry of Public Health issued its first tally, of 15 dead.";
    expect(found(text).map(([min, claimant]) => [min, claimant])).toEqual([
      [40, "Omar Ali"],
      [15, "Ministry of Public Health"],
    ]);
  });

  it("is a generic claimant of the role's kind for a role alone", () => {
    expect(extractDocument("Five of the wounded were in critical condition, the officer said.", { published: PUBLISHED }).claims.map((c) => [c.claimant, c.claimantKind])).toEqual([
      ["officer", "government"],
    ]);
  });

  it("is never a document or a prepositional phrase", () => {
    const text = "Troops killed 40 villagers in the town, the monitoring group Sahel Watch said in a report published on Friday. Of the dead, 12 were children, the report says.";
    expect(found(text).map(([min, claimant]) => [min, claimant])).toEqual([
      [40, "monitoring group Sahel Watch"],
      [12, "monitoring group Sahel Watch"],
    ]);
  });

  it("reads \"according to him\" as the person who spoke last", () => {
    const text = "\"We are no longer finding survivors,\" says Tomas Reyes, the agency's director. According to him, 329 people are still missing.";
    expect(found(text)).toEqual([[329, "Tomas Reyes", PUBLISHED]]);
  });

  it("reads a surname alone as the person named in full before", () => {
    const text = "Anna Berger, the head of the rescue service, said 12 people had died. Berger said 30 people had been injured.";
    expect(found(text)).toEqual([
      [12, "Anna Berger", PUBLISHED],
      [30, "Anna Berger", PUBLISHED],
    ]);
  });

  it("remembers a source that issues something without a figure, for \"it\" after it", () => {
    const text = "Quake live\n\n02:30 - The interior ministry has issued its first statement. It says 296 people have been killed.";
    expect(found(text)).toEqual([[296, "interior ministry", PUBLISHED]]);
  });

  it("stops at the dash after a live blog's time stamp", () => {
    expect(found("Storm live\n\n17:40 - The coastal guard service says 14 people have drowned.")).toEqual([[14, "coastal guard service", PUBLISHED]]);
  });
});

describe("the day of an attributed figure", () => {
  it("takes the day a source gave its figures in the sentence before", () => {
    const text = "The police gave their latest figures at a briefing on Monday. A spokesman said 175 people had been killed.";
    expect(found(text)).toEqual([[175, "spokesman", "2026-03-09"]]);
  });

  it("takes a day that opens the speaker's clause", () => {
    const text = "Late on Monday the health ministry issued its first tally: 18 dead and 40 injured.";
    expect(found(text)).toEqual([
      [18, "health ministry", "2026-03-09"],
      [40, "health ministry", "2026-03-09"],
    ]);
  });

  it("does not take the day of the event a when-clause tells", () => {
    const text = "Seven people were killed when gunmen attacked a market late on Monday night, officials said on Tuesday.";
    expect(found(text)).toEqual([[7, "officials", "2026-03-10"]]);
  });

  it("passes over a wire dateline naming a place and its country", () => {
    const text = "Clashes in the north\n\nJOS, Nigeria, Mar 11 (Wire) - The toll has risen to 40, a local official said on Monday.";
    expect(found(text)).toEqual([[40, "local official", "2026-03-09"]]);
  });

  it("takes the day a paragraph opens on for the figures after it", () => {
    const text = "On 2 March, an air strike hit the weekly market. According to local health officials, at least 64 people were killed.";
    expect(found(text)).toEqual([[64, "local health officials", "2026-03-02"]]);
  });
});

describe("a place as the subject of \"has recorded\"", () => {
  it("is where the deaths were counted: the figures stay with the source of the list", () => {
    const text = "By province, Kivara has recorded the most deaths (40), followed by Tembe (12), according to the civil protection agency.";
    expect(found(text).map(([min, claimant]) => [min, claimant])).toEqual([
      [40, "civil protection agency"],
      [12, "civil protection agency"],
    ]);
  });

  it("is still the source once it was named as one before", () => {
    const text = "Marta Ruiz, a doctor at the clinic, said 20 people had died. Ruiz has recorded 31 deaths since.";
    expect(found(text).map(([min, claimant]) => [min, claimant])).toEqual([
      [20, "Marta Ruiz"],
      [31, "Marta Ruiz"],
    ]);
  });
});

describe("a source that issued its figures in a sentence before", () => {
  it("speaks for the paragraph's unattributed figures after it", () => {
    const text = "The civil protection agency has issued its first statement. The death toll stands at 40, and 90 people were injured.";
    expect(found(text).map(([min, claimant]) => [min, claimant])).toEqual([
      [40, "civil protection agency"],
      [90, "civil protection agency"],
    ]);
  });

  it("does not speak for the next paragraph", () => {
    const text = "The civil protection agency has issued its first statement.\n\nAt least 40 people have died.";
    expect(found(text).map(([min, claimant]) => [min, claimant])).toEqual([[40, null]]);
  });
});
