import { describe, expect, it } from "vitest";
import { parseFeed } from "./feed.js";
import { dayOf } from "./page-meta.js";

describe("the publication day of a page or feed item", () => {
  it("is the day as written, or the day of a timestamp", () => {
    expect(dayOf("2026-01-14T23:30:00-05:00")).toBe("2026-01-14");
    expect(dayOf("Tue, 13 Jan 2026 10:00:00 GMT")).toBe("2026-01-13");
  });

  it("is none when the page names a day that does not exist, rather than a date the store refuses", () => {
    for (const bad of ["2026-02-30", "2026-13-01T00:00:00Z", "0000-01-01", "+275760-09-13T00:00:00Z", "soon"]) expect(dayOf(bad), bad).toBeNull();
  });

  it("is none for a feed item dated 30 February", () => {
    const rss = `<rss version="2.0"><channel><title>Wire</title><item><title>Toll rises</title><link>https://example.org/a</link><pubDate>2026-02-30</pubDate></item></channel></rss>`;
    const result = parseFeed(rss, "feed.xml");
    expect(result.ok && result.feed.items[0]!.published).toBeNull();
  });
});
