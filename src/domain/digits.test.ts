import { describe, expect, it } from "vitest";
import { latinDigits } from "./digits.js";

describe("latinDigits", () => {
  it("reads Persian digits as Latin ones", () => {
    expect(latinDigits("دست‌کم ۲۴۰۳ نفر")).toBe("دست‌کم 2403 نفر");
    expect(latinDigits("۱۴۰۴/۱۰/۲۳")).toBe("1404/10/23");
  });

  it("reads Arabic-Indic digits as Latin ones", () => {
    expect(latinDigits("مقتل ٣٥ شخصا")).toBe("مقتل 35 شخصا");
    expect(latinDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
  });

  it("reads the Arabic thousands and decimal separators as comma and point", () => {
    expect(latinDigits("۳٬۶۰۰")).toBe("3,600");
    expect(latinDigits("١٫٥ مليون")).toBe("1.5 مليون");
  });

  it("leaves the Arabic comma, Latin text and other scripts as they are", () => {
    expect(latinDigits("قتل ٣٠، وأصيب ٤٠")).toBe("قتل 30، وأصيب 40");
    expect(latinDigits("2 bin 615 kişi")).toBe("2 bin 615 kişi");
    expect(latinDigits("")).toBe("");
  });

  it("keeps the length, so offsets into the result are offsets into the text", () => {
    const text = "به گزارش هرانا، ۲٬۴۰۳ تن از معترضان 😀 کشته شدند؛ ١٫٥";
    const latin = latinDigits(text);
    expect(latin.length).toBe(text.length);
    const start = latin.indexOf("2,403");
    expect(text.slice(start, start + 5)).toBe("۲٬۴۰۳");
  });
});
