// The review queue's script in /assets/app.js: j/k move between claims, a accepts, r rejects, e opens the
// correction form (Escape closes it), each posted in place; "Why" loads the explanation under a card.
import { CORRECTED_MARK } from "../../views/fragments.js";

export const REVIEW_QUEUE_JS = `
const CORRECTED_MARK = ${JSON.stringify(CORRECTED_MARK)};

const queue = document.querySelector("[data-review-queue]");
if (queue) {
  const send = async (form) => {
    const card = form.closest(".review-card");
    const answer = await postCardForm(form, card, "the change was not saved");
    if (!answer) return;
    const badge = card.querySelector("[data-review-state]");
    badge.textContent = answer.reviewState;
    badge.dataset.reviewState = answer.reviewState;
    badge.className = "badge review-" + answer.reviewState;
    const figure = card.querySelector(".claim-figure");
    figure.textContent = answer.summary;
    card.querySelector(".corrected-mark")?.remove();
    if (answer.reviewState === "corrected") figure.insertAdjacentHTML("afterend", " " + CORRECTED_MARK);
    card.classList.add("done");
    card.querySelector("details.edit")?.removeAttribute("open");
    claims.after(card);
  };
  const claims = cardQueue(queue, ".review-card", {
    submit: send,
    keys: {
      a: (card) => card.querySelector('button[data-action="accept"]')?.click(),
      r: (card) => card.querySelector('button[data-action="reject"]')?.click(),
      e: (card) => {
        const details = card.querySelector("details.edit");
        details.open = true;
        details.querySelector('select, input:not([type="hidden"])')?.focus();
      },
    },
  });
  // Escape leaves the correction form even from inside one of its fields, where the other keys do nothing.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.ctrlKey || event.metaKey || event.altKey) return;
    const card = claims.current();
    card?.querySelector("details.edit")?.removeAttribute("open");
    card?.focus();
  });

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
}
`;
