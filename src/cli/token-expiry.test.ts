import { describe, expect, it } from "vitest";
import { parseExpiry } from "./token-expiry.js";

const now = new Date("2026-03-01T10:00:00.000Z");
const message = (value: Date | Error) => (value instanceof Error ? value.message : value.toISOString());

describe("--expires", () => {
  it("reads a span from now", () => {
    expect(message(parseExpiry("30d", now))).toBe("2026-03-31T10:00:00.000Z");
    expect(message(parseExpiry("12h", now))).toBe("2026-03-01T22:00:00.000Z");
  });

  it("reads a last day as the end of that day in UTC", () => {
    expect(message(parseExpiry("2026-06-30", now))).toBe("2026-07-01T00:00:00.000Z");
    expect(message(parseExpiry("2026-03-01", now))).toBe("2026-03-02T00:00:00.000Z");
  });

  it("names what is wrong", () => {
    expect(message(parseExpiry("2026-02-30", now))).toMatch(/--expires '2026-02-30': day 30 does not exist/);
    expect(message(parseExpiry("2026-02-28", now))).toMatch(/in the past/);
    expect(message(parseExpiry("0d", now))).toMatch(/expected 1 to/);
    expect(message(parseExpiry("soon", now))).toMatch(/expected a span like 30d/);
  });
});
