import { describe, expect, it } from "vitest";
import { safeNext } from "./login.js";

describe("where a sign-in goes next", () => {
  it("keeps a plain path on this site, with its query and fragment", () => {
    expect(safeNext("/review?event=1&offset=100#claim-4")).toBe("/review?event=1&offset=100#claim-4");
    expect(safeNext("/claimants/HRANA%20Agency")).toBe("/claimants/HRANA%20Agency");
  });

  it("refuses other sites, schemes, backslashes and control characters (browsers strip tab/CR/LF)", () => {
    for (const next of [
      "//evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r/evil.example",
      "\t//evil.example",
      "/\\evil.example",
      "/a\\b",
      "https://evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "/\u0000x",
      "/\u007f",
      "/\u0085x",
      `/${"a".repeat(3000)}`,
      "",
      undefined,
      ["/a"],
    ]) {
      expect(safeNext(next), JSON.stringify(next)).toBe("/");
    }
  });
});
