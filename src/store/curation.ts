// Curation in the store (tables of migration 005): check dismissals and claimant edits. Each write
// goes with its audit row in one transaction and bumps the store's revision, so caches drop at once.
import type { ClaimantKind } from "../domain/claim.js";
import { CLAIMANT_EDIT_ACTIONS, curationTextProblem, type ClaimantEditAction } from "../domain/curation.js";
import type { Db, Queryable } from "./db.js";
import { SHARED_SCOPE, writeTransaction } from "./revision.js";

/** Who ended a dismissal or an edit (an undo, or a later edit of the same claimant), when and why. */
export interface Undoing {
  actor: string;
  at: string;
  reason: string | null;
}

export interface NewCheckDismissal {
  /** The check's stable key (reconcile/checks/key.ts). */
  checkKey: string;
  /** The event whose checks page it was dismissed from; null for all documents. */
  eventId: number | null;
  kind: string;
  metric: string;
  /** The check's line when it was dismissed, kept in case the check is no longer raised. */
  explanation: string;
  reason: string;
}

export interface CheckDismissal extends NewCheckDismissal {
  id: number;
  actor: string;
  /** ISO timestamp */
  at: string;
  undone: Undoing | null;
}

export interface NewClaimantEdit {
  /** The claimant as the reconciler resolves it, and the name it was shown under. */
  claimantKey: string;
  claimantName: string;
  action: ClaimantEditAction;
  /** merge: the claimant credited instead, as it was shown. */
  intoKey: string | null;
  intoName: string | null;
  intoKind: ClaimantKind | null;
  /** rename: the name to show. */
  newName: string | null;
  reason: string;
}

export interface ClaimantEdit extends NewClaimantEdit {
  id: number;
  actor: string;
  at: string;
  undone: Undoing | null;
}

/** A curation write the store refused, with what a caller should answer (400, 404, 409). */
export class CurationError extends Error {
  constructor(
    readonly problem: "invalid" | "not_found" | "conflict",
    message: string,
  ) {
    super(message);
    this.name = "CurationError";
  }
}

export interface CurationRepository {
  /** Dismisses a raised check with a reason; a conflict when it is already dismissed. */
  dismissCheck(dismissal: NewCheckDismissal, actor: string): Promise<CheckDismissal>;
  /** Counts the check again; not found when it is not dismissed. */
  undismissCheck(checkKey: string, actor: string, reason?: string | null): Promise<CheckDismissal>;
  /** Dismissals in force, oldest first; with includeUndone, every dismissal ever made. */
  listCheckDismissals(filter?: { checkKey?: string; includeUndone?: boolean }): Promise<CheckDismissal[]>;
  /** Merges, renames or disowns a claimant; an edit already in force for it is replaced (and kept as history). */
  editClaimant(edit: NewClaimantEdit, actor: string): Promise<ClaimantEdit>;
  /** Ends the edit in force for the claimant, so it stands as the reconciler resolves it; not found when there is none. */
  restoreClaimant(claimantKey: string, actor: string, reason?: string | null): Promise<ClaimantEdit>;
  /** Edits in force, oldest first; `involving` keeps those of a claimant or merged into it; with includeUndone, every edit. */
  listClaimantEdits(filter?: { involving?: string; includeUndone?: boolean }): Promise<ClaimantEdit[]>;
}

interface DismissalRow {
  id: number;
  check_key: string;
  event_id: number | null;
  kind: string;
  metric: string;
  explanation: string;
  reason: string;
  actor: string;
  at: string;
  undone_by: string | null;
  undone_at: string | null;
  undo_reason: string | null;
}

interface EditRow {
  id: number;
  claimant_key: string;
  claimant_name: string;
  action: ClaimantEditAction;
  into_key: string | null;
  into_name: string | null;
  into_kind: ClaimantKind | null;
  new_name: string | null;
  reason: string;
  actor: string;
  at: string;
  undone_by: string | null;
  undone_at: string | null;
  undo_reason: string | null;
}

const DISMISSAL_COLUMNS = "id, check_key, event_id, kind, metric, explanation, reason, actor, at, undone_by, undone_at, undo_reason";
const EDIT_COLUMNS = "id, claimant_key, claimant_name, action, into_key, into_name, into_kind, new_name, reason, actor, at, undone_by, undone_at, undo_reason";

function undoingOf(row: { undone_by: string | null; undone_at: string | null; undo_reason: string | null }): Undoing | null {
  return row.undone_by && row.undone_at ? { actor: row.undone_by, at: row.undone_at, reason: row.undo_reason } : null;
}

function dismissalFromRow(row: DismissalRow): CheckDismissal {
  return {
    id: row.id, checkKey: row.check_key, eventId: row.event_id, kind: row.kind, metric: row.metric, explanation: row.explanation,
    reason: row.reason, actor: row.actor, at: row.at, undone: undoingOf(row),
  };
}

function editFromRow(row: EditRow): ClaimantEdit {
  return {
    id: row.id, claimantKey: row.claimant_key, claimantName: row.claimant_name, action: row.action, intoKey: row.into_key,
    intoName: row.into_name, intoKind: row.into_kind, newName: row.new_name, reason: row.reason, actor: row.actor, at: row.at, undone: undoingOf(row),
  };
}

/** What the audit trail records of a dismissal or an edit: the fields a person chose, not ids or timestamps. */
function dismissalFields(d: NewCheckDismissal) {
  return { checkKey: d.checkKey, eventId: d.eventId, kind: d.kind, metric: d.metric, explanation: d.explanation, reason: d.reason };
}

function editFields(e: NewClaimantEdit) {
  return { claimantKey: e.claimantKey, claimantName: e.claimantName, action: e.action, intoKey: e.intoKey, intoName: e.intoName, newName: e.newName, reason: e.reason };
}

function requireText(text: unknown, what: "reason" | "name", field: string): void {
  const problem = typeof text === "string" ? curationTextProblem(text, what) : `a ${what} is required`;
  if (problem) throw new CurationError("invalid", `${field}: ${problem}`);
}

function optionalReason(reason: string | null | undefined): string | null {
  if (reason === null || reason === undefined || reason.trim() === "") return null;
  requireText(reason, "reason", "reason");
  return reason;
}

function checkEdit(edit: NewClaimantEdit): void {
  if (!edit.claimantKey) throw new CurationError("invalid", "claimantKey: a claimant key is required");
  if (!CLAIMANT_EDIT_ACTIONS.includes(edit.action)) throw new CurationError("invalid", `action: must be one of ${CLAIMANT_EDIT_ACTIONS.join(", ")}`);
  requireText(edit.reason, "reason", "reason");
  if (edit.action === "merge" && !edit.intoKey) throw new CurationError("invalid", "into: a merge needs the claimant to merge into");
  if (edit.action === "merge" && edit.intoKey === edit.claimantKey) throw new CurationError("conflict", "into: a claimant cannot be merged into itself");
  if (edit.action === "rename") requireText(edit.newName, "name", "name");
}

/** Both engines report a unique index refusing a second active row as SQLSTATE 23505. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}

/** The audit row of a change, with the reason given for it in the audit's own column (migration 006). */
async function audit(tx: Queryable, actor: string, action: string, entity: string, entityId: number, before: unknown, after: unknown, reason: string | null): Promise<void> {
  await tx.query("INSERT INTO audit (actor, action, entity, entity_id, before, after, reason) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)", [
    actor,
    action,
    entity,
    entityId,
    before === null ? null : JSON.stringify(before),
    after === null ? null : JSON.stringify(after),
    reason,
  ]);
}

export function sqlCurationRepository(db: Db): CurationRepository {
  const write = <T>(work: (tx: Queryable) => Promise<T>, conflict: string): Promise<T> =>
    // Claimant edits and dismissals change how every event's claims are credited and checked.
    writeTransaction(db, (tx, touched) => (touched.touch(SHARED_SCOPE), work(tx))).catch((error: unknown) => {
        // Two people acting on the same check or claimant at once: the index lets one through.
        throw isUniqueViolation(error) ? new CurationError("conflict", conflict) : error;
      });

  return {
    async dismissCheck(dismissal, actor) {
      requireText(dismissal.reason, "reason", "reason");
      if (!dismissal.checkKey) throw new CurationError("invalid", "checkKey: a check key is required");
      const conflict = `check ${dismissal.checkKey} is already dismissed`;
      return write(async (tx) => {
        const { rows: active } = await tx.query<DismissalRow>(`SELECT ${DISMISSAL_COLUMNS} FROM check_dismissal WHERE check_key = $1 AND undone_at IS NULL`, [dismissal.checkKey]);
        if (active[0]) throw new CurationError("conflict", `${conflict} (by ${active[0].actor}: ${active[0].reason})`);
        const { rows } = await tx.query<DismissalRow>(
          `INSERT INTO check_dismissal (check_key, event_id, kind, metric, explanation, reason, actor) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${DISMISSAL_COLUMNS}`,
          [dismissal.checkKey, dismissal.eventId, dismissal.kind, dismissal.metric, dismissal.explanation, dismissal.reason, actor],
        );
        const stored = dismissalFromRow(rows[0]!);
        await audit(tx, actor, "check:dismiss", "check_dismissal", stored.id, null, dismissalFields(stored), stored.reason);
        return stored;
      }, conflict);
    },

    async undismissCheck(checkKey, actor, reason) {
      const why = optionalReason(reason);
      return write(async (tx) => {
        const { rows } = await tx.query<DismissalRow>(
          `UPDATE check_dismissal SET undone_by = $2, undone_at = now(), undo_reason = $3 WHERE check_key = $1 AND undone_at IS NULL RETURNING ${DISMISSAL_COLUMNS}`,
          [checkKey, actor, why],
        );
        if (!rows[0]) throw new CurationError("not_found", `check ${checkKey} is not dismissed`);
        const undone = dismissalFromRow(rows[0]);
        await audit(tx, actor, "check:undismiss", "check_dismissal", undone.id, { ...dismissalFields(undone), dismissedBy: undone.actor, dismissedAt: undone.at }, { dismissed: false, reason: why }, why);
        return undone;
      }, `check ${checkKey} changed at the same time; try again`);
    },

    async listCheckDismissals(filter = {}) {
      const conditions: string[] = [];
      const params: unknown[] = [];
      if (filter.checkKey !== undefined) conditions.push(`check_key = $${params.push(filter.checkKey)}`);
      if (!filter.includeUndone) conditions.push("undone_at IS NULL");
      const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
      const { rows } = await db.query<DismissalRow>(`SELECT ${DISMISSAL_COLUMNS} FROM check_dismissal ${where} ORDER BY id`, params);
      return rows.map(dismissalFromRow);
    },

    async editClaimant(edit, actor) {
      checkEdit(edit);
      const conflict = `the claimant ${edit.claimantKey} changed at the same time; try again`;
      return write(async (tx) => {
        const { rows: replaced } = await tx.query<EditRow>(
          `UPDATE claimant_edit SET undone_by = $2, undone_at = now(), undo_reason = 'replaced by a later edit' WHERE claimant_key = $1 AND undone_at IS NULL RETURNING ${EDIT_COLUMNS}`,
          [edit.claimantKey, actor],
        );
        const { rows } = await tx.query<EditRow>(
          `INSERT INTO claimant_edit (claimant_key, claimant_name, action, into_key, into_name, into_kind, new_name, reason, actor)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${EDIT_COLUMNS}`,
          [edit.claimantKey, edit.claimantName, edit.action, edit.action === "merge" ? edit.intoKey : null, edit.action === "merge" ? edit.intoName : null,
            edit.action === "merge" ? edit.intoKind : null, edit.action === "rename" ? edit.newName : null, edit.reason, actor],
        );
        const stored = editFromRow(rows[0]!);
        const before = replaced[0] ? editFields(editFromRow(replaced[0])) : null;
        await audit(tx, actor, `claimant:${stored.action}`, "claimant_edit", stored.id, before, editFields(stored), stored.reason);
        return stored;
      }, conflict);
    },

    async restoreClaimant(claimantKey, actor, reason) {
      const why = optionalReason(reason);
      return write(async (tx) => {
        const { rows } = await tx.query<EditRow>(
          `UPDATE claimant_edit SET undone_by = $2, undone_at = now(), undo_reason = $3 WHERE claimant_key = $1 AND undone_at IS NULL RETURNING ${EDIT_COLUMNS}`,
          [claimantKey, actor, why],
        );
        if (!rows[0]) throw new CurationError("not_found", `the claimant ${claimantKey} has no edit to undo`);
        const undone = editFromRow(rows[0]);
        await audit(tx, actor, "claimant:restore", "claimant_edit", undone.id, editFields(undone), { claimantKey, action: null, reason: why }, why);
        return undone;
      }, `the claimant ${claimantKey} changed at the same time; try again`);
    },

    async listClaimantEdits(filter = {}) {
      const conditions: string[] = [];
      const params: unknown[] = [];
      if (filter.involving !== undefined) {
        const at = params.push(filter.involving);
        conditions.push(`(claimant_key = $${at} OR into_key = $${at})`);
      }
      if (!filter.includeUndone) conditions.push("undone_at IS NULL");
      const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
      const { rows } = await db.query<EditRow>(`SELECT ${EDIT_COLUMNS} FROM claimant_edit ${where} ORDER BY id`, params);
      return rows.map(editFromRow);
    },
  };
}
