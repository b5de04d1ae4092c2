import { describe, expect, it } from "vitest";
import { MAX_COMBINATIONS, renderUpset } from "./upset.js";

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe("renderUpset", () => {
  const input = {
    lists: [{ name: "hrana", persons: 3 }, { name: "hengaw", persons: 4 }],
    combinations: [{ lists: ["hengaw"], persons: 2 }, { lists: ["hengaw", "hrana"], persons: 2 }, { lists: ["hrana"], persons: 1 }],
  };

  it("draws a bar per combination with its count and a row per list, larger lists first", () => {
    const svg = renderUpset(input);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(count(svg, /<g class="combination"/g)).toBe(3);
    expect(svg).toContain('data-lists="hengaw + hrana"');
    expect(svg).toContain("<title>hengaw + hrana: 2</title>");
    expect(svg.indexOf('data-list="hengaw"')).toBeLessThan(svg.indexOf('data-list="hrana"'));
    // each combination marks every list: filled where it names it, grey where not
    expect(count(svg, /<circle [^>]*fill="#1b1b1b"/g)).toBe(4);
    expect(count(svg, /<circle [^>]*fill="#ddd"/g)).toBe(2);
  });

  it("escapes list names", () => {
    const svg = renderUpset({ lists: [{ name: `<script>"x"`, persons: 1 }], combinations: [{ lists: [`<script>"x"`], persons: 1 }] });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;&quot;x&quot;");
  });

  it("keeps the largest combinations and says how many it left out", () => {
    const many = Array.from({ length: MAX_COMBINATIONS + 5 }, (_, i) => ({ lists: [`l${i}`], persons: 100 - i }));
    const svg = renderUpset({ lists: many.map((c) => ({ name: c.lists[0]!, persons: c.persons })), combinations: many });
    expect(count(svg, /<g class="combination"/g)).toBe(MAX_COMBINATIONS);
    expect(svg).toContain("5 smaller combinations not shown");
  });
});
