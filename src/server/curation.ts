// What the curation routes do, shared by the API and the dashboard's forms: find the check or the
// claimant a request names in its event's reconciliation, refuse what contradicts the record (404,
// 409), store the change with its audit entry, and drop the ledger's caches so every view shows it.
import { HTTPException } from "hono/http-exception";
import type { ClaimantKind } from "../domain/claim.js";
import { mergeDestination, mergeProblem } from "../reconcile/index.js";
import type { DismissedCheck, KeyedCheck } from "../reconcile/types.js";
import type { ReportView } from "../views/report-view.js";
import { CurationError, type CheckDismissal, type ClaimantEdit, type NewClaimantEdit } from "../store/curation.js";
import type { AuditEntry } from "../store/store.js";
import { notFound } from "./api/validate.js";
import { claimantsOf } from "./claimants.js";
import type { Ledger } from "./ledger.js";

const STATUS = { invalid: 400, not_found: 404, conflict: 409 } as const;

function conflict(message: string): never {
  throw new HTTPException(409, { message });
}

/** A store write: its refusals answered as 400, 404 or 409; on success every cached view drops. */
async function curate<T>(ledger: Ledger, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    ledger.changed();
    return result;
  } catch (error) {
    if (error instanceof CurationError) throw new HTTPException(STATUS[error.problem], { message: error.message });
    throw error;
  }
}

/** The reconciliation of the event asked for (all documents when none); 404 for an unknown event. */
export async function eventView(ledger: Ledger, eventId: number | undefined): Promise<ReportView> {
  if (eventId !== undefined && !(await ledger.events()).some((e) => e.id === eventId)) notFound(`event ${eventId}`);
  return ledger.view(eventId);
}

function scopeName(eventId: number | undefined): string {
  return eventId === undefined ? "all documents" : `event ${eventId}`;
}

export type DismissedShown = "hide" | "include" | "only";

/** The checks to list: raised ones, dismissed ones (with their dismissal), or both. */
export function checksOf(view: ReportView, shown: DismissedShown): Array<KeyedCheck | DismissedCheck> {
  if (shown === "only") return view.dismissedChecks;
  return shown === "include" ? [...view.checks, ...view.dismissedChecks] : view.checks;
}

export type AuditedDismissal = CheckDismissal & { audit: AuditEntry[] };

async function withDismissalAudit(ledger: Ledger, dismissal: CheckDismissal): Promise<AuditedDismissal> {
  return { ...dismissal, audit: await ledger.store.listAudit({ entity: "check_dismissal", entityId: dismissal.id }) };
}

export async function dismissCheck(ledger: Ledger, eventId: number | undefined, key: string, reason: string, actor: string): Promise<AuditedDismissal> {
  const view = await eventView(ledger, eventId);
  const dismissed = view.dismissedChecks.find((check) => check.key === key);
  if (dismissed) conflict(`check ${key} is already dismissed (by ${dismissed.dismissal.actor}: ${dismissed.dismissal.reason}); undismiss it first to give another reason`);
  const check = view.checks.find((c) => c.key === key) ?? notFound(`check ${key} in ${scopeName(eventId)}`);
  const stored = await curate(ledger, () =>
    ledger.store.curation.dismissCheck({ checkKey: key, eventId: eventId ?? null, kind: check.kind, metric: check.metric, explanation: check.explanation, reason }, actor),
  );
  return withDismissalAudit(ledger, stored);
}

export async function undismissCheck(ledger: Ledger, key: string, reason: string | undefined, actor: string): Promise<AuditedDismissal> {
  const undone = await curate(ledger, () => ledger.store.curation.undismissCheck(key, actor, reason ?? null));
  return withDismissalAudit(ledger, undone);
}

/** Every dismissal ever made (undone ones too) with the audit entries of each, for the checks page. */
export async function dismissalHistory(ledger: Ledger): Promise<{ dismissals: CheckDismissal[]; audit: AuditEntry[] }> {
  const [dismissals, audit] = await Promise.all([ledger.store.curation.listCheckDismissals({ includeUndone: true }), ledger.store.listAudit({ entity: "check_dismissal" })]);
  return { dismissals, audit };
}

/** A claimant a request names, as the event shows it now and with the edit in force for it. */
export interface LocatedClaimant {
  key: string;
  /** The name shown now; for a claimant merged away or not a source, the name it had. */
  name: string;
  kind: ClaimantKind | null;
  /** It has series in this event. */
  shown: boolean;
  edit: ClaimantEdit | null;
  /** For a claimant merged away: the claimant its claims are credited to now. */
  mergedInto: { key: string; name: string } | null;
  /** The request named it by a name it no longer goes by (renamed, or merged into another). */
  renamed: boolean;
}

/** Finds a claimant by key or shown name (any case) in the event, or through the edits in force. */
export function locateClaimant(view: ReportView, edits: readonly ClaimantEdit[], wanted: string): LocatedClaimant | null {
  const shown = claimantsOf(view.series.flatMap((s) => s.points));
  const lower = wanted.toLowerCase();
  const editOf = (key: string) => edits.find((e) => e.claimantKey === key) ?? null;
  const byKey = (key: string) => shown.find((c) => c.key === key);
  const visible = byKey(wanted) ?? shown.find((c) => c.name.toLowerCase() === lower);
  if (visible) return { key: visible.key, name: visible.name, kind: visible.kind, shown: true, edit: editOf(visible.key), mergedInto: null, renamed: false };
  const edit = edits.find((e) => e.claimantKey === wanted) ?? edits.find((e) => e.claimantName.toLowerCase() === lower);
  if (!edit) return null;
  const renamed = edit.claimantKey !== wanted;
  if (edit.action === "merge") {
    const end = mergeDestination(edits, edit.claimantKey).key;
    const target = byKey(end);
    const mergedInto = target ? { key: target.key, name: target.name } : { key: end, name: editOf(end)?.newName ?? edit.intoName ?? end };
    return { key: edit.claimantKey, name: edit.claimantName, kind: null, shown: false, edit, mergedInto, renamed };
  }
  const now = byKey(edit.claimantKey);
  if (now) return { key: now.key, name: now.name, kind: now.kind, shown: true, edit, mergedInto: null, renamed };
  return { key: edit.claimantKey, name: edit.newName ?? edit.claimantName, kind: null, shown: false, edit, mergedInto: null, renamed };
}

/** locateClaimant, also by a name from an edit no longer in force (a link made before a later edit); 404 when unknown. */
export async function findClaimant(ledger: Ledger, view: ReportView, wanted: string): Promise<LocatedClaimant> {
  const { claimantEdits } = await ledger.curation();
  const found = locateClaimant(view, claimantEdits, wanted);
  if (found) return found;
  const lower = wanted.toLowerCase();
  const earlier = (await ledger.store.curation.listClaimantEdits({ includeUndone: true })).find(
    (e) => e.claimantName.toLowerCase() === lower || e.newName?.toLowerCase() === lower || e.claimantKey === wanted,
  );
  const again = earlier ? locateClaimant(view, claimantEdits, earlier.claimantKey) : null;
  return again ? { ...again, renamed: true } : notFound(`claimant '${wanted}'`);
}

type ClaimantChange = { action: "merge"; into: string } | { action: "rename"; name: string } | { action: "not_a_source" };

/** Checks a change against the record and stores it; answers 400, 404 or 409 naming what is wrong. */
export async function editClaimant(ledger: Ledger, eventId: number | undefined, wanted: string, change: ClaimantChange, reason: string, actor: string): Promise<ClaimantEdit> {
  const view = await eventView(ledger, eventId);
  const { claimantEdits } = await ledger.curation();
  const from = await findClaimant(ledger, view, wanted);
  const edit: NewClaimantEdit = { claimantKey: from.key, claimantName: from.name, action: change.action, intoKey: null, intoName: null, intoKind: null, newName: null, reason };
  if (change.action === "merge") {
    const into = locateClaimant(view, claimantEdits, change.into);
    if (!into) throw new HTTPException(400, { message: `body field 'into': no claimant '${change.into}' in ${scopeName(eventId)}` });
    if (into.edit?.action === "not_a_source") conflict(`'${into.name}' is marked not a source; restore it before merging into it`);
    // Into the claimant named, even one merged away itself: a merge chain is followed, a cycle refused.
    const problem = mergeProblem(claimantEdits, from.key, into.key);
    if (problem) conflict(`cannot merge '${from.name}' into '${into.name}': ${problem}${into.mergedInto ? ` (undo the merge of '${into.name}' first)` : ""}`);
    Object.assign(edit, { intoKey: into.key, intoName: into.name, intoKind: into.kind });
  } else if (change.action === "rename") {
    if (!from.shown) conflict(`'${from.name}' is ${from.mergedInto ? `merged into '${from.mergedInto.name}'` : "marked not a source"}; restore it before renaming it`);
    if (change.name === from.name) conflict(`'${from.name}' is already shown under that name`);
    const clash = locateClaimant(view, claimantEdits, change.name);
    if (clash?.shown && clash.key !== from.key) conflict(`another claimant is shown as '${clash.name}'; merge into it instead`);
    edit.newName = change.name;
  } else if (from.edit?.action === "not_a_source") {
    conflict(`'${from.name}' is already marked not a source`);
  }
  return curate(ledger, () => ledger.store.curation.editClaimant(edit, actor));
}

export async function restoreClaimant(ledger: Ledger, eventId: number | undefined, wanted: string, reason: string | undefined, actor: string): Promise<ClaimantEdit> {
  const from = await findClaimant(ledger, await eventView(ledger, eventId), wanted);
  if (!from.edit) notFound(`an edit in force for claimant '${from.name}'`);
  return curate(ledger, () => ledger.store.curation.restoreClaimant(from.key, actor, reason ?? null));
}

/** A claimant's edits (its own and those merged into it, undone ones too) with their audit entries. */
export async function claimantHistory(ledger: Ledger, key: string): Promise<{ edits: ClaimantEdit[]; audit: AuditEntry[] }> {
  const edits = await ledger.store.curation.listClaimantEdits({ involving: key, includeUndone: true });
  const ids = new Set(edits.map((e) => e.id));
  const audit = ids.size === 0 ? [] : (await ledger.store.listAudit({ entity: "claimant_edit" })).filter((entry) => ids.has(entry.entityId));
  return { edits, audit };
}
