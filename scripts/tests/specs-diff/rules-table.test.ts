import { describe, expect, it } from "vitest";
import { type Rule, ruleOn, rules } from "../../specs-diff/rules.ts";

// The engine reports events with facts; the table picks the row. Two rows that could both match
// one finding would make the verdict depend on row order, so the table must never allow it.
describe("the rules table", () => {
  it("leaves no finding two rows: rows sharing an event differ in a place or in a fact", () => {
    const table: readonly Rule[] = rules;
    const overlapping = table.flatMap((a, index) =>
      table.slice(index + 1).flatMap((b) => {
        if ((a.on ?? a.id) !== (b.on ?? b.id)) return [];
        const samePlace = a.where.some((place) => b.where.includes(place));
        const facts = Object.entries(a.when ?? {});
        const differ = facts.some(([name, value]) => b.when?.[name] !== undefined && b.when[name] !== value);
        return samePlace && !differ ? [`${a.id} / ${b.id}`] : [];
      }),
    );
    expect(overlapping).toEqual([]);
  });

  it("picks the row by the facts and the place", () => {
    expect(ruleOn("parameter-added", "request", { part: "request", required: true }).id).toBe(
      "parameter-added-required",
    );
    expect(ruleOn("property-added", "callback", { part: "response", required: false }).id).toBe(
      "response-property-added-optional",
    );
    expect(ruleOn("operation-id-changed", "callback", { part: "request" }).id).toBe("callback-operation-id-changed");
  });

  it("names the event, place and facts when no row judges a finding", () => {
    expect(() => ruleOn("parameter-added", "request", { part: "request" })).toThrow(
      'specs:diff: no row matches `parameter-added` in a request with {"part":"request"}',
    );
    expect(() => ruleOn("webhook-added", "request", {})).toThrow("no row matches `webhook-added` in a request");
  });
});
