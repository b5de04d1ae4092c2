// The overview's "Recent alerts": the newest alerts of the event shown (a figure changed, a new
// source, a check raised), each with its time and a link to the document behind it.
import type { StoredAlert } from "../../store/alerts.js";
import { html, type SafeHtml } from "../../views/html.js";

/** How many alerts the overview lists. */
export const RECENT_ALERTS = 10;

const KIND_LABELS: Record<string, string> = { figure_changed: "figure changed", new_source: "new source", check_raised: "new check" };

/** The document behind the alert's new figure (or the check's first figure), if the payload names one. */
function documentId(alert: StoredAlert): number | null {
  const payload = alert.payload as { new?: { document?: { id?: unknown } | null }; claims?: Array<{ document?: { id?: unknown } | null }> };
  const id = payload.new?.document?.id ?? payload.claims?.[0]?.document?.id;
  return typeof id === "number" ? id : null;
}

export function recentAlertsSection(alerts: readonly StoredAlert[]): SafeHtml | "" {
  if (alerts.length === 0) return "";
  return html`<section class="recent-alerts"><h2>Recent alerts</h2><ol>
  ${alerts.map((alert) => {
    const document = documentId(alert);
    return html`<li><time datetime="${alert.at}">${alert.at.slice(0, 10)} ${alert.at.slice(11, 16)} UTC</time> <span class="badge">${KIND_LABELS[alert.kind] ?? alert.kind}</span> ${alert.summary}${document === null ? "" : html` <a href="/documents/${document}">document</a>`}</li>`;
  })}
  </ol></section>`;
}
