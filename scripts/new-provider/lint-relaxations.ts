// Lint findings of a new provider's document do not stop the scaffold: each rule the strict root
// rules fail becomes a relaxation (`warn`) for that provider only, in redocly.yaml, commented with
// its findings, and is printed as a review item to correct in the overlay.
import { readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseDocument, Scalar, YAMLMap } from "yaml";
import { correctedApi, redocly, writeLintConfig } from "../pipeline/redocly.ts";
import { escapedMirror } from "../repo/escaped-files.ts";
import { ScaffoldError } from "./scaffold-error.ts";

export interface Finding {
  /** `file:line:col` of the finding, relative to the repo root. */
  location: string;
  message: string;
}

/** Rule id → what it found; empty when the document passes the strict rules. */
export type Relaxations = Map<string, Finding[]>;

interface RedoclyProblem {
  ruleId: string;
  severity: string;
  message: string;
  location?: Array<{ source?: { ref?: string }; start?: { line: number; col: number }; pointer?: string }>;
}

/**
 * Where `document`'s `$ref`s may lead: its provider's folder (specs/<name>/ holds every upstream
 * file), else the file alone.
 */
function documentTree(root: string, document: string): string {
  const path = relative(root, document);
  const [top, name] = path.split(/[\\/]/);
  return top === "specs" && name ? join(top, name) : path;
}

/**
 * Lints `document` with the root rules alone (recommended-strict) and groups the findings by rule.
 * Its data `$ref`s are escaped first (scripts/repo/escaped-files.ts): they are no finding.
 */
export async function strictFindings(root: string, document: string, work: string): Promise<Relaxations> {
  const config = join(work, "strict-redocly.yaml");
  await writeLintConfig(root, config);
  const lintRoot = await escapedMirror(root, work, [documentTree(root, document)]);
  // Redocly reports the first 100 problems by default; a rule whose findings all come later would get
  // no relaxation, and the provider's own lint would then fail (DigitalOcean's `struct` error).
  const { stdout, output } = await redocly(
    ["lint", relative(root, document), "--format=json", "--max-problems=1000000"],
    lintRoot,
    config,
  );
  let problems: RedoclyProblem[];
  try {
    problems = (JSON.parse(stdout) as { problems: RedoclyProblem[] }).problems;
  } catch {
    throw new ScaffoldError(relative(root, document), `Redocly could not lint it:\n${output}`);
  }
  const relaxations: Relaxations = new Map();
  for (const problem of problems) {
    const [where] = problem.location ?? [];
    const file = where?.source?.ref ? relative(root, join(root, where.source.ref)) : relative(root, document);
    const location = where?.start ? `${file}:${where.start.line}:${where.start.col}` : `${file}${where?.pointer ?? ""}`;
    const findings = relaxations.get(problem.ruleId) ?? [];
    findings.push({ location, message: problem.message });
    relaxations.set(problem.ruleId, findings);
  }
  return new Map([...relaxations].sort(([a], [b]) => a.localeCompare(b)));
}

const shownFindings = 3;

function commentOf(findings: Finding[], where: string, fix: string): string {
  const lines = findings
    .slice(0, shownFindings)
    .map(({ location, message }) => ` ${location}: ${message.replace(/\s+/g, " ")}`);
  if (findings.length > shownFindings) lines.push(` … and ${findings.length - shownFindings} more`);
  return [` ${where}: ${findings.length} finding${findings.length === 1 ? "" : "s"}. ${fix}`, ...lines].join("\n");
}

function apiEntry(root: string, relaxations: Relaxations, where: string, fix: string): YAMLMap {
  const entry = new YAMLMap();
  entry.set("root", root);
  if (relaxations.size === 0) return entry;
  const rules = new YAMLMap();
  for (const [rule, findings] of relaxations) {
    const key = new Scalar(rule);
    key.commentBefore = commentOf(findings, where, fix);
    rules.set(key, "warn");
  }
  entry.set("rules", rules);
  return entry;
}

/**
 * Adds the provider's two lint entries to redocly.yaml, keeping every other line (and comment) as
 * it is: `apis.<name>` for the documents as published, `apis.<name>@corrected` for the bundled one.
 */
export async function addLintEntries(
  root: string,
  name: string,
  published: { root: string; relaxations: Relaxations },
  corrected: { root: string; relaxations: Relaxations },
): Promise<void> {
  const file = join(root, "redocly.yaml");
  const doc = parseDocument(await readFile(file, "utf8"));
  const fix = `Correct in specs/${name}/overlay.yaml, then remove this relaxation.`;
  const apis = doc.get("apis");
  if (apis !== undefined && !(apis instanceof YAMLMap)) throw new ScaffoldError("redocly.yaml", "`apis` must be a map");
  if (apis === undefined) doc.set("apis", new YAMLMap());
  doc.setIn(["apis", name], apiEntry(published.root, published.relaxations, "Upstream", fix));
  doc.setIn(["apis", correctedApi(name)], apiEntry(corrected.root, corrected.relaxations, "Not corrected yet", fix));
  await writeFile(file, doc.toString({ lineWidth: 0 }));
}

/** The review items the command prints: one per relaxed rule, with its findings. */
export function reviewItems(relaxations: Relaxations): string[] {
  return [...relaxations].map(
    ([rule, findings]) =>
      `${rule} (${findings.length}):\n${findings.map(({ location, message }) => `    ${location}: ${message}`).join("\n")}`,
  );
}
