import { describe, expect, it } from "vitest";
import { highlightText, markFigure } from "./highlight.js";

describe("highlightText", () => {
  it("marks each claim's sentence by its offsets, escaping the text", () => {
    const text = "Intro <b>. At least 5 died. Then 7 were hurt.";
    const start = text.indexOf("At");
    const out = highlightText(text, [{ claimId: 3, start, end: start + 16, label: "killed 5" }]).value;
    expect(out).toBe('Intro &lt;b&gt;. <span class="anchor" id="claim-3"></span><mark data-claims="3" title="killed 5">At least 5 died.</mark> Then 7 were hurt.');
  });

  it("shares a mark where two claims overlap and ignores offsets outside the text", () => {
    const out = highlightText("abcdef", [
      { claimId: 1, start: 0, end: 4, label: "one" },
      { claimId: 2, start: 2, end: 6, label: "two" },
      { claimId: 9, start: 50, end: 60, label: "out" },
    ]).value;
    expect(out).toContain('<mark data-claims="1" title="one">ab</mark>');
    expect(out).toContain('<mark data-claims="1 2" title="one; two">cd</mark>');
    expect(out).toContain('<mark data-claims="2" title="two">ef</mark>');
    expect(out).not.toContain("claim-9");
  });

  it("marks each figure in place inside its sentence's mark", () => {
    const text = "عنوان\nدست‌کم ۲٬۴۰۳ نفر کشته شدند.";
    const start = text.indexOf("دست");
    const figure = text.indexOf("۲");
    const out = highlightText(text, [{ claimId: 4, start, end: text.length, label: "killed" }], [{ start: figure, end: figure + 5 }]).value;
    expect(out).toBe('عنوان\n<span class="anchor" id="claim-4"></span><mark data-claims="4" title="killed">دست‌کم <mark class="claim-figure">۲٬۴۰۳</mark> نفر کشته شدند.</mark>');
  });
});

describe("markFigure", () => {
  it("wraps exactly the range given and escapes around it", () => {
    expect(markFigure("a<b> 12 c", { start: 5, end: 7 }).value).toBe('a&lt;b&gt; <mark class="claim-figure">12</mark> c');
    expect(markFigure("a 12", null).value).toBe("a 12");
    expect(markFigure("a 12", { start: 2, end: 40 }).value).toBe('a <mark class="claim-figure">12</mark>');
  });
});
