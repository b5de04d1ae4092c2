import { describe, expect, it } from "vitest";
import { nativePublication } from "./native-date-lines.js";

describe("nativePublication", () => {
  it.each([
    ["عنوان\nپنجشنبه ۲۵ دی ۱۴۰۴\n\nمتن", "2026-01-15"],
    ["عنوان\nشنبه 1404/10/27\n", "2026-01-17"],
    ["عنوان\nچهارشنبه، ۱ بهمن ۱۴۰۴\n", "2026-01-21"],
    ["عنوان\n۸ بهمن ۱۴۰۴ - ۲۸ ژانویه ۲۰۲۶\n", "2026-01-28"],
    ["عنوان\nالخميس 29 صفر 1445 هـ الموافق 14 سبتمبر 2023 م\n", "2023-09-14"],
    ["عنوان\nالأحد ٩ آذار ٢٠٢٥\n", "2025-03-09"],
    ["Başlık\n6 Şubat 2023 Pazartesi\n", "2023-02-06"],
    ["Başlık\nSALI, 14 ŞUBAT 2023\n", "2023-02-14"],
  ])("reads the date line of %j", (text, day) => {
    expect(nativePublication(text)).toBe(day);
  });

  it.each([
    ["a weekday that is not the date's", "عنوان\nجمعه ۲۵ دی ۱۴۰۴\n"],
    ["two dates that disagree", "عنوان\n۹ بهمن ۱۴۰۴ - ۲۸ ژانویه ۲۰۲۶\n"],
    ["a day the calendar lacks", "عنوان\n۳۱ مهر ۱۴۰۴\n"],
    ["a sentence that holds a date", "عنوان\nروز ۲۵ دی ۱۴۰۴ اعتراض شد\n"],
  ])("refuses %s", (_, text) => {
    expect(nativePublication(text)).toBeNull();
  });
});
