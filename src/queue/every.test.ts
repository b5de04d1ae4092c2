import { describe, expect, it } from "vitest";
import { formatEvery, parseEvery } from "./every.js";

describe("parseEvery", () => {
  it("reads a whole number and a unit", () => {
    expect(parseEvery("--every", "90s")).toBe(90);
    expect(parseEvery("--every", "10m")).toBe(600);
    expect(parseEvery("--every", "2h")).toBe(7200);
    expect(parseEvery("--every", "1d")).toBe(86_400);
  });

  it.each(["10", "10 minutes", "0s", "1.5h", "31d", "-5m", ""])("refuses %j, saying what it expects", (value) => {
    expect(parseEvery("--every", value)).toEqual(new Error(`--every '${value}': expected a whole number and a unit, s, m, h or d (90s, 10m, 2h, 1d), from 1s to 30d`));
  });
});

describe("formatEvery", () => {
  it("writes the largest unit that divides the interval", () => {
    expect([600, 7200, 86_400, 90, 5400].map(formatEvery)).toEqual(["10m", "2h", "1d", "90s", "90m"]);
  });
});
