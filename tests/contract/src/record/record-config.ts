// specs/<provider>/record.yaml: what `pnpm contract:record` may call beyond the free, read-only
// set (GET, HEAD, OPTIONS), and what it must redact beyond credentials. Every operation that spends
// credits or changes state is named here with its body and a cap on calls per run; nothing else of
// that kind is ever called. Bad input is an error naming the file and the field.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Json } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { parse } from "yaml";

export interface PaidOperation {
  /** `POST /api/images/create`, as the contract suite keys operations. */
  key: string;
  /** The request body sent (the generated call's own body when absent). */
  body: Json | undefined;
  /** Calls allowed per run; the recorder refuses the next one. */
  maxCalls: number;
  /** What one call costs, as the maintainer wrote it (shown by `--dry-run`). */
  cost: string;
}

export type RedactionRule = { field: string } | { pattern: RegExp };

export interface RecordConfig {
  /** The file as the repository names it (`specs/<provider>/record.yaml`), for messages. */
  file: string;
  paid: PaidOperation[];
  redact: RedactionRule[];
}

export class RecordConfigError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = "RecordConfigError";
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function paidOperation(file: string, key: string, entry: unknown): PaidOperation {
  const where = `operations["${key}"]`;
  if (!/^(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE|TRACE) \/\S*$/.test(key)) {
    throw new RecordConfigError(file, where, 'the key must be "<METHOD> <path>" as the document writes the path');
  }
  if (!isRecord(entry)) throw new RecordConfigError(file, where, "must be a mapping with maxCalls and cost");
  const { maxCalls, cost, body } = entry;
  if (typeof maxCalls !== "number" || !Number.isInteger(maxCalls) || maxCalls < 1) {
    throw new RecordConfigError(
      file,
      `${where}.maxCalls`,
      `must be a whole number ≥ 1, not ${JSON.stringify(maxCalls)}`,
    );
  }
  if (typeof cost !== "string" || cost.trim() === "") {
    throw new RecordConfigError(file, `${where}.cost`, 'must say what one call costs (e.g. "1 credit")');
  }
  return { key, body: body as Json | undefined, maxCalls, cost };
}

function redactionRule(file: string, index: number, entry: unknown): RedactionRule {
  const where = `redact[${index}]`;
  if (isRecord(entry) && typeof entry.field === "string" && entry.field !== "") return { field: entry.field };
  if (isRecord(entry) && typeof entry.pattern === "string") {
    try {
      return { pattern: new RegExp(entry.pattern, "g") };
    } catch (error) {
      throw new RecordConfigError(file, `${where}.pattern`, (error as Error).message);
    }
  }
  throw new RecordConfigError(file, where, "must be `field: <property name>` or `pattern: <regular expression>`");
}

export function parseRecordConfig(text: string, file: string): RecordConfig {
  let parsed: unknown;
  try {
    parsed = parse(text) ?? {};
  } catch (error) {
    throw new RecordConfigError(file, "(document)", `not YAML: ${(error as Error).message}`);
  }
  if (!isRecord(parsed)) throw new RecordConfigError(file, "(document)", "must be a mapping");
  const operations = parsed.operations ?? {};
  if (!isRecord(operations)) throw new RecordConfigError(file, "operations", "must be a mapping of operation keys");
  const redact = parsed.redact ?? [];
  if (!Array.isArray(redact)) throw new RecordConfigError(file, "redact", "must be a list");
  return {
    file,
    paid: Object.entries(operations).map(([key, entry]) => paidOperation(file, key, entry)),
    redact: redact.map((entry, index) => redactionRule(file, index, entry)),
  };
}

/** The provider's record.yaml; none means only the free, read-only operations are recorded. */
export function loadRecordConfig(specDir: string): RecordConfig {
  const file = join(specDir, "record.yaml");
  const name = relative(repoRoot, file);
  if (!existsSync(file)) return { file: name, paid: [], redact: [] };
  return parseRecordConfig(readFileSync(file, "utf8"), name);
}
