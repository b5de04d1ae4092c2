// The house-rule views for export: per event, computed from the same claims the export carries, and as
// a CSV table a spreadsheet reads (one row per published number or graded source, each with its explanation).
import type { ClaimantEntry } from "../domain/claimants.js";
import { CREDIBLE_NOTE, houseRules, type HouseRules, type HouseRuleView } from "../reconcile/house-rules/index.js";
import { reconcile, type ClaimantOverride } from "../reconcile/index.js";
import type { StoredClaim } from "../store/types.js";
import { toCsv, type Cell } from "./csv.js";

/** One event's views, as the API's /api/house-rules answers them. */
export interface EventHouseRules {
  /** null for documents in no event (or every document when the store has no events). */
  event: { id: number; name: string } | null;
  /** YYYY-MM-DD: the day the views describe. */
  today: string;
  /** What "credible", "count" and "overtaken" mean for every view. */
  note: string;
  houseRules: HouseRules[];
}

/** Views per event that has claims, in the order of `events`, then documents in no event. */
export function houseRulesByEvent(
  claims: StoredClaim[],
  events: Array<{ id: number; name: string }>,
  today: string,
  claimants?: ClaimantEntry[],
  claimantEdits: readonly ClaimantOverride[] = [],
): EventHouseRules[] {
  const byEvent = new Map<number | null, StoredClaim[]>();
  for (const claim of claims) {
    const group = byEvent.get(claim.eventId);
    if (group) group.push(claim);
    else byEvent.set(claim.eventId, [claim]);
  }
  const views = (event: { id: number; name: string } | null, ofEvent: StoredClaim[]): EventHouseRules => ({
    event,
    today,
    note: CREDIBLE_NOTE,
    houseRules: houseRules(reconcile(ofEvent, { today, claimants, claimantEdits }).claims, { today }),
  });
  const found = events.filter((event) => byEvent.has(event.id)).map((event) => views({ id: event.id, name: event.name }, byEvent.get(event.id)!));
  const known = new Set(events.map((event) => event.id));
  const rest = [...byEvent.entries()].filter(([id]) => id === null || !known.has(id)).flatMap(([, group]) => group);
  return rest.length > 0 ? [...found, views(null, rest)] : found;
}

/** One CSV row: what is known of the view and of one number or grade in it. */
interface ViewRow {
  scope: EventHouseRules;
  rules: HouseRules;
  view: HouseRuleView;
  measure: string | null;
  value: number | null;
  grade: string | null;
  claimant: string | null;
  cited: string;
  reason: string | null;
  claimIds: number[];
}

export const HOUSE_RULES_CSV_COLUMNS: Array<{ header: string; hxl: string; cell: (row: ViewRow) => Cell }> = [
  { header: "event_id", hxl: "#event+id", cell: (r) => r.scope.event?.id ?? null },
  { header: "event", hxl: "#event+name", cell: (r) => r.scope.event?.name ?? null },
  { header: "as_of", hxl: "#date", cell: (r) => r.scope.today },
  { header: "metric", hxl: "#indicator+metric", cell: (r) => r.rules.metric },
  { header: "population", hxl: "#indicator+population", cell: (r) => r.rules.population },
  { header: "rule", hxl: "#meta+rule", cell: (r) => r.view.rule },
  { header: "rule_label", hxl: "#meta+rule+name", cell: (r) => r.view.label },
  { header: "headline", hxl: "#affected+summary", cell: (r) => r.view.headline },
  { header: "measure", hxl: "#indicator+measure", cell: (r) => r.measure },
  { header: "value", hxl: "#affected+num", cell: (r) => r.value },
  { header: "grade", hxl: "#status+grade", cell: (r) => r.grade },
  { header: "claimant", hxl: "#org+claimant", cell: (r) => r.claimant },
  { header: "figure", hxl: "#affected+text", cell: (r) => r.cited },
  { header: "reason", hxl: "#description+reason", cell: (r) => r.reason },
  { header: "claim_ids", hxl: "#meta+claim+id", cell: (r) => r.claimIds.join(" ") || null },
  { header: "explanation", hxl: "#description+method", cell: (r) => r.view.explanation },
];

function viewRows(scope: EventHouseRules, rules: HouseRules, view: HouseRuleView): ViewRow[] {
  const base = { scope, rules, view };
  if (view.grades.length > 0) {
    return view.grades.map((g) => ({ ...base, measure: "grade", value: null, grade: g.grade, claimant: g.claimant, cited: g.cited, reason: g.reason, claimIds: g.claimIds }));
  }
  if (view.figures.length > 0) {
    return view.figures.map((f) => ({ ...base, measure: f.measure, value: f.value, grade: null, claimant: f.claimant, cited: f.cited, reason: null, claimIds: f.claimIds }));
  }
  return [{ ...base, measure: null, value: null, grade: null, claimant: null, cited: view.headline, reason: null, claimIds: [] }];
}

/** The views as one CSV table: a row per published number (ACLED, UCDP, IBC) or graded source (Airwars). */
export function houseRulesToCsv(scopes: EventHouseRules[], options: { hxl?: boolean } = {}): string {
  const rows: Cell[][] = [HOUSE_RULES_CSV_COLUMNS.map((column) => column.header)];
  if (options.hxl) rows.push(HOUSE_RULES_CSV_COLUMNS.map((column) => column.hxl));
  for (const scope of scopes) {
    for (const rules of scope.houseRules) {
      for (const view of rules.views) {
        for (const row of viewRows(scope, rules, view)) rows.push(HOUSE_RULES_CSV_COLUMNS.map((column) => column.cell(row)));
      }
    }
  }
  return toCsv(rows);
}
