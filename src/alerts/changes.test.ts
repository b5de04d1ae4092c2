import { describe, expect, it } from "vitest";
import { alertsBetween } from "./changes.js";
import type { FigureFact, StandingFact } from "./standing-facts.js";

function figure(claimant: string, value: number, asOf: string): FigureFact {
  return {
    type: "figure",
    fact: `figure|killed|all|named:${claimant}`,
    metric: "killed",
    population: "all",
    claimant: { key: `named:${claimant}`, name: claimant, kind: null },
    latest: { figure: String(value), min: value, max: value, asOf, status: "reported", claimKey: `named:${claimant}|${value}|${asOf}`, evidence: null, document: null },
  };
}

const facts = (...list: StandingFact[]) => new Map(list.map((fact) => [fact.fact, fact]));
const event = { id: 3, name: "Protests" };

describe("alerts between two standings", () => {
  it("alerts a changed figure with the old and new, a new source, and a new check; nothing for what stayed or went", () => {
    const check: StandingFact = { type: "check", fact: "check|cumulative_falls-killed-00", check: { key: "cumulative_falls-killed-00", kind: "cumulative_falls", metric: "killed", explanation: "A fell" }, claims: [] };
    const alerts = alertsBetween(facts(figure("A", 100, "2025-03-03"), figure("B", 5, "2025-03-01"), figure("Gone", 1, "2025-03-01")), facts(figure("A", 150, "2025-03-05"), figure("B", 5, "2025-03-04"), figure("C", 7, "2025-03-05"), check), event);
    expect(alerts.map((alert) => [alert.body.kind, alert.body.summary])).toEqual([
      ["check_raised", "New check: A fell"],
      ["figure_changed", "A: people killed 100 → 150 (as of 2025-03-05)"],
      ["new_source", "New source C: 7 people killed (as of 2025-03-05)"],
    ]);
    expect(alerts[1]!.body).toMatchObject({ event, old: { figure: "100" }, new: { figure: "150" } });
  });

  it("derives the same key for the same change, and another for another change or event", () => {
    const before = facts(figure("A", 100, "2025-03-03"));
    const after = facts(figure("A", 150, "2025-03-05"));
    const [once] = alertsBetween(before, after, event);
    const [again] = alertsBetween(before, after, event);
    expect(once!.key).toMatch(/^[0-9a-f]{64}$/);
    expect(again!.key).toBe(once!.key);
    expect(alertsBetween(before, after, { id: 4, name: "Other" })[0]!.key).not.toBe(once!.key);
    expect(alertsBetween(before, facts(figure("A", 160, "2025-03-05")), event)[0]!.key).not.toBe(once!.key);
    expect(alertsBetween(after, after, event)).toEqual([]);
  });
});
