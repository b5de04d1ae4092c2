import { describe, expect, it } from "vitest";
import { itemKey, nextPollAfter } from "./poll-feed.js";

const now = new Date("2026-11-30T12:00:00.000Z");
const minutesLater = (date: Date) => (date.getTime() - now.getTime()) / 60_000;

describe("nextPollAfter", () => {
  it("polls a healthy feed again after its interval", () => {
    expect(minutesLater(nextPollAfter({ everySeconds: 600 }, 0, now))).toBe(10);
  });

  it("doubles the wait for each failure in a row, up to a day", () => {
    expect([1, 2, 3, 6, 7, 20].map((failures) => minutesLater(nextPollAfter({ everySeconds: 600 }, failures, now)))).toEqual([20, 40, 80, 640, 640, 640]);
    expect(minutesLater(nextPollAfter({ everySeconds: 3 * 3600 }, 5, now))).toBe(24 * 60);
  });

  it("never polls a failing feed sooner than its own interval, even one longer than a day", () => {
    expect(minutesLater(nextPollAfter({ everySeconds: 2 * 86_400 }, 3, now))).toBe(2 * 24 * 60);
  });
});

describe("itemKey", () => {
  it("is the item's link, or a hash of its title and content when it has none", () => {
    expect(itemKey({ title: "A", link: "https://example.org/a", dates: [], content: "x" })).toBe("https://example.org/a");
    const unlinked = itemKey({ title: "A", link: null, dates: [], content: "x" });
    expect(unlinked).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(itemKey({ title: "A", link: null, dates: [], content: "y" })).not.toBe(unlinked);
  });
});
