// Checks an analyst has dismissed with a reason: set apart from the raised ones (which the counts and
// statements use) and kept, with the reason, who and when, for anyone who asks to see them.
import type { CheckDismissalNote, DismissedCheck, KeyedCheck } from "../types.js";

export function setAsideDismissed(checks: KeyedCheck[], dismissals: readonly CheckDismissalNote[]): { raised: KeyedCheck[]; dismissed: DismissedCheck[] } {
  if (dismissals.length === 0) return { raised: checks, dismissed: [] };
  const byKey = new Map(dismissals.map((dismissal) => [dismissal.checkKey, dismissal]));
  const raised: KeyedCheck[] = [];
  const dismissed: DismissedCheck[] = [];
  for (const check of checks) {
    const dismissal = byKey.get(check.key);
    if (!dismissal) raised.push(check);
    else dismissed.push({ ...check, dismissal: { reason: dismissal.reason, actor: dismissal.actor, at: dismissal.at } });
  }
  return { raised, dismissed };
}
