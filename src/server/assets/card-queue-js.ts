// What the review queue and the link review queue share in /assets/app.js: a list of cards walked with
// j/k (the current one marked and focused, the URL's #card first), and a card's form posted in place.
export const CARD_QUEUE_JS = `
const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? "";

// keys: a handler per key besides j/k, given the current card; none runs while the reader types in a field.
const cardQueue = (root, cardSelector, { submit, keys }) => {
  const cards = () => [...root.querySelectorAll(cardSelector)];
  let current = 0;
  const mark = () => cards().forEach((card, i) => card.classList.toggle("current", i === current));
  const focusCard = (index) => {
    const list = cards();
    if (list.length === 0) return;
    current = Math.max(0, Math.min(index, list.length - 1));
    mark();
    list[current].focus({ preventScroll: true });
    list[current].scrollIntoView({ block: "nearest" });
  };
  const fromHash = cards().findIndex((card) => "#" + card.id === location.hash);
  focusCard(fromHash >= 0 ? fromHash : 0);

  root.addEventListener("submit", (event) => {
    event.preventDefault();
    submit(event.target);
  });
  root.addEventListener("focusin", (event) => {
    const card = event.target.closest(cardSelector);
    if (card) { current = cards().indexOf(card); mark(); }
  });
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest("input, select, textarea")) return;
    const card = cards()[current];
    if (!card) return;
    if (event.key === "j") { event.preventDefault(); focusCard(current + 1); }
    else if (event.key === "k") { event.preventDefault(); focusCard(current - 1); }
    else if (Object.hasOwn(keys, event.key)) { event.preventDefault(); keys[event.key](card); }
  });
  return {
    current: () => cards()[current],
    /** Moves on to the card after this one, once it is done. */
    after: (card) => focusCard(cards().indexOf(card) + 1),
  };
};

// Posts a card's form as the server's JSON API expects; the answer, or null once the card shows the server's error.
const postCardForm = async (form, card, notSaved) => {
  // form.action would be an input named "action": read the attribute.
  const response = await fetch(form.getAttribute("action"), {
    method: "POST",
    headers: { "x-csrf-token": csrf, accept: "application/json" },
    body: new URLSearchParams(new FormData(form)),
  });
  const answer = await response.json().catch(() => ({ error: "unexpected answer from the server" }));
  let message = card.querySelector(".error");
  if (!response.ok) {
    if (!message) { message = document.createElement("p"); message.className = "error"; card.append(message); }
    message.textContent = answer.error ?? notSaved;
    return null;
  }
  message?.remove();
  return answer;
};
`;
