import { describe, expect, it } from "vitest";
import { parseIsoDate } from "./dates.js";
import { readLineNotes } from "./document-notes.js";
import { extractDocument } from "./index.js";
import { normaliseForMatching } from "./text.js";

const published = parseIsoDate("2026-03-11")!;

function notes(line: string) {
  return readLineNotes(line, normaliseForMatching(line), { start: 0, end: line.length }, published, []).map((n) => ({ source: n.source?.name ?? null, periodEnd: n.periodEnd }));
}

describe("document notes", () => {
  it.each([
    ["Casualty figures are those of the National Rescue Service unless another source is named.", "National Rescue Service"],
    ["The table lists the figures as they were published by the Coastal Relief Agency, which keeps the national count.", "Coastal Relief Agency"],
  ])("reads whose figures a document reports: %s", (line, source) => {
    expect(notes(line)).toEqual([{ source, periodEnd: null }]);
  });

  it.each([
    ["The report covers the period from October 1 of 2025 to February 28 of 2026.", "2026-02-28"],
    ["It examines events between 3 November and 31 January, and draws on 300 interviews.", "2026-01-31"],
  ])("reads the period a report covers: %s", (line, periodEnd) => {
    expect(notes(line)).toEqual([{ source: null, periodEnd }]);
  });

  it("leaves an update's window that closes as it is published to the publication day", () => {
    expect(notes("This update covers the period from 1 to 9 March 2026.")).toEqual([]);
  });

  it("ignores a sentence that states neither", () => {
    expect(notes("The report covers the northern districts.")).toEqual([]);
  });

  it("dates the report's undated counts by the end of its period", () => {
    const text = "Rights report on the unrest\n\nThe report covers the period from 1 December to 28 February. The monitors documented 212 deaths.";
    expect(extractDocument(text, { published: "2026-03-11" }).claims.map((c) => [c.min, c.asOf])).toEqual([[212, "2026-02-28"]]);
  });
});
