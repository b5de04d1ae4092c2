// The link review queue's script, appended to /assets/app.js: j/k move between pairs, m decides
// "one person" and n "not a match" on the current one, each posted in place; the plain forms work without it.
export const LINK_REVIEW_JS = `
const linkQueue = document.querySelector("[data-link-queue]");
if (linkQueue) {
  const pairCards = () => [...linkQueue.querySelectorAll(".link-card")];
  let currentPair = 0;
  const focusPair = (index) => {
    const list = pairCards();
    if (list.length === 0) return;
    currentPair = Math.max(0, Math.min(index, list.length - 1));
    list.forEach((card, i) => card.classList.toggle("current", i === currentPair));
    list[currentPair].focus({ preventScroll: true });
    list[currentPair].scrollIntoView({ block: "nearest" });
  };
  const fromHash = pairCards().findIndex((card) => "#" + card.id === location.hash);
  focusPair(fromHash >= 0 ? fromHash : 0);

  const decide = async (form) => {
    const card = form.closest(".link-card");
    if (card.classList.contains("done")) return;
    const response = await fetch(form.getAttribute("action"), {
      method: "POST",
      headers: { "x-csrf-token": csrf, accept: "application/json" },
      body: new URLSearchParams(new FormData(form)),
    });
    const answer = await response.json().catch(() => ({ error: "unexpected answer from the server" }));
    let message = card.querySelector(".error");
    if (!response.ok) {
      if (!message) { message = document.createElement("p"); message.className = "error"; card.append(message); }
      message.textContent = answer.error ?? "the decision was not saved";
      return;
    }
    message?.remove();
    const state = card.querySelector("[data-link-state]");
    state.dataset.linkState = answer.decision;
    state.textContent = answer.decision === "match" ? "one person" : "not a match";
    card.classList.add("done");
    for (const button of card.querySelectorAll("button")) button.disabled = true;
    focusPair(pairCards().indexOf(card) + 1);
  };

  linkQueue.addEventListener("submit", (event) => {
    event.preventDefault();
    decide(event.target);
  });
  linkQueue.addEventListener("focusin", (event) => {
    const card = event.target.closest(".link-card");
    if (card) { currentPair = pairCards().indexOf(card); pairCards().forEach((c, i) => c.classList.toggle("current", i === currentPair)); }
  });
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest("input, select, textarea")) return;
    const card = pairCards()[currentPair];
    if (!card) return;
    const submit = (decision) => {
      event.preventDefault();
      const button = card.querySelector('button[data-decision="' + decision + '"]');
      if (button && !button.disabled) button.form.requestSubmit(button);
    };
    if (event.key === "j") { event.preventDefault(); focusPair(currentPair + 1); }
    else if (event.key === "k") { event.preventDefault(); focusPair(currentPair - 1); }
    else if (event.key === "m") submit("match");
    else if (event.key === "n") submit("not_match");
  });
}
`;
