import type { Change } from "./change.ts";
import { type Facts, kindOf, type Place, type RuleEvent, ruleOn } from "./rules.ts";

/** A difference the engine found, before the rules table judges it. */
export interface Finding {
  /** What the engine saw; the rules table names the rule (rules.ts `on`, by default the rule's id). */
  event: RuleEvent;
  location: string;
  /** Which way the data at that point flows; decides rules that break one flow only. */
  flow: "request" | "response";
  place: Place;
  /** What tells apart the rows that share the event (rules.ts `when`). */
  facts: Facts;
  /** Values for the rule's message template. */
  params: Record<string, string>;
}

/** The second step: the rules table picks each finding's row, which gives its verdict and message. */
export function applyRules(findings: readonly Finding[]): Change[] {
  return findings.map(({ event, location, flow, place, facts, params }) => {
    const rule = ruleOn(event, place, facts);
    const message = rule.message.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`specs:diff rule \`${rule.id}\`: no value for {${name}}`);
      return value;
    });
    const breaking = rule.breaks === "both" || rule.breaks === flow;
    return { kind: kindOf(rule) as Change["kind"], rule: rule.id, location, breaking, message };
  });
}
