// The dashboard's curation pieces: "Dismiss…" on each check and the dismissed checks with their
// audit; on a claimant's page, Merge into / Rename / Not a source / Restore and its edit history.
import type { KeyedCheck } from "../../reconcile/types.js";
import type { ReportView } from "../../views/report-view.js";
import type { CheckDismissal, ClaimantEdit } from "../../store/curation.js";
import type { AuditEntry } from "../../store/store.js";
import { roleAllows } from "../auth/accounts.js";
import { claimantsOf } from "../claimants.js";
import type { LocatedClaimant } from "../curation.js";
import { html, type SafeHtml } from "../../views/html.js";
import { checkItem } from "../../views/fragments.js";
import { layout, withEvent, type PageContext } from "./layout.js";
import { documentLink } from "./summary-pages.js";


export function canCurate(ctx: PageContext): boolean {
  return roleAllows(ctx.user?.role ?? "viewer", "editor");
}

/** "2026-03-01 10:04 UTC" */
function moment(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function hidden(ctx: PageContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
}

function reasonBox(label: string, required = true): SafeHtml {
  return html`<label>${label} <textarea name="reason" rows="2" maxlength="500" ${required ? html`required` : ""}></textarea></label>`;
}

const quoted = (text: unknown) => (typeof text === "string" && text ? `“${text}”` : "");

/** One line per audit entry: when, who, what, and the reason given. */
function auditList(entries: AuditEntry[], describe: (entry: AuditEntry) => string): SafeHtml {
  if (entries.length === 0) return html``;
  return html`<table class="audit"><thead><tr><th>When</th><th>Who</th><th>Change</th><th>Reason</th></tr></thead><tbody>
  ${entries.map((entry) => html`<tr><td>${moment(entry.at)}</td><td>${entry.actor}</td><td>${describe(entry)}</td><td>${quoted(entry.reason)}</td></tr>`)}
  </tbody></table>`;
}

// ---- checks ----------------------------------------------------------------------------------

export interface ChecksCuration {
  header: SafeHtml;
  forCheck(check: KeyedCheck): SafeHtml;
  footer: SafeHtml;
}

function describeCheckAudit(entry: AuditEntry): string {
  return entry.action === "check:dismiss" ? "dismissed" : entry.action === "check:undismiss" ? "undismissed (counts again)" : entry.action;
}

/** The dismiss form, the undismiss form and the audit entries of each check, for the checks page. */
export function checksCuration(ctx: PageContext, view: ReportView, history: { dismissals: CheckDismissal[]; audit: AuditEntry[] }, showDismissed: boolean): ChecksCuration {
  const editor = canCurate(ctx);
  const back = withEvent("/checks", ctx.eventId);
  const idsByKey = new Map<string, Set<number>>();
  for (const d of history.dismissals) idsByKey.set(d.checkKey, (idsByKey.get(d.checkKey) ?? new Set()).add(d.id));
  const auditOf = (key: string) => history.audit.filter((entry) => entry.entity === "check_dismissal" && idsByKey.get(key)?.has(entry.entityId));
  const historyOf = (key: string) => {
    const entries = auditOf(key);
    return entries.length ? html`<details class="history"><summary>History (${entries.length})</summary>${auditList(entries, describeCheckAudit)}</details>` : html``;
  };
  const undismissForm = (key: string) =>
    editor
      ? html`<form method="post" action="${withEvent(`/checks/${key}/undismiss`, ctx.eventId)}" class="inline">${hidden(ctx)}<button>Undismiss</button></form>`
      : html``;

  const forCheck = (check: KeyedCheck): SafeHtml => html`<div class="curation" id="check-${check.key}">
    ${editor
      ? html`<details class="dismiss"><summary>Dismiss…</summary><form method="post" action="${withEvent(`/checks/${check.key}/dismiss`, ctx.eventId)}" class="curation-form">${hidden(ctx)}
        ${reasonBox("Why does this check not apply? (kept in the audit trail)")}<button>Dismiss check</button></form></details>`
      : ""}
    ${historyOf(check.key)}<small class="check-key">${check.key}</small></div>`;

  const count = view.dismissedChecks.length;
  const header = html`<p class="lede">${view.checks.length} raised${count ? html` · ${count} dismissed by analysts (not counted) · ${showDismissed ? html`<a href="${back}">hide dismissed</a>` : html`<a href="${withEvent("/checks?dismissed=1", ctx.eventId)}#dismissed">show dismissed</a>`}` : ""}</p>`;
  if (!showDismissed) return { header, forCheck, footer: html`` };

  const raisedKeys = new Set([...view.checks, ...view.dismissedChecks].map((check) => check.key));
  const gone = history.dismissals.filter((d) => !d.undone && !raisedKeys.has(d.checkKey) && d.eventId === (ctx.eventId ?? null));
  const footer = html`<h2 id="dismissed">Dismissed checks (${count})</h2>
  ${count === 0 ? html`<p class="empty">No check is dismissed.</p>` : ""}
  <ol class="checks dismissed">${view.dismissedChecks.map((check) =>
    checkItem(check, documentLink, html`<div class="curation" id="check-${check.key}"><p class="dismissal">Dismissed by ${check.dismissal.actor} on ${moment(check.dismissal.at)}: ${quoted(check.dismissal.reason)}</p>
      ${undismissForm(check.key)} ${historyOf(check.key)}<small class="check-key">${check.key}</small></div>`),
  )}</ol>
  ${gone.length
    ? html`<h3>Dismissed, no longer raised</h3><p class="lede">The figures changed since; these dismissals wait in case the check is raised again.</p>
    <ul class="dismissed-gone">${gone.map((d) => html`<li id="check-${d.checkKey}"><p>${d.explanation}</p><p class="dismissal">Dismissed by ${d.actor} on ${moment(d.at)}: ${quoted(d.reason)}</p>${undismissForm(d.checkKey)} ${historyOf(d.checkKey)}</li>`)}</ul>`
    : ""}`;
  return { header, forCheck, footer };
}

// ---- claimants ---------------------------------------------------------------------------------

function describeEdit(fields: Partial<ClaimantEdit> | null): string {
  if (!fields?.action) return "";
  if (fields.action === "merge") return `merged ${quoted(fields.claimantName)} into ${quoted(fields.intoName ?? fields.intoKey)}`;
  if (fields.action === "rename") return `renamed ${quoted(fields.claimantName)} to ${quoted(fields.newName)}`;
  return `marked ${quoted(fields.claimantName)} not a source`;
}

function describeClaimantAudit(entry: AuditEntry): string {
  const before = entry.before as Partial<ClaimantEdit> | null;
  if (entry.action === "claimant:restore") return `undid: ${describeEdit(before)}`;
  const change = describeEdit(entry.after as Partial<ClaimantEdit>);
  return before?.action ? `${change} (replacing: ${describeEdit(before)})` : change;
}

function claimantPath(ctx: PageContext, keyOrName: string, action = ""): string {
  return withEvent(`/claimants/${encodeURIComponent(keyOrName)}${action}`, ctx.eventId);
}

/** `mergedInto`: the name the merge target goes by now (it may have been renamed since). */
function editInForce(edit: ClaimantEdit, mergedInto?: string): SafeHtml {
  const what = edit.action === "merge" ? html`Merged into <strong>${mergedInto ?? edit.intoName}</strong>` : edit.action === "rename" ? html`Renamed from ${quoted(edit.claimantName)}` : html`Marked <strong>not a source</strong>`;
  return html`${what} by ${edit.actor} on ${moment(edit.at)}: ${quoted(edit.reason)}`;
}

function restoreForm(ctx: PageContext, key: string, label: string): SafeHtml {
  return canCurate(ctx)
    ? html`<form method="post" action="${claimantPath(ctx, key, "/restore")}" class="inline">${hidden(ctx)}<button>${label}</button></form>`
    : html``;
}

/** Merge into / Rename / Not a source for a claimant shown in the event, what was merged into it, and its history. */
export function claimantCuration(ctx: PageContext, view: ReportView, claimant: LocatedClaimant, history: { edits: ClaimantEdit[]; audit: AuditEntry[] }): SafeHtml {
  const others = claimantsOf(view.series.flatMap((s) => s.points))
    .filter((c) => c.key !== claimant.key)
    .sort((a, b) => a.name.localeCompare(b.name));
  const mergedHere = history.edits.filter((e) => !e.undone && e.action === "merge" && e.claimantKey !== claimant.key);
  const forms = canCurate(ctx)
    ? html`<div class="curation-forms">
    <form method="post" action="${claimantPath(ctx, claimant.key, "/merge")}" class="curation-form">${hidden(ctx)}
      <label>Merge into <select name="into" required><option value="">choose a claimant…</option>${others.map((c) => html`<option value="${c.key}">${c.name}${c.kind ? ` (${c.kind})` : ""}</option>`)}</select></label>
      ${reasonBox("Reason")}<button>Merge</button></form>
    <form method="post" action="${claimantPath(ctx, claimant.key, "/rename")}" class="curation-form">${hidden(ctx)}
      <label>Rename to <input name="name" required maxlength="200" value="${claimant.name}"></label>${reasonBox("Reason")}<button>Rename</button></form>
    <form method="post" action="${claimantPath(ctx, claimant.key, "/not-a-source")}" class="curation-form">${hidden(ctx)}
      ${reasonBox("Not a source: why? Its claims will count as the outlet's own (unattributed).")}<button>Mark not a source</button></form>
    </div>`
    : html`<p class="warning">Merging, renaming or marking a claimant not a source needs the editor role.</p>`;
  return html`<section class="curation" id="curation"><h2>Curation</h2>
  <p class="lede">Changes apply in every event and are kept in the audit trail.</p>
  ${claimant.edit ? html`<div class="edit-in-force">${editInForce(claimant.edit)} ${restoreForm(ctx, claimant.key, claimant.edit.action === "rename" ? "Undo rename" : "Undo")}</div>` : ""}
  ${mergedHere.length
    ? html`<h3>Merged into this claimant</h3><ul class="merged-here">${mergedHere.map(
        (e) => html`<li><a href="${claimantPath(ctx, e.claimantKey)}">${e.claimantName}</a> — by ${e.actor} on ${moment(e.at)}: ${quoted(e.reason)} ${restoreForm(ctx, e.claimantKey, "Undo merge")}</li>`,
      )}</ul>`
    : ""}
  ${forms}
  <h3>Edit history</h3>${history.audit.length ? auditList(history.audit, describeClaimantAudit) : html`<p class="empty">No edits.</p>`}
</section>`;
}

/** The page of a claimant merged away or marked not a source: what was done, by whom and why, and how to undo it. */
export function editedClaimantPage(ctx: PageContext, claimant: LocatedClaimant, history: { edits: ClaimantEdit[]; audit: AuditEntry[] }): string {
  const edit = claimant.edit!;
  const where = claimant.mergedInto
    ? html`Its figures are in <a href="${claimantPath(ctx, claimant.mergedInto.name)}">${claimant.mergedInto.name}</a>'s series.`
    : html`Its figures count as the reporting outlet's own (unattributed).`;
  const body = html`<h1>${claimant.name} <small>${claimant.mergedInto ? "merged" : "not a source"}</small></h1>
  <p class="lede">${editInForce(edit, claimant.mergedInto?.name)}. ${where}</p>
  <div class="curation">${restoreForm(ctx, claimant.key, claimant.mergedInto ? "Undo merge" : "Restore as a source")}</div>
  <h2>Edit history</h2>${auditList(history.audit, describeClaimantAudit)}`;
  return layout(ctx, claimant.name, body, "/claimants");
}

/** On the claimants page: claimants edited away (merged, not a source) or renamed, so they can be found and restored. */
export function editedClaimantsSection(ctx: PageContext, edits: readonly ClaimantEdit[]): SafeHtml {
  if (edits.length === 0) return html``;
  return html`<h2>Edited by analysts</h2><table class="edited-claimants"><thead><tr><th>Claimant</th><th>Edit</th><th>By</th><th>Reason</th></tr></thead><tbody>
  ${edits.map((e) => html`<tr><td><a href="${claimantPath(ctx, e.claimantKey)}">${e.claimantName}</a></td><td>${describeEdit(e)}</td><td>${e.actor}, ${moment(e.at)}</td><td>${quoted(e.reason)}</td></tr>`)}
  </tbody></table>`;
}
