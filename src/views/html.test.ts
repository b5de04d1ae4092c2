import { describe, expect, it } from "vitest";
import { escapeHtml, html, raw } from "./html.js";

describe("html", () => {
  it("escapes every interpolated value and passes nested html through", () => {
    const name = `<img src=x onerror="alert(1)">`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe('<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>');
    expect(html`<ul>${["a", "<b>"].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe("<ul><li>a</li><li>&lt;b&gt;</li></ul>");
    expect(html`${null}${undefined}${false}${0}${raw("<br>")}`.value).toBe("0<br>");
    expect(escapeHtml(`'&`)).toBe("&#39;&amp;");
  });
});
