import { describe, expect, it } from "vitest";
import { layoutLegend, niceTicks, renderTimeline, textWidth, timeTicks, type TimelineLine } from "./timeline.js";

const DAY_MS = 86_400_000;
const day = (text: string) => Date.parse(`${text}T00:00:00Z`) / DAY_MS;

/** The text of every <text class="…"> element of a class, in order. */
function texts(svg: string, className: string): string[] {
  return [...svg.matchAll(new RegExp(`<text class="${className}"[^>]*>([^<]*)</text>`, "g"))].map((m) => m[1]!);
}

function line(name: string, points: Array<[string, number]>, kind: TimelineLine["points"][number]["kind"] = "reported"): TimelineLine {
  return { name, points: points.map(([d, value]) => ({ day: d, value, kind, label: String(value) })) };
}

describe("renderTimeline", () => {
  it("draws one series per claimant with verified points filled and estimates hollow", () => {
    const svg = renderTimeline([
      { name: "HRANA", points: [{ day: "2026-01-10", value: 500, kind: "verified", label: "500" }, { day: "2026-01-14", value: 2403, kind: "verified", label: "2,403" }] },
      { name: "<Officials>", points: [{ day: "2026-01-13", value: 3000, kind: "estimate", label: "about 3,000" }] },
    ]);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<g class="series"/g)).toHaveLength(2);
    expect(svg.match(/class="pt verified"/g)!.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('class="pt estimate"');
    expect(svg).toContain("&lt;Officials&gt;");
    expect(svg).not.toContain("<Officials>");
  });

  it("says so when there is nothing to draw", () => {
    expect(renderTimeline([])).toContain("No dated figures");
  });

  it("picks round ticks", () => {
    expect(niceTicks(2403)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("the time axis", () => {
  it("shows the years when the span crosses New Year, never bare day-month ticks a year apart", () => {
    const svg = renderTimeline([line("HRANA", [["2025-12-20", 10], ["2026-01-25", 900]])]);
    const ticks = texts(svg, "x-tick");
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.every((t) => /^\d{1,2} [A-Z][a-z]{2}$/.test(t))).toBe(true);
    expect(texts(svg, "x-year")).toEqual(["2025", "2026"]);
  });

  it("labels months with their year over a long span, and years over a very long one", () => {
    const months = timeTicks(day("2023-02-06"), day("2024-03-01"));
    expect(months.map((t) => t.label).slice(0, 2)).toEqual(["Mar", "May"]);
    expect(months.filter((t) => t.year !== null).map((t) => `${t.label} ${t.year}`)).toEqual(["Mar 2023", "Jan 2024"]);
    const years = timeTicks(day("2011-03-15"), day("2026-01-01"));
    expect(years.map((t) => t.label)).toEqual(["2012", "2014", "2016", "2018", "2020", "2022", "2024", "2026"]);
  });

  it("gives the year once for a span within one year", () => {
    const ticks = timeTicks(day("2026-01-08"), day("2026-01-20"));
    expect(ticks[0]).toMatchObject({ label: "8 Jan", year: "2026" });
    expect(ticks.slice(1).every((t) => t.year === null)).toBe(true);
  });
});

describe("the legend", () => {
  const longNames = [
    "association of Iranian doctors living abroad",
    "Staff at Farabi Eye Hospital",
    "Kurdistan Human Rights Network",
    "English version of the same bulletin",
    "Iran Human Rights",
    "HRANA",
    "Hengaw",
    "doctor reached by phone",
    "Tehran's prosecutor",
    "member of parliament",
    "Iran International",
    "Office of the United Nations High Commissioner for Human Rights in Geneva and its field presence",
  ];

  it("never lets two entries overlap, wrapping to rows inside the chart's width", () => {
    const lines = longNames.map((name, i) => line(name, [["2026-01-10", 100 * i], ["2026-01-20", 120 * i]]));
    const svg = renderTimeline(lines, { width: 760 });
    const items = [...svg.matchAll(/<g class="legend-item">.*?<line x1="([\d.]+)".*?<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text><\/g>/g)].map((m) => ({
      left: Number(m[1]),
      right: Number(m[2]) + textWidth(m[4]!.replace(/&#39;/g, "'")),
      y: Number(m[3]),
    }));
    expect(items).toHaveLength(longNames.length);
    for (const [i, a] of items.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(760);
      for (const b of items.slice(i + 1)) {
        const apart = a.y !== b.y || a.right <= b.left || b.right <= a.left;
        expect(apart, `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(true);
      }
    }
    expect(new Set(items.map((item) => item.y)).size).toBeGreaterThan(2);
    // The svg grows to hold the rows: the last row is inside it.
    const height = Number(/viewBox="0 0 760 ([\d.]+)"/.exec(svg)![1]);
    expect(Math.max(...items.map((item) => item.y))).toBeLessThan(height);
  });

  it("cuts a name too long for one row, keeping the whole name in its tooltip", () => {
    const name = "A".repeat(200);
    const { boxes } = layoutLegend([name], 64, 744, 0);
    expect(boxes[0]!.text.endsWith("…")).toBe(true);
    expect(boxes[0]!.x + boxes[0]!.width).toBeLessThanOrEqual(744);
    expect(renderTimeline([line(name, [["2026-01-10", 1]])])).toContain(`<title>${name}</title>`);
  });

  it("measures wide scripts wider than narrow ones", () => {
    expect(textWidth("ااااا")).toBeGreaterThan(textWidth("iiiii"));
    expect(textWidth("伊朗人权")).toBeGreaterThan(textWidth("HRAN"));
  });
});

describe("lines of one claimant", () => {
  it("share the claimant's colour and differ in dash and marker", () => {
    const svg = renderTimeline([
      { ...line("HRANA (verified)", [["2026-01-10", 500], ["2026-01-14", 2403]], "verified"), claimant: "HRANA", dash: "solid" },
      { ...line("HRANA (under review)", [["2026-01-12", 8000], ["2026-01-14", 12000]], "under_review"), claimant: "HRANA", dash: "dashed" },
      line("Hengaw", [["2026-01-13", 3000]]),
    ]);
    const strokes = [...svg.matchAll(/<g class="series" data-claimant="([^"]+)" data-line="([^"]+)"><path [^>]*stroke="(#[0-9a-f]{6})"([^>]*)\/>/g)];
    expect(strokes.map((m) => m[2])).toEqual(["HRANA (verified)", "HRANA (under review)", "Hengaw"]);
    expect(strokes[0]![3]).toBe(strokes[1]![3]);
    expect(strokes[2]![3]).not.toBe(strokes[0]![3]);
    expect(strokes[0]![4]).not.toContain("dasharray");
    expect(strokes[1]![4]).toContain("stroke-dasharray");
    expect(svg).toContain('class="pt under_review"');
    expect(svg).toMatch(/<text[^>]*>under review<\/text>/);
  });
});
