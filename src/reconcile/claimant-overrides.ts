// Claimant edits an analyst made on the dashboard (merge into another claimant, rename, not a source),
// applied as each claim is credited. Pure: the edits come in as data; the registry still reads names.
import type { ClaimantKind } from "../domain/claim.js";
import type { ClaimantEditAction } from "../domain/curation.js";
import type { ClaimantIdentity } from "./types.js";

export interface ClaimantOverride {
  /** The claimant as the registry resolves it ("named:office", "gazetteer:ohchr"). */
  claimantKey: string;
  action: ClaimantEditAction;
  /** merge: the claimant to credit instead, with the name and kind it was shown with when merged. */
  intoKey: string | null;
  intoName: string | null;
  intoKind: ClaimantKind | null;
  /** rename: the name to show; the key stays, so links and edits made under the old name still find it. */
  newName: string | null;
}

export interface ClaimantOverrides {
  /** Who a claim resolved to `identity` is credited to: the same, renamed, merged into another, or null when not a source. */
  credit(identity: ClaimantIdentity): ClaimantIdentity | null;
}

export const NO_OVERRIDES: ClaimantOverrides = { credit: (identity) => identity };

function mergeTarget(edit: ClaimantOverride): ClaimantIdentity {
  const key = edit.intoKey!;
  return { key, name: edit.intoName ?? key, kind: edit.intoKind, generic: key.startsWith("generic:") || key === "unattributed" };
}

/** Follows merges (a merged claimant merged again, a renamed target) to the claimant finally credited. */
function follow(identity: ClaimantIdentity, edits: ReadonlyMap<string, ClaimantOverride>): ClaimantIdentity | null {
  const seen = new Set<string>();
  let current = identity;
  for (;;) {
    const edit = edits.get(current.key);
    // A cycle cannot be written through the server (409); should one reach the store anyway, stop at the loop.
    if (!edit || seen.has(current.key)) return current;
    seen.add(current.key);
    if (edit.action === "not_a_source") return null;
    if (edit.action === "rename") return { ...current, name: edit.newName ?? current.name };
    current = mergeTarget(edit);
  }
}

export function claimantOverrides(edits: readonly ClaimantOverride[]): ClaimantOverrides {
  if (edits.length === 0) return NO_OVERRIDES;
  const byKey = new Map(edits.map((edit) => [edit.claimantKey, edit]));
  // One identity object per key: a merged target and the target's own claims show the same name.
  const credited = new Map<string, ClaimantIdentity | null>();
  return {
    credit(identity) {
      const known = credited.get(identity.key);
      if (known !== undefined) return known;
      let result = follow(identity, byKey);
      if (result && result.key !== identity.key) result = credited.get(result.key) ?? result;
      if (result && !credited.has(result.key)) credited.set(result.key, result);
      credited.set(identity.key, result);
      return result;
    },
  };
}

/** Where a chain of merges from `key` ends, and whether it ends on a claimant marked not a source. */
export function mergeDestination(edits: readonly ClaimantOverride[], key: string): { key: string; notASource: boolean; path: string[] } {
  const byKey = new Map(edits.map((edit) => [edit.claimantKey, edit]));
  const path = [key];
  let current = key;
  for (;;) {
    const edit = byKey.get(current);
    if (!edit || edit.action !== "merge" || path.includes(edit.intoKey!)) return { key: current, notASource: edit?.action === "not_a_source", path };
    current = edit.intoKey!;
    path.push(current);
  }
}

/**
 * Why `fromKey` cannot be merged into `intoKey` given the edits in force (a conflict, 409), or null.
 * The edit `fromKey` has now is replaced by the merge, so it does not count.
 */
export function mergeProblem(edits: readonly ClaimantOverride[], fromKey: string, intoKey: string): string | null {
  if (fromKey === intoKey) return "a claimant cannot be merged into itself";
  const others = edits.filter((edit) => edit.claimantKey !== fromKey);
  const end = mergeDestination(others, intoKey);
  if (end.path.includes(fromKey)) return "that merge would make a cycle: the target is already merged into this claimant";
  if (end.notASource) return "the target is marked not a source; restore it first";
  return null;
}
