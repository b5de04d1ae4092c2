// The dashboard's one script, served as /assets/app.js (same origin, so the CSP needs no inline script).
// Without it every page still works: forms post and redirect; with it, the review queues gain keys and in-place updates.
import { CARD_QUEUE_JS } from "./card-queue-js.js";
import { CHART_JS } from "./chart-js.js";
import { LINK_REVIEW_JS } from "./link-review-js.js";
import { REVIEW_QUEUE_JS } from "./review-queue-js.js";

// A filter's select sends its form as soon as it changes.
const AUTOSUBMIT_JS = `
for (const select of document.querySelectorAll("select[data-autosubmit]")) {
  select.addEventListener("change", () => select.form.submit());
}
`;

// One module script: the card queue comes first, as both review queues build on it.
export const APP_JS = [CARD_QUEUE_JS, AUTOSUBMIT_JS, REVIEW_QUEUE_JS, LINK_REVIEW_JS, CHART_JS].join("");
