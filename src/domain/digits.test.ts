import { describe, expect, it } from "vitest";
import { latinDigits } from "./digits.js";

describe("latinDigits", () => {
  it("reads Persian and Arabic-Indic digits as 0-9", () => {
    expect(latinDigits("۱۴۰۴/۱۰/۲۳")).toBe("1404/10/23");
    expect(latinDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(latinDigits("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
  });
  it("leaves everything else as it is, keeping the length", () => {
    expect(latinDigits("age ۲۶, 2026")).toBe("age 26, 2026");
    expect(latinDigits("محمد")).toBe("محمد");
  });
});
