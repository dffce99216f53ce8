// What `pnpm specs:diff` does (cli.ts), callable in-process.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { isUrl } from "../repo/fetch-document.ts";
import { loadDocumentInWorker } from "../repo/load-in-worker.ts";
import { DocumentSourceError } from "../repo/source-error.ts";
import type { CommandIo } from "./command-io.ts";
import { renderTable } from "./render-table.ts";
import { bumpFor } from "./semver-bump.ts";

const usage = `usage: specs:diff OLD NEW [--json] [--fail-on breaking|any] [--package DIR | --current-version X] [--typecheck]
  OLD, NEW             OpenAPI 3.0/3.1 documents: files or http(s) URLs
  --json               print { bump, changes: [{ kind, location, breaking, message }] }
  --typecheck          second opinion: generate types from both with openapi-typescript and report
                       where code written against OLD stops compiling and no rule said breaking
  --fail-on breaking   exit 1 when a change breaks code written against OLD
  --fail-on any        exit 1 on any change
  --package DIR        read the current version from DIR/package.json (0.x: breaking → minor)
  --current-version X  the package's current version, for the same rule
`;

class UsageError extends Error {}

async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      typecheck: { type: "boolean", default: false },
      "fail-on": { type: "string" },
      package: { type: "string" },
      "current-version": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  const [oldSource, newSource, ...extra] = positionals;
  if (!oldSource || !newSource || extra.length) throw new UsageError("expected exactly two documents, OLD and NEW");
  const failOn = values["fail-on"];
  if (failOn !== undefined && failOn !== "breaking" && failOn !== "any")
    throw new UsageError(`--fail-on must be \`breaking\` or \`any\`, not \`${failOn}\``);
  if (values.package && values["current-version"])
    throw new UsageError("give --package or --current-version, not both");

  // pnpm runs scripts from the workspace root; paths are relative to where the user typed them.
  const { cwd } = io;
  const place = (source: string) => (isUrl(source) ? source : resolve(cwd, source));
  const currentVersion = values.package
    ? await packageVersion(resolve(cwd, values.package))
    : values["current-version"];

  const sources = { old: place(oldSource), new: place(newSource) };
  // NEW starts loading on another core first; the bundler and the compiler are imported only once
  // it runs (the compiler only for --typecheck), so a large document's wall time is one load, not two.
  const loadingNew = loadDocumentInWorker(sources.new);
  loadingNew.catch(() => {}); // awaited below; an early failure must not be an unhandled rejection
  const { loadDocument } = await import("../repo/load-document.ts");
  const { diffDocuments } = await import("./diff-documents.ts");
  const [before, after] = await Promise.all([loadDocument(sources.old), loadingNew]);
  const changes = diffDocuments(before, after);
  if (values.typecheck) {
    const { typeCheckFindings } = await import("./type-check.ts");
    changes.push(...(await typeCheckFindings(before, after, changes, sources)));
  }
  const bump = bumpFor(changes, currentVersion);
  io.stdout.write(values.json ? `${JSON.stringify({ bump, changes }, null, 2)}\n` : renderTable(changes, bump));
  const tripped =
    failOn === "any" ? changes.length > 0 : failOn === "breaking" ? changes.some((change) => change.breaking) : false;
  return tripped ? 1 : 0;
}

async function packageVersion(dir: string): Promise<string> {
  const file = join(dir, "package.json");
  let version: unknown;
  try {
    version = (JSON.parse(await readFile(file, "utf8")) as { version?: unknown }).version;
  } catch (error) {
    throw new DocumentSourceError(file, `cannot be read (${(error as Error).message})`);
  }
  if (typeof version !== "string") throw new DocumentSourceError(file, "has no `version`");
  return version;
}

/** Runs `specs:diff` with these arguments; resolves with its exit code. */
export async function specsDiff(argv: readonly string[], io: CommandIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`error: ${(error as Error).message}\n${usage}`);
    } else if (error instanceof DocumentSourceError || /semver/.test((error as Error).message)) {
      io.stderr.write(`error: ${(error as Error).message}\n`);
    } else {
      throw error;
    }
    return 2;
  }
}
