import { describe, expect, it } from "vitest";
import { nameTextProblem, noteTextProblem } from "./name-text.js";

describe("names", () => {
  it("accepts one line of text in any script, joiners included", () => {
    for (const name of ["HRANA", "Iran Human Rights (IHR)", "سازمان حقوق\u200cبشر", "Médecins Sans Frontières", "👩‍⚕️ medics"]) {
      expect(nameTextProblem(name, 200), name).toBeNull();
    }
  });

  it("refuses empty text, control characters, broken characters and over-long names", () => {
    expect(nameTextProblem(" \t", 200)).toBe("expected a name, not an empty text");
    expect(nameTextProblem("a\u001bb", 200)).toBe("control character U+001B is not allowed in a name");
    expect(nameTextProblem("a\u2028b", 200)).toBe("control character U+2028 is not allowed in a name");
    expect(nameTextProblem("a\udc00", 200)).toMatch(/lone UTF-16 surrogate/);
    expect(nameTextProblem("é".repeat(201), 200)).toBe("at most 200 characters (got 201)");
    expect(nameTextProblem("👩".repeat(200), 200)).toBeNull();
  });

  it("lets a note run over lines, but not hold other control characters", () => {
    expect(noteTextProblem("Checked against\nthe ministry's table.\tp. 4", 2000)).toBeNull();
    expect(noteTextProblem("a\u0000b", 2000)).toBe("control character U+0000 is not allowed");
    expect(noteTextProblem("x".repeat(2001), 2000)).toBe("at most 2000 characters (got 2001)");
  });
});
