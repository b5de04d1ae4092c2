import { describe, expect, it } from "vitest";
import { MAX_RECORD_ID, recordIdProblem, recordIdSchema, recordIdTextSchema } from "./record-id.js";
import { numberFromDigits } from "./whole-number.js";

describe("record ids", () => {
  it("are whole numbers within PostgreSQL's integer", () => {
    expect(recordIdSchema.parse(1)).toBe(1);
    expect(recordIdSchema.parse(MAX_RECORD_ID)).toBe(2147483647);
    for (const bad of [0, -1, 1.5, MAX_RECORD_ID + 1, 99999999999, Number.NaN, "7", null]) {
      expect(recordIdProblem(bad), String(bad)).toBe("expected an id: a whole number from 1 to 2147483647");
    }
  });

  it("are read from text only when written in digits", () => {
    expect(recordIdTextSchema.parse("42")).toBe(42);
    expect(recordIdTextSchema.parse("0042")).toBe(42);
    for (const bad of ["", "0", "1e3", "0x10", " 7", "7 ", "+7", "1.0", "99999999999", "99999999999999999999999"]) {
      const result = recordIdTextSchema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error!.issues[0]!.message).toBe("expected an id: a whole number from 1 to 2147483647");
    }
  });

  it("share the digits rule with every whole number typed as text", () => {
    expect(numberFromDigits("120")).toBe(120);
    expect(numberFromDigits("1e3")).toBeNull();
    expect(numberFromDigits("-1")).toBeNull();
    expect(numberFromDigits("")).toBeNull();
  });
});
