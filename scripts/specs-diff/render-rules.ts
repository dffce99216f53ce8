// `node scripts/specs-diff/render-rules.ts [--check]`: renders the rules table (rules.ts) as
// scripts/specs-diff/RULES.md and as the rule summary in the README's "Spec drift" section (between
// the markers below), so neither is kept by hand. `--check` writes nothing and exits 1 when either
// is stale (scripts/tests/specs-diff/rules-docs.test.ts does the same in `pnpm test`).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFilesAtomically } from "../pipeline/atomic-write.ts";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { type Breaks, bumpOf, kindOf, type Rule, rules } from "./rules.ts";

export const rulesFile = join(repoRoot, "scripts", "specs-diff", "RULES.md");
export const readmeFile = join(repoRoot, "README.md");
const begin = "<!-- specs-diff rules: generated from scripts/specs-diff/rules.ts by render-rules.ts -->";
const end = "<!-- /specs-diff rules -->";

const breaksLabel: Record<Breaks, string> = {
  request: "what the client sends",
  response: "what the client receives",
  both: "both",
  neither: "nothing",
};

function bumpLabel(rule: Rule): string {
  if (rule.breaks === "both") return "major";
  if (rule.breaks === "neither") return bumpOf(rule);
  return `major where it breaks, else ${bumpOf(rule)}`;
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function renderRulesMarkdown(): string {
  return [
    "# specs:diff rules",
    "",
    "Generated from `scripts/specs-diff/rules.ts` by `node scripts/specs-diff/render-rules.ts`; do not edit.",
    "",
    "The engine finds each difference between OLD and NEW, with where it is (`request`, `response`,",
    "`callback` for callbacks and webhooks, `document` outside any operation) and which way its data",
    "flows; the row below decides the verdict. A row that breaks _what the client sends_ breaks",
    "request data (inside callbacks: the provider's request to us is data we receive, so it does not);",
    "one that breaks _what the client receives_ breaks response data (inside callbacks: our handler's",
    "answer). Each row has a hand-made case in `scripts/tests/specs-diff/fixtures/cases/`.",
    "",
    "| rule | kind | applies to | breaks | bump | message |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rules.map((rule) => {
      const cells = [`\`${rule.id}\``, `\`${kindOf(rule)}\``, rule.where.join(", "), breaksLabel[rule.breaks]];
      return `| ${[...cells, bumpLabel(rule), cell(rule.message)].join(" | ")} |`;
    }),
    "",
  ].join("\n");
}

export function renderRuleSummary(): string {
  const group = (breaks: Breaks) =>
    rules
      .filter((rule) => rule.breaks === breaks)
      .map((rule) => `\`${rule.id}\``)
      .join(", ");
  return [
    begin,
    `${rules.length} rules ([scripts/specs-diff/RULES.md](scripts/specs-diff/RULES.md) lists each with its kind, place, bump and message):`,
    "",
    `- **Breaks what the client sends** (narrower requests): ${group("request")}.`,
    `- **Breaks what the client receives** (wider responses): ${group("response")}.`,
    `- **Breaks both**: ${group("both")}.`,
    `- **Breaks nothing**: ${group("neither")}.`,
    end,
  ].join("\n");
}

/** The README with its rule summary replaced; an error when the markers are missing. */
export function withRuleSummary(readme: string): string {
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${readmeFile}: no rule summary markers (\`${begin}\` … \`${end}\`)`);
  return `${readme.slice(0, from)}${renderRuleSummary()}${readme.slice(to + end.length)}`;
}

if (import.meta.main) {
  const readme = await readFile(readmeFile, "utf8");
  const outputs = [
    { path: rulesFile, contents: renderRulesMarkdown() },
    { path: readmeFile, contents: withRuleSummary(readme) },
  ];
  if (process.argv.includes("--check")) {
    const stale = [];
    for (const { path, contents } of outputs) {
      if ((await readFile(path, "utf8").catch(() => "")) !== contents) stale.push(path);
    }
    if (stale.length) process.stderr.write(`stale, run node scripts/specs-diff/render-rules.ts: ${stale.join(", ")}\n`);
    process.exitCode = stale.length ? 1 : 0;
  } else {
    await writeFilesAtomically(outputs);
  }
}
