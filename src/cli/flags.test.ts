import { describe, expect, it } from "vitest";
import { dayFlag, portFlag, positiveNumberFlag } from "./flags.js";

const message = (value: unknown) => (value instanceof Error ? value.message : value);

describe("flag values", () => {
  it("reads days with the one day rule", () => {
    expect(dayFlag("--since", "2024-02-29")).toBe("2024-02-29");
    expect(message(dayFlag("--since", "2026-02-30"))).toBe("--since '2026-02-30': day 30 does not exist in 2026-02 (01–28)");
    expect(message(dayFlag("--as-of", "2026-13-01"))).toBe("--as-of '2026-13-01': month 13 does not exist (01–12)");
    expect(message(dayFlag("--published", "yesterday"))).toBe("--published 'yesterday': expected a date YYYY-MM-DD");
  });

  it("reads ports in digits only", () => {
    expect(portFlag("--port", "8080")).toBe(8080);
    expect(portFlag("--port", "0")).toBe(0);
    for (const bad of ["", "1e3", "0x50", "-1", "65536", "80 ", "http"]) expect(message(portFlag("--port", bad)), bad).toMatch(/^--port '.*': expected a port number from 0 to 65535$/);
    expect(message(portFlag("PORT", "abc"))).toBe("PORT 'abc': expected a port number from 0 to 65535");
  });

  it("reads bounded positive numbers", () => {
    expect(positiveNumberFlag("--timeout", "2.5", 3600, "seconds")).toBe(2.5);
    for (const bad of ["0", "-3", "1e3", "0x10", "Infinity", "3601", ""]) {
      expect(message(positiveNumberFlag("--timeout", bad, 3600, "seconds")), bad).toMatch(/^--timeout '.*': expected a number of seconds above 0 and at most 3600$/);
    }
  });
});
