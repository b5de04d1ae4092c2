// The link review queue's script in /assets/app.js: j/k move between pairs, m decides
// "one person" and n "not a match" on the current one, each posted in place; the plain forms work without it.
export const LINK_REVIEW_JS = `
const linkQueue = document.querySelector("[data-link-queue]");
if (linkQueue) {
  const decide = async (form) => {
    const card = form.closest(".link-card");
    if (card.classList.contains("done")) return;
    const answer = await postCardForm(form, card, "the decision was not saved");
    if (!answer) return;
    const state = card.querySelector("[data-link-state]");
    state.dataset.linkState = answer.decision;
    state.textContent = answer.decision === "match" ? "one person" : "not a match";
    card.classList.add("done");
    for (const button of card.querySelectorAll("button")) button.disabled = true;
    pairs.after(card);
  };
  const submit = (decision) => (card) => {
    const button = card.querySelector('button[data-decision="' + decision + '"]');
    if (button && !button.disabled) button.form.requestSubmit(button);
  };
  const pairs = cardQueue(linkQueue, ".link-card", { submit: decide, keys: { m: submit("match"), n: submit("not_match") } });
}
`;
