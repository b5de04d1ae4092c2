import { describe, expect, it } from "vitest";
import { extractDocument } from "./index.js";
import type { Claim } from "../domain/claim.js";

const PUBLISHED = "2026-03-11"; // a Wednesday

function claims(text: string, published = PUBLISHED): Claim[] {
  return extractDocument(text, { published }).claims;
}

function brief(c: Claim) {
  return { metric: c.metric, population: c.population, min: c.min, max: c.max, claimant: c.claimant };
}

describe("metric and population", () => {
  it("attaches the metric within the clause, not by distance", () => {
    const found = claims("Police said 16 people were arrested and at least 9 others were killed in the clashes.");
    expect(found.map((c) => [c.metric, c.min])).toEqual([["detained", 16], ["killed", 9]]);
  });

  it("reads a verb before the figure and a noun after it", () => {
    expect(claims("Troops killed at least 40 villagers.").map(brief)).toEqual([
      { metric: "killed", population: "all", min: 40, max: null, claimant: null },
    ]);
    expect(claims("The army reported 75 deaths among its soldiers.")[0]).toMatchObject({ metric: "killed", min: 75 });
  });

  it("gives each part of a breakdown its own claim with the head's metric and source", () => {
    const found = claims(
      "The monitor Airwars said it had documented 212 deaths, including 120 civilians, 41 children, 30 fighters and one journalist.",
    );
    expect(found.map((c) => [c.population, c.min, c.claimant, c.status])).toEqual([
      ["all", 212, "Airwars", "verified"],
      ["civilians", 120, "Airwars", "verified"],
      ["children", 41, "Airwars", "verified"],
      ["other", 30, "Airwars", "verified"],
      ["other", 1, "Airwars", "verified"],
    ]);
  });

  it("reads 'sentenced N people to death' and a figure after the phrase, even at the end of the text", () => {
    expect(claims("A court sentenced 12 protesters to death on Monday.").map((c) => [c.metric, c.population, c.min])).toEqual([["sentenced_to_death", "protesters", 12]]);
    expect(claims("sentenced to death 646").map((c) => [c.metric, c.min])).toEqual([["sentenced_to_death", 646]]);
  });

  it.each([
    ["The blast claimed the lives of 30 people, police said.", "killed:30"],
    ["Gunmen opened fire on a market, killing at least 20 and injuring 35 others.", "killed:20 injured:35"],
    ["The fighting has forced 1.2 million people to flee their homes.", "displaced:1200000"],
    ["Three soldiers and two civilians were killed in the attack.", "killed:3 killed:2"],
    ["The storm left 12 people dead and 40 injured.", "killed:12 injured:40"],
    ["Authorities reported 9 fatalities and 27 injuries.", "killed:9 injured:27"],
    ["Of the 120 dead, 40 were children.", "killed:120 killed:40"],
    ["Eleven police officers were among those killed.", "killed:11"],
    ["Twelve people, among them four children, drowned.", "killed:12 killed:4"],
    ["The attack left 5,000-plus people homeless.", "displaced:5000"],
    ["About 1.7 million people, three in every four residents, have fled their homes.", "displaced:1700000"],
    ["Seven of the injured are in critical condition.", "injured:7"],
  ])("reads common newsroom phrasing: %s", (text, expected) => {
    expect(claims(text).map((c) => `${c.metric}:${c.min}`).join(" ")).toBe(expected);
  });

  it("does not count things that are not people", () => {
    expect(claims("Unrest spread to 140 cities and 300 videos of the clashes were shared.")).toEqual([]);
  });

  it("treats one named person's case as a victim record", () => {
    expect(claims("The court sentenced one protester, Reza Karimi, to death on Monday.")).toEqual([]);
  });
});

describe("attribution", () => {
  it("credits the source, not the outlet, in every common form", () => {
    const text = [
      "According to the UN refugee agency, 1.2 million people have been displaced.",
      "The health ministry said 310 people were injured.",
      "At least 52 people were detained overnight, the group Amnesty International said.",
      "A local official said 8 rescuers were missing.",
    ].join("\n");
    expect(claims(text).map((c) => [c.claimant, c.claimantKind])).toEqual([
      ["UNHCR", "intergovernmental"],
      ["health ministry", "government"],
      ["Amnesty International", "ngo"],
      ["local official", "government"],
    ]);
  });

  it("names who issued a document, and reads the people from the counted phrase, not an aside", () => {
    expect(claims("The quake killed 2,946 people, according to the latest government figures.")[0]?.claimant).toBe("government");
    expect(claims("Over 600 people, many of them women and children, have been killed in the siege.")[0]?.population).toBe("all");
  });

  it("keeps the source when the outlet adds that it could not verify the figure", () => {
    const [claim] = claims("At least 50 people were killed, medics said, though the figure could not be independently verified.");
    expect(claim).toMatchObject({ claimant: "medics", claimantKind: "other", status: "reported" });
    expect(claims("Reuters could not independently verify the figure of 120 dead given by the rebels.")[0]?.claimant).toBe("rebels");
  });

  it("takes the innermost source of a chain", () => {
    const [claim] = claims("The broadcaster cited a diplomat who said a reliable source estimated the toll at 3,000 to 4,000.");
    expect(claim).toMatchObject({ claimant: "reliable source", claimantKind: "anonymous", status: "estimate", min: 3000, max: 4000 });
  });

  it("resolves a pronoun and a definite description to the source named before", () => {
    const text = "Hengaw, a rights group based in Norway, said it had recorded 48 deaths.\nThe group said 900 people had been arrested.";
    expect(claims(text).map((c) => c.claimant)).toEqual(["Hengaw", "Hengaw"]);
  });
});

describe("status, as-of and scope", () => {
  it("reads verified, under review and estimate from the wording", () => {
    const text = "The monitor said it had verified 410 deaths, and that another 95 reported deaths remain under review.\nAnalysts estimated that about 2,000 people were killed.";
    expect(claims(text).map((c) => c.status)).toEqual(["verified", "under_review", "estimate"]);
  });

  it("takes a later word on the figure's status ('the figures are estimates')", () => {
    const text = "An exile group said 5,000 people had been killed.\nIt added that the figures were estimates drawn from hospital sources.";
    expect(claims(text).map((c) => c.status)).toEqual(["estimate"]);
  });

  it("resolves weekdays, timeline entries and dates without a year to the past", () => {
    const text = ["Officials said on Monday that 27 people had died.", "4 March: Medics report 12 dead.", "By 28 February, 300 people had fled."].join("\n");
    expect(claims(text).map((c) => c.asOf)).toEqual(["2026-03-09", "2026-03-04", "2026-02-28"]);
  });

  it("keeps comparisons with other years and crises out of the main event", () => {
    const text = "Floods kill 40 in the north\nAt least 40 people were killed by the floods.\nIn 2019, a cyclone killed 600 people in the same region.";
    const found = claims(text);
    expect(found.map((c) => [c.min, c.mainEvent, c.asOf])).toEqual([
      [40, true, PUBLISHED],
      [600, false, "2019-12-31"],
    ]);
  });

  it("sets the event a superlative reaches back to apart ('the deadliest since 2009, when …')", () => {
    const text = "Quake kills 267 in Italy\nThe quake killed 267 people. It is the deadliest since 2009, when an earthquake in L'Aquila killed 309 people.\nThe floods are the worst since the 2004 tsunami, which killed over 8,000 people.";
    expect(claims(text).map((c) => [c.min, c.mainEvent, c.asOf])).toEqual([
      [267, true, PUBLISHED],
      [309, false, "2009-12-31"],
      [8000, false, "2004-12-31"],
    ]);
  });

  it("dates a count by a period's end earlier in its sentence and by a day closing the speaker's phrase", () => {
    const text = "According to the agency, as of 4 March at 13:00 local time, 1,424 people have died.\nThe toll has risen to 284, the minister said in a statement on Friday.";
    expect(claims(text).map((c) => c.asOf)).toEqual(["2026-03-04", "2026-03-06"]);
  });

  it("gives a release's figures to the speaker of 'the following update'", () => {
    const text = "Police Commissioner Ann Lee gave the following update this afternoon.\nThe number of people killed in the attacks has risen to 50.\nThere are 34 people still receiving treatment in hospital for their injuries.";
    expect(claims(text).map((c) => [c.min, c.claimant])).toEqual([[50, "Police Commissioner Ann Lee"], [34, "Police Commissioner Ann Lee"]]);
  });

  it("reads every item of a comma list of subjects with the verb after the last", () => {
    const text = "Since May 23, 920 militants, 165 soldiers and 47 civilians have been killed, the military said.\nHe said 14 students and one teacher had been killed.\n\"We buried people,\" said one farmer.";
    expect(claims(text).map((c) => `${c.population}:${c.min}`)).toEqual(["other:920", "security_forces:165", "civilians:47", "other:14", "other:1"]);
  });

  it("dates a situation report's counts by the epidemiological week it covers", () => {
    const text = "Epi week 8: 19 - 25 February 2026\nTwenty new deaths were recorded in week 8.";
    expect(claims(text).map((c) => [c.min, c.asOf])).toEqual([[20, "2026-02-25"]]);
  });

  it("keeps a retrospective report's own period in the main event", () => {
    const text = "Famine killed 258,000, study finds\nAn estimated 258,000 people died between October 2010 and April 2012, a study found.\nThe 1992 famine killed 220,000 people.";
    expect(claims(text).map((c) => [c.min, c.mainEvent])).toEqual([[258000, true], [220000, false]]);
  });

  it("dates a study by the day it was published and 'a day earlier' by the day before", () => {
    const text = "A study published in January estimated that 4,645 people died.\nThe government gave a toll of about 4,000 dead a day earlier.";
    expect(claims(text).map((c) => c.asOf)).toEqual(["2026-01-31", "2026-03-10"]);
  });

  it("gives the parts of a count restated with its source the day of that count", () => {
    const text = "KEY FIGURES\n438 people killed (1)\n(1) DoDMA, as of 9 March.\nOf the 438 deaths recorded by DoDMA, Blantyre accounted for 225 and Mulanje for 99.";
    expect(claims(text).map((c) => [c.min, c.asOf])).toEqual([[438, "2026-03-09"], [225, "2026-03-09"], [99, "2026-03-09"]]);
  });

  it("reads a part's metric from its opener and keeps 'one' that ends a list of counts", () => {
    const text = "The agency said 13,116 people had died and 14,377 were still missing.\nOf the dead, 8,103 were in Miyagi, 3,815 in Iwate and one in Tokyo.";
    expect(claims(text).map((c) => `${c.metric}:${c.min}`)).toEqual(["killed:13116", "missing:14377", "killed:8103", "killed:3815", "killed:1"]);
  });

  it("merges a headline that repeats the body's figure, keeping the body's hedge", () => {
    const found = claims("Rights group says 1,200 killed\nThe rights group HRANA said at least 1,200 people have been killed.");
    expect(found.map((c) => [c.qualifier, c.claimant])).toEqual([["at_least", "HRANA"]]);
  });
});
