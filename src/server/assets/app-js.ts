// The dashboard's one script, served as /assets/app.js (same origin, so the CSP needs no inline script).
// Without it every page still works: forms post and redirect; with it, the review queue gains keys and in-place updates.
import { CORRECTED_MARK } from "../../views/fragments.js";

export const APP_JS = `
const CORRECTED_MARK = ${JSON.stringify(CORRECTED_MARK)};
const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? "";

for (const select of document.querySelectorAll("select[data-autosubmit]")) {
  select.addEventListener("change", () => select.form.submit());
}

const queue = document.querySelector("[data-review-queue]");
if (queue) {
  const cards = () => [...queue.querySelectorAll(".review-card")];
  let current = 0;
  const focusCard = (index) => {
    const list = cards();
    if (list.length === 0) return;
    current = Math.max(0, Math.min(index, list.length - 1));
    list.forEach((card, i) => card.classList.toggle("current", i === current));
    list[current].focus({ preventScroll: true });
    list[current].scrollIntoView({ block: "nearest" });
  };
  const fromHash = cards().findIndex((card) => "#" + card.id === location.hash);
  focusCard(fromHash >= 0 ? fromHash : 0);

  const send = async (form) => {
    const card = form.closest(".review-card");
    // form.action would be the input named "action": read the attribute.
    const response = await fetch(form.getAttribute("action"), {
      method: "POST",
      headers: { "x-csrf-token": csrf, accept: "application/json" },
      body: new URLSearchParams(new FormData(form)),
    });
    const answer = await response.json().catch(() => ({ error: "unexpected answer from the server" }));
    const badge = card.querySelector("[data-review-state]");
    let message = card.querySelector(".error");
    if (!response.ok) {
      if (!message) { message = document.createElement("p"); message.className = "error"; card.append(message); }
      message.textContent = answer.error ?? "the change was not saved";
      return;
    }
    message?.remove();
    badge.textContent = answer.reviewState;
    badge.dataset.reviewState = answer.reviewState;
    badge.className = "badge review-" + answer.reviewState;
    const figure = card.querySelector(".claim-figure");
    figure.textContent = answer.summary;
    card.querySelector(".corrected-mark")?.remove();
    if (answer.reviewState === "corrected") figure.insertAdjacentHTML("afterend", " " + CORRECTED_MARK);
    card.classList.add("done");
    card.querySelector("details.edit")?.removeAttribute("open");
    focusCard(cards().indexOf(card) + 1);
  };

  // "Why" under a card: the explanation page's table, loaded in place the first time it is opened.
  queue.addEventListener("toggle", async (event) => {
    const details = event.target;
    if (!details.matches?.("details.why") || !details.open || details.dataset.loaded) return;
    details.dataset.loaded = "1";
    const body = details.querySelector(".why-body");
    const response = await fetch(details.dataset.why, { headers: { accept: "text/html" } });
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const table = page.querySelector("main .why-body") ?? page.querySelector(".why-body");
    if (response.ok && table) body.replaceChildren(...table.childNodes);
    else { body.textContent = "The explanation could not be loaded."; delete details.dataset.loaded; }
  }, true);

  queue.addEventListener("submit", (event) => {
    event.preventDefault();
    send(event.target);
  });
  queue.addEventListener("focusin", (event) => {
    const card = event.target.closest(".review-card");
    if (card) { current = cards().indexOf(card); cards().forEach((c, i) => c.classList.toggle("current", i === current)); }
  });
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const card = cards()[current];
    const typing = event.target.closest("input, select, textarea");
    if (event.key === "Escape") { card?.querySelector("details.edit")?.removeAttribute("open"); card?.focus(); return; }
    if (typing || !card) return;
    const click = (selector) => { event.preventDefault(); card.querySelector(selector)?.click(); };
    if (event.key === "j") { event.preventDefault(); focusCard(current + 1); }
    else if (event.key === "k") { event.preventDefault(); focusCard(current - 1); }
    else if (event.key === "a") click('button[data-action="accept"]');
    else if (event.key === "r") click('button[data-action="reject"]');
    else if (event.key === "e") {
      event.preventDefault();
      const details = card.querySelector("details.edit");
      details.open = true;
      details.querySelector('select, input:not([type="hidden"])')?.focus();
    }
  });
}
`;

// Charts: the page redraws the server's SVG with the same module when a reader hides or shows a claimant.
export const CHART_JS = `
const charts = document.querySelectorAll("figure.chart[data-timeline]");
if (charts.length > 0) {
  const { renderTimeline } = await import("/assets/timeline.js");
  for (const figure of charts) {
    const lines = JSON.parse(figure.querySelector("script.timeline-data").textContent);
    const hidden = new Set();
    const draw = () => {
      figure.querySelector("svg").outerHTML = renderTimeline(lines.filter((line) => !hidden.has(line.name)), { title: figure.dataset.title });
    };
    const controls = document.createElement("div");
    controls.className = "chart-controls";
    for (const line of lines) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.claimant = line.name;
      box.addEventListener("change", () => {
        if (box.checked) hidden.delete(line.name);
        else hidden.add(line.name);
        draw();
      });
      label.style.borderColor = line.color;
      label.append(box, " ", line.name);
      controls.append(label);
    }
    figure.append(controls);
  }
}
`;
